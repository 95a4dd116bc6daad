using System.Linq;
using ConvShapeAnalyzers.Tests.Harness;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Reliability;

/// <summary>Names that could break generated code: keywords, the generated names, Unicode, very long names, 10,000 layers.</summary>
public class HostileNameTests
{
    [Theory]
    [InlineData("@class")]
    [InlineData("@int")]
    [InlineData("Input")]
    [InlineData("Output")]
    [InlineData("Summary")]
    [InlineData("Shapes")]
    [InlineData("Channels")]
    [InlineData("ReceptiveFieldWidth")]
    [InlineData("Πολύ_καλό")]
    [InlineData("层")]
    [InlineData("_")]
    public void LayerName_GivesValidCodeOrADiagnostic(string name)
    {
        string source = "using ConvShape;\n[Network(3, 32, 32)]\npublic partial class Net\n{\n    [Conv2d(3, 8, 3)] public object? " + name + ";\n    [MaxPool2d(2)] public object? next;\n}\n";
        Assert.Empty(RobustnessCheck.Failures(new[] { source }));
    }

    [Fact]
    public void VeryLongNames_GiveValidCode()
    {
        string layer = "layer" + new string('x', 1000);
        string type = "Net" + new string('y', 1000);
        string source = $"using ConvShape;\nnamespace {new string('z', 500)}.Deep;\n[Network(3, 32, 32)]\npublic partial class {type}\n{{\n    [Conv2d(3, 8, 3)] public object? {layer};\n}}\n";
        Assert.Empty(RobustnessCheck.Failures(new[] { source }));
        GeneratorRun run = GeneratorHarness.Run(CompilationFactory.Create(source));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName(new string('z', 500) + ".Deep." + type + "+Shapes+" + layer));
    }

    [Fact]
    public void TenThousandLayers_GiveValidCode()
    {
        string layers = string.Join("\n", Enumerable.Range(0, 10_000).Select(n => n % 2 == 0
            ? $"    [Conv2d(8, 8, 3, Padding = 1)] public object? c{n};"
            : $"    [BatchNorm2d(8)] public object? b{n};"));
        string source = "using ConvShape;\n[Network(8, 16, 16)]\npublic partial class Deep\n{\n" + layers + "\n}\n";
        GeneratorRun run = GeneratorHarness.Run(CompilationFactory.Create(source));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Deep+Shapes+b9999"));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Deep+Shapes+Output"));
    }
}
