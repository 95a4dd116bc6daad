using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ConvShapeAnalyzers.Tests.Generator;
using ConvShapeAnalyzers.Tests.Harness;
using ConvShapeAnalyzers.Tests.Meta;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Samples;

/// <summary>
/// The published networks of samples/Networks, read from the repository and run through the generator: their
/// constants must give the figures of the publications and of torchvision (parameter counts, output sizes, receptive
/// fields). Every expected number comes from the paper or torchvision, or is derived by hand in the comments from the
/// architecture; none is copied from the generator's output.
/// </summary>
public class PublishedNetworkTests
{
    private const string Ns = "Samples.Networks.";

    [Fact]
    public void LeNet5_Has61706Parameters()
    {
        GeneratorRun run = PublishedNetworks.Generate("LeNet5");
        // The usual PyTorch LeNet-5: 156 + 2,416 + 48,120 + 10,164 + 850 = 61,706.
        PublishedNetworks.AssertTotalParameters(run, "LeNet5", 61_706);
        run.AssertConstants(Ns + "LeNet5+Shapes+pool2", ("Channels", 16), ("Height", 5), ("Width", 5));
        run.AssertConstants(Ns + "LeNet5+Shapes+flat", ("Features", 400));
        run.AssertConstants(Ns + "LeNet5+Shapes+Output", ("Features", 10));
    }

    [Fact]
    public void Vgg16_Has138357544Parameters()
    {
        GeneratorRun run = PublishedNetworks.Generate("Vgg16");
        // torchvision.models.vgg16: 138,357,544 parameters (its documented num_params).
        PublishedNetworks.AssertTotalParameters(run, "Vgg16", 138_357_544);
        // 224 halved five times: 7; 512·7·7 = 25,088 features into fc6 (Linear(25088, 4096)).
        run.AssertConstants(Ns + "Vgg16+Shapes+pool5", ("Channels", 512), ("Height", 7), ("Width", 7));
        run.AssertConstants(Ns + "Vgg16+Shapes+flat", ("Features", 25_088));
        run.AssertConstants(Ns + "Vgg16+Shapes+Output", ("Features", 1000));
    }

    [Fact]
    public void ResNet18_Has11689512Parameters()
    {
        GeneratorRun run = PublishedNetworks.Generate("ResNet18");
        // torchvision.models.resnet18: 11,689,512 parameters (BatchNorm weight and bias count, running statistics do not).
        PublishedNetworks.AssertTotalParameters(run, "ResNet18", 11_689_512);
        // The paper's Table 1: conv1 112×112, conv2_x 56×56, conv3_x 28×28, conv4_x 14×14, conv5_x 7×7.
        run.AssertConstants(Ns + "ResNet18+Shapes+conv1", ("Channels", 64), ("Height", 112), ("Width", 112));
        run.AssertConstants(Ns + "ResNet18+Shapes+layer1_1", ("Channels", 64), ("Height", 56), ("Width", 56));
        run.AssertConstants(Ns + "ResNet18+Shapes+layer2_1", ("Channels", 128), ("Height", 28), ("Width", 28));
        run.AssertConstants(Ns + "ResNet18+Shapes+layer3_1", ("Channels", 256), ("Height", 14), ("Width", 14));
        run.AssertConstants(Ns + "ResNet18+Shapes+layer4_1", ("Channels", 512), ("Height", 7), ("Width", 7));
        run.AssertConstants(Ns + "ResNet18+Shapes+Output", ("Features", 1000));
    }

    [Fact]
    public void UNet_572InputGives388Output()
    {
        GeneratorRun run = PublishedNetworks.Generate("UNet");
        // Ronneberger et al. 2015, Fig. 1: the 572×572 tile gives a 2-class 388×388 map; the copied encoder maps are
        // cropped 64 → 56, 136 → 104, 280 → 200 and 568 → 392, the bottom of the U is 1024×28×28.
        run.AssertConstants(Ns + "UNet+Shapes+enc5b", ("Channels", 1024), ("Height", 28), ("Width", 28));
        run.AssertConstants(Ns + "UNet+Shapes+crop4", ("Channels", 512), ("Height", 56), ("Width", 56));
        run.AssertConstants(Ns + "UNet+Shapes+crop3", ("Channels", 256), ("Height", 104), ("Width", 104));
        run.AssertConstants(Ns + "UNet+Shapes+crop2", ("Channels", 128), ("Height", 200), ("Width", 200));
        run.AssertConstants(Ns + "UNet+Shapes+crop1", ("Channels", 64), ("Height", 392), ("Width", 392));
        run.AssertConstants(Ns + "UNet+Shapes+cat1", ("Channels", 128), ("Height", 392), ("Width", 392));
        run.AssertConstants(Ns + "UNet+Shapes+Output", ("Channels", 2), ("Height", 388), ("Width", 388));
        // By hand: 3×3 convs c_in·c_out·9 + c_out, 2×2 up-convs c_in·c_out·4 + c_out, the 1×1 head 64·2 + 2.
        long expected = Conv(1, 64, 9) + Conv(64, 64, 9) + Conv(64, 128, 9) + Conv(128, 128, 9) + Conv(128, 256, 9) + Conv(256, 256, 9)
            + Conv(256, 512, 9) + Conv(512, 512, 9) + Conv(512, 1024, 9) + Conv(1024, 1024, 9)
            + Conv(1024, 512, 4) + Conv(1024, 512, 9) + Conv(512, 512, 9)
            + Conv(512, 256, 4) + Conv(512, 256, 9) + Conv(256, 256, 9)
            + Conv(256, 128, 4) + Conv(256, 128, 9) + Conv(128, 128, 9)
            + Conv(128, 64, 4) + Conv(128, 64, 9) + Conv(64, 64, 9)
            + Conv(64, 2, 1);
        PublishedNetworks.AssertTotalParameters(run, "UNet", expected);
    }

