using System;
using System.Collections.Immutable;
using ConvShapeAnalyzers.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConvShapeAnalyzers.Benchmarks;

/// <summary>
/// Registered as NetworkShapeAnalyzer is (concurrent, generated code skipped, one named-type action), with another action:
/// the analyzers the benchmarks set beside ours to tell what of its cost is its own.
/// </summary>
// Instantiated by the benchmarks, never loaded by a compiler, so they carry no [DiagnosticAnalyzer] (which would subject
// this net10.0 project to the rules for shipped analyzers); the one descriptor is never reported, so it has no release notes.
#pragma warning disable RS1001, RS2008
internal abstract class TypeActionAnalyzer(Action<SymbolAnalysisContext> action) : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("BENCH0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSymbolAction(action, SymbolKind.NamedType);
    }
}

/// <summary>Does nothing: what the analyzer driver costs any analyzer of our shape on this project, the floor under ours.</summary>
internal sealed class EmptyTypeAnalyzer() : TypeActionAnalyzer(static _ => { });

/// <summary>
/// Does only the part of our analyzer's work that the compilation would do anyway: finds the [Network] types and asks for
/// their members' attributes, which binds them when no one has yet. The compiler binds every attribute of a compilation it
/// emits, whoever asks first, and the telemetry charges that binding to the first asker; this one's time is how much of
/// ours could be such binding.
/// </summary>
internal sealed class BindingAnalyzer() : TypeActionAnalyzer(static context =>
{
    var type = (INamedTypeSymbol)context.Symbol;
    if (NetworkReader.NetworkAttribute(type) is null)
        return;
    foreach (ISymbol member in type.GetMembers())
        _ = member.GetAttributes();
});
#pragma warning restore RS1001, RS2008
