using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ConvShapeAnalyzers.Analysis;
using ConvShapeAnalyzers.Generation;
using ConvShapeAnalyzers.Reading;
using ConvShapeAnalyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConvShapeAnalyzers.Tests.Reliability;

/// <summary>
/// Runs sources through the generator and the analyzers as a build does and lists every broken guarantee: a generator
/// exception, an analyzer exception (AD0001), an error in generated code, or a layer left without constants while no
/// error diagnostic says why.
/// </summary>
internal static class RobustnessCheck
{
    public static List<string> Failures(IReadOnlyList<string> files, CancellationToken cancellationToken = default)
    {
        Compilation input = CompilationFactory.Create(files.Select((text, n) => new TestSource("/fuzz/File" + n + ".cs", text)));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new ShapeGenerator().AsSourceGenerator() }, parseOptions: CompilationFactory.ParseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out _, cancellationToken);
        GeneratorDriverRunResult run = driver.GetRunResult();
        var failures = new List<string>();
        foreach (GeneratorRunResult result in run.Results.Where(r => r.Exception is not null))
            failures.Add("generator threw: " + result.Exception);

        var generated = new HashSet<SyntaxTree>(run.GeneratedTrees);
        ImmutableArray<Diagnostic> compiler = output.GetDiagnostics(cancellationToken);
        foreach (Diagnostic error in compiler.Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree is { } tree && generated.Contains(tree)))
            failures.Add("generated code does not compile: " + error + "\n" + error.Location.SourceTree!.GetText(cancellationToken));

        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (e, _, _) => exceptions.Enqueue(e), concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> analyzers = output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new NetworkShapeAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult();
        failures.AddRange(exceptions.Select(e => "analyzer threw: " + e));
        failures.AddRange(analyzers.Where(d => d.Id is "AD0001" or "AD0002").Select(d => "analyzer failure: " + d));

        List<Diagnostic> errors = compiler.Concat(analyzers).Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.IsInSource).ToList();
        foreach (SyntaxTree tree in output.SyntaxTrees.Where(t => !generated.Contains(t)))
            failures.AddRange(SilentlyDropped(output, tree, errors));
        return failures;
    }

    /// <summary>Layers without generated constants in a type where no error explains why.</summary>
    private static IEnumerable<string> SilentlyDropped(Compilation compilation, SyntaxTree tree, List<Diagnostic> errors)
    {
        SemanticModel model = compilation.GetSemanticModel(tree);
        foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax>())
        {
            if (model.GetDeclaredSymbol(declaration) is not INamedTypeSymbol type)
                continue;
            var missing = NetworkReader.LayerMembers(type)
                .Where(layer => type.GetTypeMembers("Shapes").FirstOrDefault()?.GetTypeMembers(layer.Member.Name).IsEmpty ?? true)
                .Select(layer => layer.Member.Name).ToList();
            if (missing.Count == 0)
                continue;
            bool explained = type.DeclaringSyntaxReferences.Any(reference =>
                errors.Any(e => e.Location.SourceTree == reference.SyntaxTree && reference.Span.Contains(e.Location.SourceSpan)));
            if (!explained)
                yield return type.Name + ": layers " + string.Join(", ", missing) + " got no constants, but no error says why:\n" + tree.GetText();
        }
    }
}
