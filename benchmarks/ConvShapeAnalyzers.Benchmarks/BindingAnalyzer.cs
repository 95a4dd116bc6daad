using System.Collections.Immutable;
using ConvShapeAnalyzers.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConvShapeAnalyzers.Benchmarks;

/// <summary>
/// Registered as NetworkShapeAnalyzer is, and does only the part of its work that the compilation would do anyway: finds
/// the [Network] types and asks for their members' attributes, which binds them when no one has yet. The compiler binds
/// every attribute of a compilation it emits, whoever asks first; the telemetry charges that binding to the first asker,
/// so our analyzer's time minus this one's is what our own code adds to a build.
/// </summary>
// Instantiated by the benchmark only, as EmptyTypeAnalyzer is (which see).
#pragma warning disable RS1001, RS2008
internal sealed class BindingAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("BENCH0002", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSymbolAction(static symbolContext =>
        {
            var type = (INamedTypeSymbol)symbolContext.Symbol;
            if (NetworkReader.NetworkAttribute(type) is null)
                return;
            foreach (ISymbol member in type.GetMembers())
                _ = member.GetAttributes();
        }, SymbolKind.NamedType);
    }
}
#pragma warning restore RS1001, RS2008