    [Fact]
    public void UNetSame_KeepsTheInputSize()
    {
        GeneratorRun run = PublishedNetworks.Generate("UNetSame");
        // Padding 1 keeps every 3×3 convolution's size: 256 → 128 → 64 → 32 → 16 and back up to 256.
        run.AssertConstants(Ns + "UNetSame+Shapes+enc5b", ("Channels", 1024), ("Height", 16), ("Width", 16));
        run.AssertConstants(Ns + "UNetSame+Shapes+cat1", ("Channels", 128), ("Height", 256), ("Width", 256));
        run.AssertConstants(Ns + "UNetSame+Shapes+Output", ("Channels", 2), ("Height", 256), ("Width", 256));
    }

    [Fact]
    public void CycleGanGenerator_Has11378179ParametersAndGivesBackTheImageSize()
    {
        GeneratorRun run = PublishedNetworks.Generate("CycleGanGenerator");
        // The architecture written as PyTorch modules and run in PyTorch 1.13: 11,378,179 parameters (the repository prints
        // 11.378 M), a 3×256×256 output. By hand: reflection by 3 makes 262, and the 7×7 convolution o = 262 − 7 + 1 = 256
        // (Relationship 1); each residual block pads 64 to 66 and convolves back to 64, twice, with 2·(256·256·9 + 256) =
        // 1,180,160 parameters, its instance norms none.
        PublishedNetworks.AssertTotalParameters(run, "CycleGanGenerator", 11_378_179);
        run.AssertConstants(Ns + "CycleGanGenerator+Shapes+pad_in", ("Module", "ReflectionPad2d"), ("Channels", 3), ("Height", 262), ("Width", 262), ("PaddingBefore", 3), ("PaddingAfter", 3));
        run.AssertConstants(Ns + "CycleGanGenerator+Shapes+conv_in", ("Channels", 64), ("Height", 256), ("Width", 256));
        run.AssertConstants(Ns + "CycleGanGenerator+Shapes+res1_pad1", ("Channels", 256), ("Height", 66), ("Width", 66));
        run.AssertConstants(Ns + "CycleGanGenerator+Shapes+res1_conv1", ("Channels", 256), ("Height", 64), ("Width", 64));
        run.AssertConstants(Ns + "CycleGanGenerator+Shapes+res1_norm1", ("Module", "InstanceNorm2d"), ("NumFeatures", 256), ("Affine", false), ("Parameters", 0L));
        Assert.Equal(1_180_160L, new[] { "res1_pad1", "res1_conv1", "res1_norm1", "res1_pad2", "res1_conv2", "res1_norm2", "res1" }.Sum(layer => (long)run.Constants(Ns + "CycleGanGenerator+Shapes+" + layer)["Parameters"]!));
        // Each transposed convolution gives back the input of the convolution it mirrors: 128×128×128, then 64×256×256.
        run.AssertConstants(Ns + "CycleGanGenerator+Shapes+up1", ("Channels", 128), ("Height", 128), ("Width", 128));
        run.AssertConstants(Ns + "CycleGanGenerator+Shapes+up2", ("Channels", 64), ("Height", 256), ("Width", 256));
        run.AssertConstants(Ns + "CycleGanGenerator+Shapes+Output", ("Channels", 3), ("Height", 256), ("Width", 256));
    }

