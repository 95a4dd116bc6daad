using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConvShapeAnalyzers.Analysis;
using ConvShapeAnalyzers.Generation;
using ConvShapeAnalyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Reliability;

/// <summary>A cancelled run stops with OperationCanceledException and nothing else (the IDE cancels on every keystroke).</summary>
public class CancellationTests
{
    /// <summary>200 networks of 20 layers: enough work for a cancellation to land mid-run.</summary>
    private static Compilation Large() => CompilationFactory.Create(Enumerable.Range(0, 200).Select(n =>
        "using ConvShape;\n[Network(3, 224, 224)]\npublic partial class Net" + n + "\n{\n"
        + string.Join("\n", Enumerable.Range(0, 20).Select(l => $"    [Conv2d({(l == 0 ? 3 : 16)}, 16, 3, Stride = {(l % 5 == 4 ? 2 : 1)})] public object? c{l};"))
        + "\n}\n").ToArray());

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(50)]
    public void Generator_CancelledMidRun_ThrowsOnlyOperationCanceled(int delayMilliseconds)
    {
        Compilation compilation = Large();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new ShapeGenerator().AsSourceGenerator() }, parseOptions: CompilationFactory.ParseOptions);
        using var cancellation = new CancellationTokenSource(delayMilliseconds);
        Exception? thrown = Record.Exception(() => driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out _, cancellation.Token));
        Assert.True(thrown is null or OperationCanceledException, thrown?.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(50)]
    public async Task Analyzer_CancelledMidRun_ThrowsOnlyOperationCanceled(int delayMilliseconds)
    {
        Compilation compilation = GeneratorHarness.Run(Large()).OutputCompilation;
        Exception? reported = null;
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (e, _, _) => reported = e, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        using var cancellation = new CancellationTokenSource(delayMilliseconds);
        CompilationWithAnalyzers analysis = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new NetworkShapeAnalyzer()), options);
        Exception? thrown = await Record.ExceptionAsync(() => analysis.GetAnalyzerDiagnosticsAsync(cancellation.Token));
        Assert.True(thrown is null or OperationCanceledException, thrown?.ToString());
        Assert.True(reported is null or OperationCanceledException, reported?.ToString());
    }
}
