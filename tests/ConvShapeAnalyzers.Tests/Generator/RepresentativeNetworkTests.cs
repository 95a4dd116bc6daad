using ConvShapeAnalyzers.Tests.Harness;
using Xunit;
using static ConvShapeAnalyzers.Tests.Generator.GeneratedConstants;

namespace ConvShapeAnalyzers.Tests.Generator;

/// <summary>
/// Networks people know, with every expected number derived by hand in the comments from the guide's relationships
/// (o = ⌊(i + 2p − k̂)/s⌋ + 1; transposed o = (i − 1)s − 2p + k̂ + op), not copied from the generator's output.
/// </summary>
public class RepresentativeNetworkTests
{
    [Fact]
    public void Espcn_SubPixelConvolutionTriplesTheImage()
    {
        // ESPCN (Shi et al., 2016) for ×3: three convolutions that keep the size (half padding, R3), the last with 1·3² = 9
        // channels, then PixelShuffle(3): 9×64×64 → 1×192×192. Weights 64·1·25 + 64 = 1,664; 32·64·9 + 32 = 18,464;
        // 9·32·9 + 9 = 2,601. Fields 5, 7, 9, then undefined, as after any upsampling.
        GeneratorRun run = Generate("""
            using ConvShape;
            namespace Nets;
            [Network(1, 64, 64)]
            public partial class Espcn
            {
                [Conv2d(1, 64, 5, Padding = 2)] public object? conv1;
                [Conv2d(64, 32, 3, Padding = 1)] public object? conv2;
                [Conv2d(32, 9, 3, Padding = 1)] public object? conv3;
                [PixelShuffle(3)] public object? shuffle;
            }
            """);
        const string S = "Nets.Espcn+Shapes+";
        run.AssertConstants(S + "conv1", ("Parameters", 1_664L), ("ReceptiveField", 5));
        run.AssertConstants(S + "conv2", ("Parameters", 18_464L), ("ReceptiveField", 7));
        run.AssertConstants(S + "conv3", ("Channels", 9), ("Height", 64), ("Parameters", 2_601L), ("ReceptiveField", 9));
        run.AssertConstants(S + "shuffle", ("Module", "PixelShuffle"), ("UpscaleFactor", 3), ("Channels", 1), ("Height", 192), ("Width", 192), ("Parameters", 0L));
        Assert.False(run.Constants(S + "shuffle").ContainsKey("ReceptiveField"));
    }

    [Fact]
    public void PixelUnshuffle_GrowsTheFieldAsAWindowOfItsFactor()
    {
        // A 3×3 convolution (field 3, jump 1), then PixelUnshuffle(2), a window of 2 with stride 2: field 3 + (2 − 1)·1 = 4,
        // jump 2; 8×32×32 → 32×16×16.
        GeneratorRun run = Generate("""
            using ConvShape;
            namespace Nets;
            [Network(3, 32, 32)]
            public partial class SpaceToDepth
            {
                [Conv2d(3, 8, 3, Padding = 1)] public object? conv;
                [PixelUnshuffle(2)] public object? fold;
            }
            """);
        run.AssertConstants("Nets.SpaceToDepth+Shapes+fold", ("DownscaleFactor", 2), ("Channels", 32), ("Height", 16), ("Width", 16), ("ReceptiveField", 4), ("Jump", 2));
    }

