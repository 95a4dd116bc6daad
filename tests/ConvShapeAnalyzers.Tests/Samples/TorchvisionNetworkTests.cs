using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ConvShapeAnalyzers.Tests.Generator;
using ConvShapeAnalyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;
using ConvShapeAnalyzers.Tests.Shared;

namespace ConvShapeAnalyzers.Tests.Samples;

/// <summary>
/// samples/Networks' AlexNet, ResNet-18 and -50, ResNeXt-50 32×4d, SqueezeNet, MobileNetV2, GoogLeNet, DenseNet-121,
/// Inception v3, DeepLabV3 (ResNet-50) and R(2+1)D-18 against torchvision 0.14 itself, and the CIFAR-10 ResNet-20 against
/// the PyTorch model the fixture script defines (tests/fixtures/torchvision-networks.json, recorded by running each network
/// once on a 224×224 image, Inception v3 on 299×299, R(2+1)D-18 on 16 frames of 112×112, ResNet-20 on 32×32):
/// every module torchvision ran has a layer of the same name whose generated
/// shape is the one torchvision gave, a leaf module's parameter count is the layer's, and the totals and outputs agree.
/// </summary>
public class TorchvisionNetworkTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("alexnet", "AlexNet")]
    [InlineData("resnet18", "ResNet18")]
    [InlineData("squeezenet1_1", "SqueezeNet")]
    [InlineData("mobilenet_v2", "MobileNetV2")]
    [InlineData("resnet50", "ResNet50")]
    [InlineData("resnext50_32x4d", "ResNeXt50")]
    [InlineData("googlenet", "GoogLeNet")]
    [InlineData("densenet121", "DenseNet121")]
    [InlineData("inception_v3", "InceptionV3")]
    [InlineData("deeplabv3_resnet50", "DeepLabV3")]
    [InlineData("r2plus1d_18", "R2Plus1D18")]
    [InlineData("resnet20_cifar", "ResNet20Cifar")]
    public void Sample_HasTorchvisionsShapesAndParameters(string torchvisionName, string sample)
    {
        using JsonDocument json = FixtureFile.Parse("torchvision-networks.json");
        JsonElement network = json.RootElement.GetProperty(torchvisionName);
        GeneratorRun run = PublishedNetworks.Generate(sample);
        string shapes = "Samples.Networks." + sample + "+Shapes";

        var failures = new List<string>();
        int compared = 0;
        foreach (JsonProperty layer in network.GetProperty("layers").EnumerateObject())
        {
            compared++;
            string expected = Shape(layer.Value.GetProperty("shape"));
            string generated = Generated(run, shapes + "+" + layer.Name, out long parameters);
            if (generated != expected)
                failures.Add($"{layer.Name}: torchvision gave {expected}, generated {generated}");
            if (layer.Value.TryGetProperty("parameters", out JsonElement count) && count.GetInt64() != parameters)
                failures.Add($"{layer.Name}: torchvision counts {count.GetInt64()} parameters, generated {parameters}");
        }
        output.WriteLine($"{sample}: {compared} of torchvision's modules compared");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(Shape(network.GetProperty("output")), Generated(run, shapes + "+Output", out _));
        PublishedNetworks.AssertTotalParameters(run, sample, network.GetProperty("parameters").GetInt64());
    }

    /// <summary>
    /// torchvision's model tables give each network's cost in "GFLOPS", counted as multiply-adds (fvcore's convention)
    /// and rounded to two decimals: AlexNet 0.71, SqueezeNet 1.1 0.35, MobileNetV2 0.30, ResNet-18 1.81, VGG-16 15.47,
    /// ResNet-50 4.09, ResNeXt-50 32×4d 4.23, GoogLeNet 1.50, DenseNet-121 2.83, Inception v3 5.71 (on 299×299).
    /// </summary>
    [Theory]
    [InlineData("AlexNet", 0.71)]
    [InlineData("SqueezeNet", 0.35)]
    [InlineData("MobileNetV2", 0.30)]
    [InlineData("ResNet18", 1.81)]
    [InlineData("Vgg16", 15.47)]
    [InlineData("ResNet50", 4.09)]
    [InlineData("ResNeXt50", 4.23)]
    [InlineData("GoogLeNet", 1.50)]
    [InlineData("DenseNet121", 2.83)]
    [InlineData("InceptionV3", 5.71)]
    public void Sample_MultiplyAddsRoundToTorchvisionsGflops(string sample, double gflops)
    {
        GeneratorRun run = PublishedNetworks.Generate(sample);
        INamedTypeSymbol shapes = run.OutputCompilation.GetTypeByMetadataName("Samples.Networks." + sample + "+Shapes")!;
        long multiplyAdds = shapes.GetTypeMembers().Where(t => t.Name is not ("Input" or "Output"))
            .Sum(layer => (long)layer.GetMembers("MultiplyAdds").OfType<IFieldSymbol>().Single().ConstantValue!);
        output.WriteLine($"{sample}: {multiplyAdds:N0} multiply-adds");
        Assert.Equal(gflops, Math.Round(multiplyAdds / 1e9, 2));
    }

    private static string Shape(JsonElement shape) => string.Join("×", shape.EnumerateArray().Select(v => v.GetInt64()));

    /// <summary>A layer class's shape constants as "64×55×55" (flat: "1000") and its Parameters (-1 without one), or "no layer".</summary>
    private static string Generated(GeneratorRun run, string metadataName, out long parameters)
    {
        parameters = run.HasClass(metadataName) && run.Constants(metadataName).TryGetValue("Parameters", out object? count) ? (long)count! : -1;
        return run.ShapeText(metadataName) ?? "no layer";
    }
}
