using System;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ConvShapeAnalyzers.Generation;
using ConvShapeAnalyzers.Tests.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConvShapeAnalyzers.Benchmarks;

/// <summary>
/// (c) The analyzers' re-run after a keystroke, as an IDE runs it: not the whole compilation again, but the edited file's
/// semantic diagnostics (<c>GetAnalyzerSemanticDiagnosticsAsync</c>, which runs our type action for the types declared in
/// that file) on the compilation after one layer's stride changed; against the cold pass over the whole compilation. Both
/// on a new <see cref="CompilationWithAnalyzers"/>, which binds what it analyzes afresh (it clones the compilation), so
/// each figure holds the binding its pass needs.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class AnalyzerBenchmarks
{
    private Compilation cold = null!, edited = null!;
    private SyntaxTree editedTree = null!;

    [GlobalSetup]
    public void Setup()
    {
        var project = new NetworkProject();
        Compilation input = Compilations.Create(project.Trees);
        GeneratorDriver driver = Compilations.Driver(new ShapeGenerator().AsSourceGenerator()).RunGeneratorsAndUpdateCompilation(input, out cold, out _);
        editedTree = project.EditedAfter();
        driver.RunGeneratorsAndUpdateCompilation(input.ReplaceSyntaxTree(project.EditedBefore, editedTree), out edited, out _);
        if (AnalyzeEditedFile() != 0)
            throw new InvalidOperationException("the edited network should have no diagnostic");
        // The pass measured is real: the same pass finds a stride of 0 written in that file.
        SyntaxTree broken = Compilations.Parse(project.EditedBefore.FilePath, SyntheticProject.Network(NetworkProject.EditedNetwork, conv5Stride: 0));
        driver.RunGeneratorsAndUpdateCompilation(input.ReplaceSyntaxTree(project.EditedBefore, broken), out Compilation withError, out _);
        if (!EditedFilePass(withError, broken, logExecutionTime: false).Diagnostics.Any(d => d.Id == "CSA1001"))
            throw new InvalidOperationException("the edited file's pass did not report CSA1001 for a stride of 0");
    }

    [Benchmark(Baseline = true, Description = "Analyzers, cold: every file of the 1,000 networks")]
    public int Analyzers_Cold() =>
        cold.WithAnalyzers(Compilations.Analyzers, Compilations.AnalyzerOptions(false)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;

    [Benchmark(Description = "Analyzers, incremental: the edited file after one layer's stride changed")]
    public int Analyzers_AfterOneLayerEdit() => AnalyzeEditedFile();

    private int AnalyzeEditedFile() => EditedFilePass(edited, editedTree, logExecutionTime: false).Diagnostics.Length;

    /// <summary>The edited file's analyzer diagnostics on a new CompilationWithAnalyzers, and that pass for its telemetry.</summary>
    public static (ImmutableArray<Diagnostic> Diagnostics, CompilationWithAnalyzers Pass) EditedFilePass(Compilation compilation, SyntaxTree tree, bool logExecutionTime)
    {
        CompilationWithAnalyzers pass = compilation.WithAnalyzers(Compilations.Analyzers, Compilations.AnalyzerOptions(logExecutionTime));
        ImmutableArray<Diagnostic> found = pass.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, default).GetAwaiter().GetResult();
        return (found, pass);
    }
}