    [Fact]
    public void LeNet5_ShapesCountsAndReceptiveFields()
    {
        GeneratorRun run = Generate("""
            using ConvShape;
            namespace Nets;
            [Network(1, 32, 32)]
            public partial class LeNet
            {
                [Conv2d(1, 6, 5)] public object? conv1;
                [MaxPool2d(2)] public object? pool1;
                [Conv2d(6, 16, 5)] public object? conv2;
                [MaxPool2d(2)] public object? pool2;
                [Flatten] public object? flat;
                [Linear(16 * 5 * 5, 120)] public object? fc1;
                [Linear(120, 84)] public object? fc2;
                [Linear(84, 10)] public object? fc3;
            }
            """);
        const string S = "Nets.LeNet+Shapes+";
        // R1: 32 − 5 + 1 = 28; weights 6·1·5·5 + 6 bias = 156; multiply-adds 6·28·28 outputs · 25 = 117,600; field 5.
        run.AssertConstants(S + "conv1", ("Channels", 6), ("Height", 28), ("Width", 28), ("Kernel", 5), ("Parameters", 156L), ("MultiplyAdds", 117_600L), ("ReceptiveField", 5), ("Jump", 1));
        // R7: ⌊(28 − 2)/2⌋ + 1 = 14; field 5 + (2 − 1)·1 = 6, jump 2.
        run.AssertConstants(S + "pool1", ("Channels", 6), ("Height", 14), ("Width", 14), ("Stride", 2), ("ReceptiveField", 6), ("Jump", 2));
        // 14 − 5 + 1 = 10; 16·6·25 + 16 = 2,416; 16·10·10 · 6·25 = 240,000; field 6 + 4·2 = 14.
        run.AssertConstants(S + "conv2", ("Channels", 16), ("Height", 10), ("Parameters", 2_416L), ("MultiplyAdds", 240_000L), ("ReceptiveField", 14), ("Jump", 2));
        run.AssertConstants(S + "pool2", ("Height", 5), ("Width", 5), ("ReceptiveField", 16), ("Jump", 4));
        run.AssertConstants(S + "flat", ("Features", 400));
        // 400·120 + 120 = 48,120; 120·84 + 84 = 10,164; 84·10 + 10 = 850. Total 61,706 (the usual PyTorch LeNet-5).
        run.AssertConstants(S + "fc1", ("Features", 120), ("Parameters", 48_120L), ("MultiplyAdds", 48_000L));
        run.AssertConstants(S + "fc2", ("Parameters", 10_164L));
        run.AssertConstants(S + "fc3", ("Parameters", 850L));
        run.AssertConstants(S + "Output", ("Features", 10));
        run.AssertConstants(S + "Input", ("Channels", 1), ("Height", 32), ("Width", 32));
        Assert.Contains("Total parameters: 61,706", (string)run.Constants("Nets.LeNet+Shapes")["Summary"]!);
    }

    [Fact]
    public void VggBlock_HalfPaddingKeepsSize()
    {
        GeneratorRun run = Generate("""
            using ConvShape;
            [Network(3, 224, 224)]
            public partial class Vgg
            {
                [Conv2d(3, 64, 3, Padding = 1)] public object? conv1_1;
                [Conv2d(64, 64, 3, Padding = 1)] public object? conv1_2;
                [MaxPool2d(2)] public object? pool1;
            }
            """);
        // R3 (half padding): o = i = 224. 64·3·9 + 64 = 1,792; 64·224·224 · 27 = 86,704,128.
        run.AssertConstants("Vgg+Shapes+conv1_1", ("Channels", 64), ("Height", 224), ("Padding", 1), ("Parameters", 1_792L), ("MultiplyAdds", 86_704_128L), ("ReceptiveField", 3));
        // 64·64·9 + 64 = 36,928; 64·224·224 · 576 = 1,849,688,064 (beyond 32 bits: a long).
        run.AssertConstants("Vgg+Shapes+conv1_2", ("Parameters", 36_928L), ("MultiplyAdds", 1_849_688_064L), ("ReceptiveField", 5));
        run.AssertConstants("Vgg+Shapes+pool1", ("Channels", 64), ("Height", 112), ("Width", 112), ("ReceptiveField", 6), ("Jump", 2));
    }

