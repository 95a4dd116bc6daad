using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConvShapeAnalyzers.Benchmarks;

/// <summary>
/// Registered as NetworkShapeAnalyzer is (concurrent, generated code skipped, one named-type action) but does nothing:
/// what the analyzer driver costs any analyzer of that shape on this project, the floor under our analyzer's cost.
/// </summary>
// Instantiated by the benchmark, never loaded by a compiler, so it carries no [DiagnosticAnalyzer] (which would subject
// this net10.0 project to the rules for shipped analyzers); its one descriptor is never reported, so it has no release notes.
#pragma warning disable RS1001, RS2008
internal sealed class EmptyTypeAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("BENCH0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType);
    }
}
#pragma warning restore RS1001, RS2008
