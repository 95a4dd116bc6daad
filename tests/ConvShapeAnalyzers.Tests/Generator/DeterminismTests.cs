using System.Linq;
using ConvShapeAnalyzers.Tests.Harness;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Generator;

/// <summary>Output bytes depend on the declarations only: not on the run, nor on the order of syntax trees.</summary>
public class DeterminismTests
{
    private static readonly string[] Sources =
    {
        """
        using ConvShape;
        [Network(3, 64, 64)]
        public partial class Split
        {
            [Conv2d(3, 8, 3, Padding = 1)] public object? first;
        }
        """,
        """
        using ConvShape;
        public partial class Split
        {
            [MaxPool2d(2)] public object? second;
            [Conv2d(8, 8, 3, Stride = 2)] public object? third;
        }
        """,
        """
        using ConvShape;
        [Network(1, 100)]
        public partial class Other { [Conv1d(1, 2, 5, Dilation = 3)] public object? c; }
        """,
    };

    [Fact]
    public void TwoRunsAndReorderedTrees_GiveIdenticalFiles()
    {
        string[] Files(string[] sources) => GeneratorHarness.Run(CompilationFactory.Create(
                sources.Select((text, n) => new TestSource("/0/File" + System.Array.IndexOf(Sources, text) + ".cs", text))))
            .Result.Results[0].GeneratedSources.OrderBy(s => s.HintName, System.StringComparer.Ordinal)
            .Select(s => s.HintName + "\n" + s.SourceText).ToArray();

        string[] first = Files(Sources);
        Assert.Equal(first, Files(Sources));
        Assert.Equal(first, Files(Sources.Reverse().ToArray()));
        // Layers across partial declarations follow file order by path: File0's layer first.
        Assert.Contains("first", first.Single(f => f.StartsWith("Split.")).Split("second")[0]);
    }
}