    [Fact]
    public void ResNetBasicBlock_StridedShortcutAndAdd()
    {
        GeneratorRun run = Generate("""
            using ConvShape;
            [Network(64, 56, 56)]
            public partial class Block
            {
                [Conv2d(64, 128, 3, Stride = 2, Padding = 1, Bias = false)] public object? conv1;
                [BatchNorm2d(128)] public object? bn1;
                [Conv2d(128, 128, 3, Padding = 1, Bias = false)] public object? conv2;
                [BatchNorm2d(128)] public object? bn2;
                [Conv2d(64, 128, 1, Stride = 2, Bias = false, From = Network.Input)] public object? shortcut;
                [BatchNorm2d(128)] public object? bnShortcut;
                [Add(nameof(bn2), nameof(bnShortcut))] public object? sum;
            }
            """);
        // R6: ⌊(56 + 2 − 3)/2⌋ + 1 = 28; 128·64·9 = 73,728 weights, no bias.
        run.AssertConstants("Block+Shapes+conv1", ("Channels", 128), ("Height", 28), ("Parameters", 73_728L), ("Bias", false));
        // BatchNorm: 2·128 = 256 parameters, shape unchanged.
        run.AssertConstants("Block+Shapes+bn1", ("Channels", 128), ("Height", 28), ("Parameters", 256L), ("NumFeatures", 128));
        run.AssertConstants("Block+Shapes+conv2", ("Height", 28), ("Parameters", 147_456L));
        // R5: ⌊(56 − 1)/2⌋ + 1 = 28; 128·64·1 = 8,192.
        run.AssertConstants("Block+Shapes+shortcut", ("Channels", 128), ("Height", 28), ("Width", 28), ("Parameters", 8_192L));
        run.AssertConstants("Block+Shapes+sum", ("Channels", 128), ("Height", 28), ("Width", 28));
        run.AssertConstants("Block+Shapes+Output", ("Channels", 128), ("Height", 28));
    }

    [Fact]
    public void UNetLevel_CenterCropConcatAndMirroringTransposedConv()
    {
        GeneratorRun run = Generate("""
            using ConvShape;
            [Network(1, 68, 68)]
            public partial class UNetLevel
            {
                [Conv2d(1, 16, 3)] public object? enc1;
                [Conv2d(16, 16, 3)] public object? enc2;
                [MaxPool2d(2)] public object? down;
                [Conv2d(16, 32, 3)] public object? mid1;
                [Conv2d(32, 32, 3)] public object? mid2;
                [Conv2d(32, 32, 3, Stride = 2, Padding = 1)] public object? midDown;
                [ConvTranspose2d(32, 32, 3, Stride = 2, Padding = 1, OutputPadding = 1, Mirrors = nameof(midDown))] public object? midUp;
                [ConvTranspose2d(32, 16, 2, Stride = 2)] public object? up;
                [CenterCrop(nameof(up), From = nameof(enc2))] public object? crop;
                [Concat(nameof(crop), nameof(up))] public object? cat;
            }
            """);
        const string S = "UNetLevel+Shapes+";
        run.AssertConstants(S + "enc1", ("Height", 66));                // 68 − 3 + 1
        run.AssertConstants(S + "enc2", ("Height", 64));                // 66 − 3 + 1
        run.AssertConstants(S + "down", ("Height", 32));                // 64 / 2
        run.AssertConstants(S + "mid2", ("Channels", 32), ("Height", 28)); // 32 − 2 − 2
        run.AssertConstants(S + "midDown", ("Height", 14));             // ⌊(28 + 2 − 3)/2⌋ + 1 = 14
        // R14: (14 − 1)·2 − 2·1 + 3 + a, a = (28 + 2 − 3) mod 2 = 1 → 28, midDown's input.
        run.AssertConstants(S + "midUp", ("Height", 28), ("OutputPadding", 1));
        // R12: (28 − 1)·2 + 2 = 56; a transposed conv counts input elements: 32·28·28 · 16·2·2 = 1,605,632.
        run.AssertConstants(S + "up", ("Channels", 16), ("Height", 56), ("MultiplyAdds", 1_605_632L), ("Parameters", 32L * 16 * 4 + 16));
        // 64 → 56: 8 removed, ⌊8/2⌋ = 4 before and 4 after, written as ZeroPad writes a crop.
        run.AssertConstants(S + "crop", ("Channels", 16), ("Height", 56), ("Width", 56), ("PaddingBefore", -4), ("PaddingAfter", -4));
        run.AssertConstants(S + "cat", ("Channels", 32), ("Height", 56), ("Width", 56));    // 16 + 16 channels
    }

