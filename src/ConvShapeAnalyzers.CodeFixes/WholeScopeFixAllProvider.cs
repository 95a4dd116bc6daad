using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ConvShapeAnalyzers.CodeFixes
{
    /// <summary>
    /// Fix All that gathers every diagnostic of the scope and makes their fixes together, in one new solution, with the
    /// fixer's own function, whatever equivalence key it is asked with. Roslyn's batch fixer keeps only the actions whose
    /// key equals the one it is given, and <c>dotnet format</c> gives the key of the first diagnostic it meets, which may be
    /// another rule's or one no fixer fixes: then the batch fixer fixed nothing. Each of our fixers offers one fix per
    /// diagnostic, so a key has nothing to choose, and fixes made together write an edit several diagnostics ask for once.
    /// </summary>
    internal sealed class WholeScopeFixAllProvider : FixAllProvider
    {
        private static readonly ImmutableArray<FixAllScope> Scopes = ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution);

        private readonly Func<Solution, ImmutableArray<Diagnostic>, CancellationToken, Task<Solution>> fix;

        public WholeScopeFixAllProvider(Func<Solution, ImmutableArray<Diagnostic>, CancellationToken, Task<Solution>> fix) => this.fix = fix;

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => Scopes;

        public override async Task<CodeAction?> GetFixAsync(FixAllContext context)
        {
            ImmutableArray<Diagnostic> diagnostics = await DiagnosticsInScopeAsync(context).ConfigureAwait(false);
            if (diagnostics.IsEmpty)
                return null;
            return CodeAction.Create(
                "Fix all '" + string.Join("', '", context.DiagnosticIds) + "' in " + ScopeName(context),
                token => fix(context.Solution, diagnostics, token),
                equivalenceKey: context.CodeActionEquivalenceKey);
        }

        private static async Task<ImmutableArray<Diagnostic>> DiagnosticsInScopeAsync(FixAllContext context)
        {
            switch (context.Scope)
            {
                case FixAllScope.Document when context.Document is not null:
                    return await context.GetDocumentDiagnosticsAsync(context.Document).ConfigureAwait(false);
                case FixAllScope.Project:
                    return await context.GetAllDiagnosticsAsync(context.Project).ConfigureAwait(false);
                case FixAllScope.Solution:
                    ImmutableArray<Diagnostic>.Builder all = ImmutableArray.CreateBuilder<Diagnostic>();
                    foreach (Project project in context.Solution.Projects)
                        all.AddRange(await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                    return all.ToImmutable();
                default:
                    return ImmutableArray<Diagnostic>.Empty;
            }
        }

        private static string ScopeName(FixAllContext context) => context.Scope switch
        {
            FixAllScope.Document => context.Document?.Name ?? "document",
            FixAllScope.Project => context.Project.Name,
            _ => "solution",
        };
    }
}
