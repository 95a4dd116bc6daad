using System.IO;
using System.Linq;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Package;

/// <summary>The packed package in a fresh consumer's build, end to end (one consumer, steps in order: they share its restore).</summary>
public class ConsumerBuildTests
{
    // Stem: ⌊(224 + 2·0 − 3)/2⌋ + 1 = 111 with r = 221 mod 2 = 1 > pr = 0: CSA3001 at the Stride value, line 18 col 32.
    private const string StrideWarning = "Program.cs(18,32): warning CSA3001: conv1: Height and Width: o = ⌊(224 + 2·0 − 3)/2⌋ + 1 = 111 (Relationship 5)";

    [Fact]
    public void PackedPackage_BuildsRunsWarnsAndHonoursConfiguration()
    {
        using var consumer = new ConsumerProject();

        (int exit, string output) = consumer.Dotnet("build", "-nologo");
        Assert.True(exit == 0, output);
        Assert.Contains(StrideWarning, output);

        // The constants are usable: 16·16·16 = 4096 features after pooling 32 → 16; fc 4096·10 + 10 = 40,970 parameters.
        (exit, output) = consumer.Dotnet("run", "--no-build");
        Assert.True(exit == 0, output);
        Assert.Contains("flat=4096 pool1=16x16x16 stem=111 params=40970", output);

        // Nothing reaches run time: no assembly of ours beside the consumer's, no dependency in its deps.json.
        string bin = Path.Combine(consumer.Directory, "bin", "Debug", "net10.0");
        Assert.Empty(Directory.GetFiles(bin, "ConvShapeAnalyzers*.dll"));
        Assert.DoesNotContain("ConvShapeAnalyzers", File.ReadAllText(Path.Combine(bin, "Consumer.deps.json")));

        // EmitCompilerGeneratedFiles writes one file per network where the README says.
        string generated = Path.Combine(consumer.Directory, "obj", "Debug", "net10.0", "generated", "ConvShapeAnalyzers", "ConvShapeAnalyzers.Generation.ShapeGenerator");
        Assert.True(File.Exists(Path.Combine(generated, "Consumer.Net.Shapes.g.cs")), string.Join(", ", Directory.GetFiles(consumer.Directory, "*.g.cs", SearchOption.AllDirectories)));
        Assert.True(File.Exists(Path.Combine(generated, "Consumer.Stem.Shapes.g.cs")));

        // -warnaserror turns the CSA warning into a failing build.
        (exit, output) = consumer.Dotnet("build", "-nologo", "--no-incremental", "-warnaserror");
        Assert.NotEqual(0, exit);
        Assert.Contains("error CSA3001", output);

        // .editorconfig: severity error fails the build; none silences the rule.
        consumer.WriteEditorConfig("dotnet_diagnostic.CSA3001.severity = error");
        (exit, output) = consumer.Dotnet("build", "-nologo", "--no-incremental");
        Assert.NotEqual(0, exit);
        Assert.Contains(StrideWarning.Replace("warning", "error"), output);

        consumer.WriteEditorConfig("dotnet_diagnostic.CSA3001.severity = none");
        (exit, output) = consumer.Dotnet("build", "-nologo", "--no-incremental");
        Assert.True(exit == 0, output);
        Assert.DoesNotContain("CSA3001", output);
        Assert.False(output.Split('\n').Any(line => line.Contains(": error ")), output);

        // dotnet format applies the fixes of several rules in one run, past a finding that has no fix (CSA4002, first).
        consumer.WriteEditorConfig(null);
        File.WriteAllText(Path.Combine(consumer.Directory, "Fixable.cs"), FixableBefore);
        (exit, output) = consumer.Dotnet("format", "analyzers", "--no-restore", "--severity", "info", "--diagnostics", "CSA1009", "CSA2001", "CSA3001", "CSA4002");
        Assert.True(exit == 0, output);
        Assert.All(output.Split('\n').Where(line => line.Contains("Unable to fix")), line => Assert.Contains("Unable to fix CSA4002. No associated code fix", line));
        Assert.Equal(FixableAfter, File.ReadAllText(Path.Combine(consumer.Directory, "Fixable.cs")));
        Assert.Contains("[Conv2d(3, 32, 3, Stride = 2, Padding = 1)]", File.ReadAllText(Path.Combine(consumer.Directory, "Program.cs")));
        (exit, output) = consumer.Dotnet("build", "-nologo", "--no-incremental");
        Assert.True(exit == 0, output);
        Assert.DoesNotContain("CSA", output);
    }

    // conv1: kernel 4 with Pad.Same pads 1 and 2 (CSA4002, no fix). conv2 reads 8 channels (CSA2001: 8), and
    // ⌊(32 − 3)/2⌋ + 1 = 15 leaves r = 1 row unread (CSA3001: Padding = 1). Digits sits in a type that is not partial (CSA1009).
    private const string FixableBefore = """
        using ConvShape;

        namespace Consumer;

        [Network(3, 32, 32)]
        public partial class Fixable
        {
            [Conv2d(3, 8, 4, Padding = Pad.Same)] public object? conv1;
            [Conv2d(16, 16, 3, Stride = 2)] public object? conv2;
        }

        public static class Zoo
        {
            [Network(1, 28, 28)]
            public class Digits
            {
                [Conv2d(1, 8, 5)] public object? conv;
            }
        }
        """;

    private const string FixableAfter = """
        using ConvShape;

        namespace Consumer;

        [Network(3, 32, 32)]
        public partial class Fixable
        {
            [Conv2d(3, 8, 4, Padding = Pad.Same)] public object? conv1;
            [Conv2d(8, 16, 3, Stride = 2, Padding = 1)] public object? conv2;
        }

        public static partial class Zoo
        {
            [Network(1, 28, 28)]
            public partial class Digits
            {
                [Conv2d(1, 8, 5)] public object? conv;
            }
        }
        """;
}