    [Fact]
    public void UNetBilinear_Has17263042ParametersAndKeepsTheInputSize()
    {
        GeneratorRun run = PublishedNetworks.Generate("UNetBilinear");
        // The architecture written as PyTorch modules and run in PyTorch 1.13 (3 channels in, 2 classes): 17,263,042
        // parameters, a 2×256×256 output; after the first decoder stage 256×32×32. By hand, the first stage: its double
        // convolution reads 512 + 512 = 1024 channels, 1024·512·9 + 2·512 + 512·256·9 + 2·256 = 5,899,776.
        PublishedNetworks.AssertTotalParameters(run, "UNetBilinear", 17_263_042);
        run.AssertConstants(Ns + "UNetBilinear+Shapes+up1_up", ("Channels", 512), ("Height", 32), ("Width", 32), ("Mode", "bilinear"), ("AlignCorners", true));
        run.AssertConstants(Ns + "UNetBilinear+Shapes+up1_cat", ("Channels", 1024), ("Height", 32), ("Width", 32));
        run.AssertConstants(Ns + "UNetBilinear+Shapes+up1_bn2", ("Channels", 256), ("Height", 32), ("Width", 32));
        Assert.Equal(5_899_776L, new[] { "up1_conv1", "up1_bn1", "up1_conv2", "up1_bn2" }.Sum(layer => (long)run.Constants(Ns + "UNetBilinear+Shapes+" + layer)["Parameters"]!));
        run.AssertConstants(Ns + "UNetBilinear+Shapes+Output", ("Channels", 2), ("Height", 256), ("Width", 256));
    }

    [Fact]
    public void Autoencoder_RestoresItsInput()
    {
        GeneratorRun run = PublishedNetworks.Generate("Autoencoder");
        // 28 → ⌊(28 + 2 − 3)/2⌋ + 1 = 14 → 7 → 7 − 7 + 1 = 1, then 1 → 7 → (7 − 1)·2 − 2 + 3 + 1 = 14 → 28.
        run.AssertConstants(Ns + "Autoencoder+Shapes+enc3", ("Channels", 64), ("Height", 1), ("Width", 1));
        run.AssertConstants(Ns + "Autoencoder+Shapes+dec2", ("Channels", 16), ("Height", 14), ("Width", 14));
        var input = run.Constants(Ns + "Autoencoder+Shapes+Input");
        var output = run.Constants(Ns + "Autoencoder+Shapes+Output");
        Assert.Equal(new object?[] { 1, 28, 28 }, new[] { input["Channels"], input["Height"], input["Width"] });
        Assert.Equal(input.OrderBy(c => c.Key), output.OrderBy(c => c.Key));
    }

    [Fact]
    public void WaveNet_ReceptiveFieldIsOnePlusTheSumOfTheDilations()
    {
        GeneratorRun run = PublishedNetworks.Generate("WaveNet");
        // Kernel 2, stride 1: each layer widens the field by d·(k − 1) = d, so a stack sees 1 + Σd samples and shortens
        // an unpadded signal by Σd. One block of 1, 2, …, 512: 1 + 1,023 = 1,024 (the paper's figure); two: 2,047.
        int[] dilations = Enumerable.Range(0, 10).Select(e => 1 << e).ToArray();
        int perBlock = dilations.Sum();   // 1,023
        Assert.Equal(1023, perBlock);
        run.AssertConstants(Ns + "WaveNet+Shapes+b1_d512", ("ReceptiveField", 1 + perBlock), ("Length", 16_000 - perBlock));
        run.AssertConstants(Ns + "WaveNet+Shapes+b2_d512", ("ReceptiveField", 1 + 2 * perBlock), ("Length", 16_000 - 2 * perBlock), ("Jump", 1));
        // The 1×1 output convolutions widen nothing.
        run.AssertConstants(Ns + "WaveNet+Shapes+out2", ("ReceptiveField", 2_047), ("Channels", 256), ("Length", 13_954));
        run.AssertConstants(Ns + "WaveNet+Shapes+Output", ("Channels", 256), ("Length", 13_954));
    }

    [Fact]
    public void C3D_Pool5Gives8192Features()
    {
        GeneratorRun run = PublishedNetworks.Generate("C3D");
        // Tran et al. 2015: pool1 1×2×2 keeps 16 frames, pools 2–4 halve everything: 16×112×112 → 16×56×56 → 8×28×28
        // → 4×14×14 → 2×7×7; pool5 with spatial padding 1: depth ⌊(2 − 2)/2⌋ + 1 = 1, ⌊(7 + 2 − 2)/2⌋ + 1 = 4.
        run.AssertConstants(Ns + "C3D+Shapes+pool1", ("Channels", 64), ("Depth", 16), ("Height", 56), ("Width", 56));
        run.AssertConstants(Ns + "C3D+Shapes+pool4", ("Channels", 512), ("Depth", 2), ("Height", 7), ("Width", 7));
        run.AssertConstants(Ns + "C3D+Shapes+pool5", ("Channels", 512), ("Depth", 1), ("Height", 4), ("Width", 4));
        run.AssertConstants(Ns + "C3D+Shapes+flat", ("Features", 8_192));
        run.AssertConstants(Ns + "C3D+Shapes+Output", ("Features", 487));
        // By hand: 3×3×3 convs c_in·c_out·27 + c_out, then fc6 8192·4096 + 4096, fc7 4096·4096 + 4096, fc8 4096·487 + 487.
        long expected = Conv(3, 64, 27) + Conv(64, 128, 27) + Conv(128, 256, 27) + Conv(256, 256, 27) + Conv(256, 512, 27) + 3 * Conv(512, 512, 27)
            + Conv(8192, 4096, 1) + Conv(4096, 4096, 1) + Conv(4096, 487, 1);
        PublishedNetworks.AssertTotalParameters(run, "C3D", expected);
    }

