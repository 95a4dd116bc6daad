using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Harness;

/// <summary>A fix on offer: the first action a provider registered for a diagnostic.</summary>
public sealed record OfferedFix(CodeFixProvider Provider, CodeAction Action, Diagnostic Diagnostic, Document Document)
{
    public override string ToString() => $"'{Action.Title}' from {Provider.GetType().Name} for {DiagnosticText.Describe(Diagnostic)}";
}

/// <summary>Finds fixable diagnostics in a workspace project, asks the providers for fixes, and applies them.</summary>
public sealed class CodeFixRunner
{
    private readonly TestComponents components;
    private readonly HashSet<string> fixableIds;

    public CodeFixRunner(TestComponents components)
    {
        this.components = components;
        fixableIds = new HashSet<string>(components.FixableIds, StringComparer.Ordinal);
    }

    public async Task<ImmutableArray<Diagnostic>> AnalyzerDiagnosticsAsync(Project project, CancellationToken cancellationToken = default)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The project has no compilation.");
        return await AnalyzerRunner.GetDiagnosticsAsync(compilation, components.Analyzers, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Diagnostics some provider claims, in a test document (not generated code), in source order.</summary>
    public async Task<ImmutableArray<Diagnostic>> FixableDiagnosticsAsync(Project project, CancellationToken cancellationToken = default)
    {
        var all = await AnalyzerDiagnosticsAsync(project, cancellationToken).ConfigureAwait(false);
        return all.Where(d => fixableIds.Contains(d.Id) && d.Location.SourceTree is { } tree && project.GetDocument(tree) is not null)
            .OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>The first diagnostic (in source order) for which a provider registers an action.</summary>
    public async Task<OfferedFix?> FirstOfferedFixAsync(Project project, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        foreach (var diagnostic in diagnostics)
        {
            var document = project.GetDocument(diagnostic.Location.SourceTree)!;
            foreach (var provider in components.CodeFixes.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var actions = new List<CodeAction>();
                var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
                await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
                if (actions.Count > 0)
                {
                    return new OfferedFix(provider, Innermost(actions[0]), diagnostic, document);
                }
            }
        }

        return null;
    }

    // A menu of actions (CodeAction.Create with nested actions) applies nothing itself; take its first entry.
    private static CodeAction Innermost(CodeAction action)
    {
        while (!action.NestedActions.IsDefaultOrEmpty)
        {
            action = action.NestedActions[0];
        }

        return action;
    }

    /// <summary>Applies <paramref name="action"/> to <paramref name="before"/>; fails when it changes no text.</summary>
    public static async Task<Solution> ApplyAsync(CodeAction action, Solution before, string what, CancellationToken cancellationToken = default)
    {
        var operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
        var apply = operations.OfType<ApplyChangesOperation>().ToList();
        if (apply.Count != 1)
        {
            Assert.Fail($"{what}: expected one ApplyChangesOperation, found {apply.Count} (operations: {string.Join(", ", operations.Select(o => o.GetType().Name))}).");
        }

        var after = apply[0].ChangedSolution;
        if (!await ChangesTextAsync(before, after, cancellationToken).ConfigureAwait(false))
        {
            Assert.Fail($"{what}: the fix changed nothing.");
        }

        return after;
    }

    private static async Task<bool> ChangesTextAsync(Solution before, Solution after, CancellationToken cancellationToken)
    {
        foreach (var project in after.GetChanges(before).GetProjectChanges())
        {
            if (project.GetAddedDocuments().Any() || project.GetRemovedDocuments().Any())
            {
                return true;
            }

            foreach (var id in project.GetChangedDocuments(onlyGetDocumentsWithTextChanges: true))
            {
                var oldText = await before.GetDocument(id)!.GetTextAsync(cancellationToken).ConfigureAwait(false);
                var newText = await after.GetDocument(id)!.GetTextAsync(cancellationToken).ConfigureAwait(false);
                if (!oldText.ContentEquals(newText))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
