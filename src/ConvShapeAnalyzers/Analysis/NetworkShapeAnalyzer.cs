using System.Collections.Immutable;
using System.Linq;
using ConvShapeAnalyzers.Core;
using ConvShapeAnalyzers.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConvShapeAnalyzers.Analysis
{
    /// <summary>
    /// Reports every finding of the core on [Network] types, read by the same reader the generator uses, and layer
    /// attributes placed outside a network.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NetworkShapeAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            // One action per type, not one per field and property: a project's generated code holds hundreds of thousands of
            // constants, each of which a member action would cost a callback check (docs/performance.md).
            context.RegisterSymbolAction(AnalyzeType, SymbolKind.NamedType);
        }

        private static void AnalyzeType(SymbolAnalysisContext context)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (NetworkReader.NetworkAttribute(type) is null)
            {
                ReportLayersOutsideNetwork(context, type);
                return;
            }
            // Bound, not from syntax: the compiler binds every attribute of the compilation analyzers run on anyway, so reading
            // what it bound is cheaper here than looking names up again (docs/performance.md); the declarations are equal.
            // Without sites first: most networks have no finding to locate, and sites are a good part of the reading's garbage.
            if (NetworkReader.ReadBound(type, sites: false, context.CancellationToken) is not { } declaration)
                return;
            NetworkReport report = NetworkAnalyzer.Analyze(declaration.Spec, hints: true, descriptions: false);
            if (report.Findings.IsEmpty || NetworkReader.ReadBound(type, sites: true, context.CancellationToken) is not { } located)
                return;
            declaration = located;
            SyntaxTree[] trees = type.DeclaringSyntaxReferences.Select(r => r.SyntaxTree).Distinct().ToArray();
            foreach (Finding finding in report.Findings)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                Location location = FindingLocator.Locate(finding, declaration, trees);
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.For(finding.Rule), location, Properties(finding), finding.Message));
            }
        }

        /// <summary>CSA1009: a layer attribute on a member of a type without [Network] is silently ignored otherwise.</summary>
        private static void ReportLayersOutsideNetwork(SymbolAnalysisContext context, INamedTypeSymbol type)
        {
            foreach ((ISymbol member, AttributeData attribute, LayerKind kind, int rank) in NetworkReader.LayerMembers(type))
                if (attribute.ApplicationSyntaxReference is { } syntax)
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.For(Rule.InvalidDeclaration), Location.Create(syntax.SyntaxTree, syntax.Span),
                        member.Name + ": [" + Axes.ModuleName(kind, rank) + "] is on a member of " + type.Name
                        + ", which has no [Network], so no shape is computed; add [Network(channels, sizes...)] to " + type.Name));
        }

        private static ImmutableDictionary<string, string?> Properties(Finding finding)
        {
            if (finding.Fix is null || FixTargets.For(finding.Rule, finding.Param) is not { } target)
                return ImmutableDictionary<string, string?>.Empty;
            return ImmutableDictionary<string, string?>.Empty.Add(FixTargets.FixKey, finding.Fix).Add(FixTargets.TargetKey, target);
        }
    }
}