    [Theory]
    [InlineData("LeNet5")]
    [InlineData("Vgg16")]
    [InlineData("ResNet18")]
    [InlineData("UNet")]
    [InlineData("UNetSame")]
    [InlineData("UNetBilinear")]
    [InlineData("Autoencoder")]
    [InlineData("WaveNet")]
    [InlineData("C3D")]
    [InlineData("AlexNet")]
    [InlineData("SqueezeNet")]
    [InlineData("MobileNetV2")]
    [InlineData("ResNet50")]
    [InlineData("ResNeXt50")]
    [InlineData("GoogLeNet")]
    [InlineData("DenseNet121")]
    [InlineData("InceptionV3")]
    [InlineData("DeepLabV3")]
    [InlineData("R2Plus1D18")]
    [InlineData("ResNet20Cifar")]
    public async Task Sample_HasNoErrorAndOnlyItsIntendedWarnings(string network)
    {
        GeneratorRun run = PublishedNetworks.Generate(network);
        ImmutableArray<Diagnostic> diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(
            run.OutputCompilation, ImmutableArray.Create<DiagnosticAnalyzer>(new ConvShapeAnalyzers.Analysis.NetworkShapeAnalyzer()));
        var csa = diagnostics.Where(d => d.Id.StartsWith("CSA", System.StringComparison.Ordinal)).ToList();
        string all = string.Join("\n", csa.Select(d => d.ToString()));
        Assert.True(csa.All(d => d.Severity != DiagnosticSeverity.Error), network + " has CSA errors:\n" + all);
        // Networks.csproj lets only the same-padded U-Nets' CSA3003 (their joins fit at multiples of 16 only), DeepLabV3's (its ASPP pooling
        // is upsampled to a fixed size) and SqueezeNet's CSA3001 (its stem never reads the last row and column) stay warnings.
        // (One diagnostic per axis or one for both: only the set of ids is checked.)
        string[] expectedWarnings = network switch
        {
            "UNetSame" or "UNetBilinear" or "DeepLabV3" => new[] { "CSA3003" },
            "SqueezeNet" => new[] { "CSA3001" },
            _ => System.Array.Empty<string>(),
        };
        Assert.True(expectedWarnings.SequenceEqual(csa.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.Id).Distinct()),
            network + ": expected warnings [" + string.Join(", ", expectedWarnings) + "], got:\n" + all);
    }

    private static long Conv(long inChannels, long outChannels, long kernelElements) => inChannels * outChannels * kernelElements + outChannels;
}

/// <summary>Reads a samples/Networks file, generates its constants and sums its parameters.</summary>
internal static class PublishedNetworks
{
    private static readonly Regex TotalParameters = new(@"Total parameters: ([\d,]+)");

    public static GeneratorRun Generate(string network) =>
        GeneratorHarness.Run(CompilationFactory.Create(RepositoryFiles.Read("samples/Networks/" + network + ".cs")));

    /// <summary>Asserts the sum of every layer's Parameters constant and the Summary's "Total parameters" line.</summary>
    public static void AssertTotalParameters(GeneratorRun run, string network, long expected)
    {
        string shapes = "Samples.Networks." + network + "+Shapes";
        INamedTypeSymbol? type = run.OutputCompilation.GetTypeByMetadataName(shapes);
        Assert.True(type is not null, "no generated class " + shapes);
        long sum = 0;
        foreach (INamedTypeSymbol layer in type!.GetTypeMembers().Where(t => t.Name is not ("Input" or "Output")))
        {
            IFieldSymbol? parameters = layer.GetMembers("Parameters").OfType<IFieldSymbol>().SingleOrDefault();
            Assert.True(parameters is { IsConst: true }, shapes + "." + layer.Name + " has no Parameters constant");
            sum += (long)parameters!.ConstantValue!;
        }
        Assert.Equal(expected, sum);

        string summary = (string)run.Constants(shapes)["Summary"]!;
        Match total = TotalParameters.Match(summary);
        Assert.True(total.Success, "no \"Total parameters\" line in\n" + summary);
        Assert.Equal(expected, long.Parse(total.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
    }
}
