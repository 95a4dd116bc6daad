using ConvShapeAnalyzers.Tests.Harness;
using Xunit;
using static ConvShapeAnalyzers.Tests.Generator.GeneratedConstants;

namespace ConvShapeAnalyzers.Tests.Generator;

/// <summary>A bad declaration breaks nothing beyond itself: earlier layers keep their constants, the output compiles.</summary>
public class ErrorRecoveryTests
{
    [Fact]
    public void ChannelMismatch_LayersBeforeKeepConstants_LayerAndDependentsGetNone()
    {
        GeneratorRun run = Generate("""
            using ConvShape;
            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3)] public object? good;
                [Conv2d(8, 16, 3)] public object? bad;
                [Conv2d(16, 16, 3)] public object? after;
                [Conv2d(16, 4, 1, From = nameof(good))] public object? branch;
            }
            """);
        run.AssertConstants("Net+Shapes+good", ("Height", 30));
        Assert.False(run.HasClass("Net+Shapes+bad"));
        Assert.False(run.HasClass("Net+Shapes+after"));
        // A branch that does not read the bad layer keeps its constants; as the last layer it is the output.
        run.AssertConstants("Net+Shapes+branch", ("Channels", 4), ("Height", 30));
        run.AssertConstants("Net+Shapes+Output", ("Channels", 4), ("Height", 30));
        Assert.Contains("(error)", (string)run.Constants("Net+Shapes")["Summary"]!);
    }

    [Theory]
    [InlineData("public class Closed { [Conv2d(3, 16, 3)] public object? conv; }")]
    [InlineData("public partial class Closed { public static int Shapes; [Conv2d(3, 16, 3)] public object? conv; }")]
    [InlineData("file partial class Closed { [Conv2d(3, 16, 3)] public object? conv; }")]
    public void TypeTheGeneratorCannotExtend_GetsNoFileAndStillCompiles(string declaration)
    {
        GeneratorRun run = GeneratorHarness.Run(CompilationFactory.Create("using ConvShape;\n[Network(3, 32, 32)]\n" + declaration));
        Assert.False(run.HasClass("Closed+Shapes+conv"));
        Assert.DoesNotContain(run.Result.Results[0].GeneratedSources, s => s.HintName.Contains("Closed"));
    }

    [Fact]
    public void NetworkNestedInANonPartialType_GetsNoFile()
    {
        GeneratorRun run = GeneratorHarness.Run(CompilationFactory.Create("""
            using ConvShape;
            public class Outer
            {
                [Network(3, 32, 32)]
                public partial class Inner { [Conv2d(3, 16, 3)] public object? conv; }
            }
            """));
        Assert.DoesNotContain(run.Result.Results[0].GeneratedSources, s => s.HintName.Contains("Inner"));
    }

    [Theory]
    [InlineData("Input")]
    [InlineData("Output")]
    [InlineData("Summary")]
    [InlineData("Height")]
    [InlineData("Kernel")]
    public void LayerNamedLikeAGeneratedName_IsLeftOutAndOutputCompiles(string name)
    {
        GeneratorRun run = Generate($$"""
            using ConvShape;
            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3)] public object? {{name}};
                [Conv2d(16, 16, 3)] public object? next;
            }
            """);
        Assert.False(run.HasClass("Net+Shapes+next"));
    }

    [Fact]
    public void KeywordAndUnicodeLayerNames_AreEscaped()
    {
        GeneratorRun run = Generate("""
            using ConvShape;
            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3)] public object? @class;
                [MaxPool2d(2)] public object? Faltung_ü;
            }
            """);
        run.AssertConstants("Net+Shapes+class", ("Height", 30));
        run.AssertConstants("Net+Shapes+Faltung_ü", ("Height", 15));
    }

    [Fact]
    public void HalfTypedAttribute_GeneratesTheRestWithoutThrowing()
    {
        GeneratorRun run = GeneratorHarness.Run(CompilationFactory.Create("""
            using ConvShape;
            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3)] public object? conv1;
                [Conv2d(16, 16, ] public object? conv2;
            }
            """), policy: CompilerErrorPolicy.AllowInTestSources);
        run.AssertConstants("Net+Shapes+conv1", ("Height", 30));
        Assert.False(run.HasClass("Net+Shapes+conv2"));
    }
}
