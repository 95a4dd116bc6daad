using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ConvShapeAnalyzers.Tests.Harness;

/// <summary>Gives Fix All the analyzer diagnostics of a project, computed the same way as for single fixes
/// (FixAllContext filters them by id itself).</summary>
public sealed class FixAllDiagnosticProvider : FixAllContext.DiagnosticProvider
{
    private readonly CodeFixRunner runner;

    public FixAllDiagnosticProvider(CodeFixRunner runner) => this.runner = runner;

    public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
    {
        var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
        var all = await runner.AnalyzerDiagnosticsAsync(document.Project, cancellationToken).ConfigureAwait(false);
        return all.Where(d => d.Location.SourceTree == tree);
    }

    public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
    {
        var all = await runner.AnalyzerDiagnosticsAsync(project, cancellationToken).ConfigureAwait(false);
        return all.Where(d => !d.Location.IsInSource);
    }

    public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
        await runner.AnalyzerDiagnosticsAsync(project, cancellationToken).ConfigureAwait(false);
}