    [Fact]
    public void CenterCrop_OddRemovals_CropTheExtraPositionAfter()
    {
        GeneratorRun run = Generate("""
            using ConvShape;
            [Network(8, 11, 9)]
            public partial class Crops
            {
                [Conv2d(8, 8, 5, Padding = new[] { 0, 2 })] public object? small;
                [CenterCrop(nameof(small), From = Network.Input)] public object? crop;
            }
            """);
        // small: Height 11 − 5 + 1 = 7, Width 9 + 2·2 − 5 + 1 = 9. The crop removes 11 − 7 = 4 rows, ⌊4/2⌋ = 2 before and 2 after,
        // and 9 − 9 = 0 columns (DESIGN 3: ⌊(i − o)/2⌋ before, the rest after).
        run.AssertConstants("Crops+Shapes+crop", ("Height", 7), ("Width", 9),
            ("PaddingBeforeHeight", -2), ("PaddingAfterHeight", -2), ("PaddingBeforeWidth", 0), ("PaddingAfterWidth", 0));

        run = Generate("""
            using ConvShape;
            [Network(8, 7)]
            public partial class Crop1d
            {
                [Conv1d(8, 8, 4)] public object? small;
                [CenterCrop(nameof(small), From = Network.Input)] public object? crop;
            }
            """);
        // small: 7 − 4 + 1 = 4. The crop removes 3: ⌊3/2⌋ = 1 before, 2 after.
        run.AssertConstants("Crop1d+Shapes+crop", ("Length", 4), ("PaddingBefore", -1), ("PaddingAfter", -2));
    }

    [Fact]
    public void WaveNetStack_DilationGrowsTheReceptiveField()
    {
        GeneratorRun run = Generate("""
            using ConvShape;
            [Network(16, 1024)]
            public partial class WaveNet
            {
                [Conv1d(16, 16, 2)] public object? d1;
                [Conv1d(16, 16, 2, Dilation = 2)] public object? d2;
                [Conv1d(16, 16, 2, Dilation = 4)] public object? d4;
                [Conv1d(16, 16, 2, Dilation = 8)] public object? d8;
            }
            """);
        // R15: k̂ = d(k − 1) + 1 = d + 1, o = i − d. Field 1 + d at each layer with jump 1: 2, 4, 8, 16.
        run.AssertConstants("WaveNet+Shapes+d1", ("Length", 1023), ("ReceptiveField", 2));
        run.AssertConstants("WaveNet+Shapes+d2", ("Length", 1021), ("ReceptiveField", 4), ("Dilation", 2));
        run.AssertConstants("WaveNet+Shapes+d4", ("Length", 1017), ("ReceptiveField", 8));
        run.AssertConstants("WaveNet+Shapes+d8", ("Length", 1009), ("ReceptiveField", 16), ("Jump", 1));
    }

    [Fact]
    public void VideoConvolution3d_PerAxisPoolingKernel()
    {
        GeneratorRun run = Generate("""
            using ConvShape;
            [Network(3, 16, 112, 112)]
            public partial class C3D
            {
                [Conv3d(3, 64, 3, Padding = 1)] public object? conv1;
                [MaxPool3d(new[] { 1, 2, 2 })] public object? pool1;
                [Conv3d(64, 128, 3, Padding = 1)] public object? conv2;
                [MaxPool3d(2)] public object? pool2;
            }
            """);
        // Half padding keeps 16×112×112; 64·3·27 + 64 = 5,248.
        run.AssertConstants("C3D+Shapes+conv1", ("Channels", 64), ("Depth", 16), ("Height", 112), ("Width", 112), ("Parameters", 5_248L));
        // Kernel (1, 2, 2), stride defaults to it: 16, 56, 56; per-axis constants because the axes differ.
        run.AssertConstants("C3D+Shapes+pool1", ("Depth", 16), ("Height", 56), ("Width", 56), ("KernelDepth", 1), ("KernelHeight", 2), ("StrideWidth", 2));
        run.AssertConstants("C3D+Shapes+conv2", ("Channels", 128), ("Depth", 16), ("Height", 56), ("Parameters", 128L * 64 * 27 + 128));
        run.AssertConstants("C3D+Shapes+pool2", ("Depth", 8), ("Height", 28), ("Width", 28));
    }
}
