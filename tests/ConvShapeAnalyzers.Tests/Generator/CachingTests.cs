using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ConvShapeAnalyzers.Generation;
using ConvShapeAnalyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Generator;

/// <summary>The generator stays incremental: step tracking shows what re-ran after each kind of edit.</summary>
public class CachingTests
{
    private const string NetA = """
        using ConvShape;
        namespace Nets;
        [Network(3, 32, 32)]
        public partial class A
        {
            [Conv2d(3, 16, 3, Padding = 1)] public object? conv1;
            [MaxPool2d(2)] public object? pool1;
        }
        """;

    private const string NetB = """
        using ConvShape;
        namespace Nets;
        [Network(1, 28, 28)]
        public partial class B
        {
            [Conv2d(1, 8, 5)] public object? conv1;
        }
        """;

    private const string Unrelated = """
        namespace Nets;
        public static class Helper { public static int Twice(int x) { return 2 * x; } }
        """;

    [Fact]
    public void UnchangedCompilation_ReRunsNothing()
    {
        (GeneratorDriver driver, Compilation compilation) = FirstRun();
        GeneratorRun second = GeneratorHarness.Run(driver, compilation);
        Assert.All(second.OutputReasons(), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void CommentAddedAboveTheNetwork_ReRunsNoOutput()
    {
        (GeneratorDriver driver, Compilation compilation) = FirstRun();
        GeneratorRun second = GeneratorHarness.Run(driver, compilation.EditFile(0, NetA.Replace("[Network(3, 32, 32)]", "// the encoder\n[Network(3, 32, 32)]")));
        Assert.All(second.OutputReasons(), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
        // The read step sees the moved spans; the model the output depends on is equal, so the chain stops there.
        Assert.Contains(IncrementalStepRunReason.Modified, StepReasons(second, ShapeGenerator.ReadStep));
        Assert.DoesNotContain(IncrementalStepRunReason.Modified, StepReasons(second, ShapeGenerator.ModelStep));
    }

    [Fact]
    public void UnrelatedFileEdited_ReRunsNoOutput()
    {
        (GeneratorDriver driver, Compilation compilation) = FirstRun();
        GeneratorRun second = GeneratorHarness.Run(driver, compilation.EditFile(2, Unrelated.Replace("2 * x", "x + x")));
        Assert.All(second.OutputReasons(), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void OneLayerChanged_ReRunsExactlyThatNetworksOutput()
    {
        (GeneratorDriver driver, Compilation compilation) = FirstRun();
        GeneratorRun second = GeneratorHarness.Run(driver, compilation.EditFile(1, NetB.Replace("[Conv2d(1, 8, 5)]", "[Conv2d(1, 8, 5, Stride = 2)]")));
        List<IncrementalStepRunReason> reasons = second.OutputReasons();
        Assert.Single(reasons, r => r == IncrementalStepRunReason.Modified);
        Assert.Single(reasons, r => r == IncrementalStepRunReason.Cached);
        Assert.Contains("B.Shapes", string.Join(",", second.Result.Results[0].GeneratedSources.Select(s => s.HintName)));
    }

    [Fact]
    public void CachedValues_HoldNoSymbolSyntaxLocationOrCompilation()
    {
        (GeneratorDriver driver, Compilation compilation) = FirstRun();
        GeneratorRun second = GeneratorHarness.Run(driver, compilation.EditFile(0, NetA.Replace("Padding = 1", "Padding = 2")));
        int walked = 0;
        foreach (string step in new[] { ShapeGenerator.ReadStep, ShapeGenerator.ModelStep })
            foreach (IncrementalGeneratorRunStep run in second.Result.Results[0].TrackedSteps[step])
                foreach ((object value, IncrementalStepRunReason _) in run.Outputs)
                    walked += Walk(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
        Assert.True(walked > 10, "walked only " + walked + " values");
    }

    private static (GeneratorDriver, Compilation) FirstRun()
    {
        Compilation compilation = CompilationFactory.Create(NetA, NetB, Unrelated);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { new ShapeGenerator() }, trackIncrementalGeneratorSteps: true);
        GeneratorRun first = GeneratorHarness.Run(driver, compilation);
        Assert.All(first.OutputReasons(), reason => Assert.Equal(IncrementalStepRunReason.New, reason));
        Assert.Equal(2, first.OutputReasons().Count);
        return (first.Driver, compilation);
    }

    private static List<IncrementalStepRunReason> StepReasons(GeneratorRun run, string step) =>
        run.Result.Results[0].TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    /// <summary>Visits every field of a cached value; fails on anything that would root a compilation.</summary>
    private static int Walk(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
            return 1;
        Assert.False(value is ISymbol or SyntaxNode or SyntaxTree or Location or Compilation or SemanticModel,
            path + " holds a " + value.GetType().Name + ", which keeps a compilation alive and defeats caching");
        int count = 1;
        if (value is IEnumerable items)
        {
            int n = 0;
            foreach (object? item in items)
                count += Walk(item, path + "[" + n++ + "]", seen);
        }
        foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            count += Walk(field.GetValue(value), path + "." + field.Name, seen);
        return count;
    }
}
