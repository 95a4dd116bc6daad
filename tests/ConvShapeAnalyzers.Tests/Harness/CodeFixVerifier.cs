using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Harness;

/// <summary>Checks a code fix: the diagnostics before, the text after applying fixes one by one, the text
/// after Fix All in document and in project scope (the IDE's), the text after Fix All in solution scope as <c>dotnet format</c> asks for it, and the
/// diagnostics after (none unless marked or given).
/// Use as <c>using Verify = ConvShapeAnalyzers.Tests.Harness.CodeFixVerifier;</c>.</summary>
public static class CodeFixVerifier
{
    public static ExpectedDiagnostic Diagnostic(string id) => ExpectedDiagnostic.Diagnostic(id);

    public static Task VerifyFixAsync(string markupBefore, string markupAfter, params ExpectedDiagnostic[] expectedBefore) =>
        VerifyFixAsync(VerifierOptions.Default, new[] { markupBefore }, new[] { markupAfter }, expectedBefore, Array.Empty<ExpectedDiagnostic>());

    public static Task VerifyFixAsync(VerifierOptions options, string markupBefore, string markupAfter, params ExpectedDiagnostic[] expectedBefore) =>
        VerifyFixAsync(options, new[] { markupBefore }, new[] { markupAfter }, expectedBefore, Array.Empty<ExpectedDiagnostic>());

    public static async Task VerifyFixAsync(
        VerifierOptions options,
        string[] markupBefore,
        string[] markupAfter,
        ExpectedDiagnostic[] expectedBefore,
        ExpectedDiagnostic[] expectedAfter)
    {
        if (markupBefore.Length != markupAfter.Length)
        {
            throw new ArgumentException("Give as many 'after' sources as 'before' sources.", nameof(markupAfter));
        }

        var components = options.ResolvedComponents;
        await AnalyzerVerifier.VerifyCoreAsync(options, components, markupBefore, expectedBefore, "Before the fix").ConfigureAwait(false);

        var before = MarkedSources.Parse(markupBefore).Sources;
        var expectedTexts = MarkedSources.Parse(markupAfter).Sources.Select(s => s.Text).ToList();

        var oneByOne = await FixAsync(options, components, before, fixAll: null).ConfigureAwait(false);
        AssertTexts(expectedTexts, oneByOne, "After applying code fixes one by one");

        foreach (var scope in new[] { FixAllScope.Document, FixAllScope.Project })
        {
            var fixAll = await FixAsync(options, components, before, scope).ConfigureAwait(false);
            if (fixAll is not null)
            {
                AssertTexts(expectedTexts, fixAll, $"After Fix All in {scope.ToString().ToLowerInvariant()} scope");
            }
        }

        var formatted = await FixAsDotnetFormatAsync(options, components, before).ConfigureAwait(false);
        if (formatted is not null)
        {
            AssertTexts(expectedTexts, formatted, "After Fix All in solution scope as dotnet format asks for it");
        }

        await AnalyzerVerifier.VerifyCoreAsync(options, components, markupAfter, expectedAfter, "After the fix").ConfigureAwait(false);
    }

    /// <summary>Checks the diagnostics of <paramref name="markup"/> as AnalyzerVerifier does, then that no provider offers a fix for them.</summary>
    public static async Task VerifyNoFixAsync(string markup, params ExpectedDiagnostic[] expected)
    {
        var options = VerifierOptions.Default;
        var components = options.ResolvedComponents;
        await AnalyzerVerifier.VerifyCoreAsync(options, components, new[] { markup }, expected, "Before asking for fixes").ConfigureAwait(false);
        using var workspace = new AdhocWorkspace();
        var (solution, projectId, _) = TestWorkspace.Create(workspace, MarkedSources.Parse(new[] { markup }).Sources, components, options);
        var project = solution.GetProject(projectId)!;
        var runner = new CodeFixRunner(components);
        var offered = await runner.FirstOfferedFixAsync(project, await runner.AnalyzerDiagnosticsAsync(project).ConfigureAwait(false)).ConfigureAwait(false);
        Assert.True(offered is null, $"Expected no code fix, but got {offered}.");
    }

    // Repeats "take the first offered fix, apply it" (or Fix All in its document) until nothing is offered.
    // Returns the final texts, or null for Fix All when the provider has none and none is required.
    private static async Task<List<string>?> FixAsync(VerifierOptions options, TestComponents components, ImmutableArray<TestSource> sources, FixAllScope? fixAll)
    {
        using var workspace = new AdhocWorkspace();
        var (solution, projectId, documents) = TestWorkspace.Create(workspace, sources, components, options);
        var runner = new CodeFixRunner(components);
        var mode = fixAll is { } scope ? $"Fix All ({scope})" : "One-by-one fix";

        var project = solution.GetProject(projectId)!;
        var compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
        CompilerDiagnosticsCheck.AssertClean(compilation, t => project.GetDocument(t) is null, options.CompilerErrors, $"{mode}, in the workspace before fixing");

        var diagnostics = await runner.FixableDiagnosticsAsync(project).ConfigureAwait(false);
        var limit = options.MaxFixIterations ?? (2 * diagnostics.Length) + 1;
        var applied = 0;
        while (await runner.FirstOfferedFixAsync(project, diagnostics).ConfigureAwait(false) is { } offered)
        {
            if (applied == limit)
            {
                Assert.Fail($"{mode}: still offering fixes after {limit} iterations (next: {offered}). Raise VerifierOptions.MaxFixIterations if this is right.");
            }

            var action = offered.Action;
            if (fixAll is { } fixAllScope)
            {
                var fixAllProvider = offered.Provider.GetFixAllProvider();
                if (fixAllProvider is null)
                {
                    if (options.RequireFixAll)
                    {
                        Assert.Fail($"{offered.Provider.GetType().FullName} has no Fix All provider: return WellKnownFixAllProviders.BatchFixer from GetFixAllProvider(), or set VerifierOptions.RequireFixAll = false.");
                    }

                    return null;
                }

                action = await FixAllActionAsync(fixAllProvider, fixAllScope, offered, runner).ConfigureAwait(false);
            }

            solution = await CodeFixRunner.ApplyAsync(action, solution, $"{mode} #{applied + 1}: {offered}").ConfigureAwait(false);
            applied++;
            project = solution.GetProject(projectId)!;
            diagnostics = await runner.FixableDiagnosticsAsync(project).ConfigureAwait(false);
        }

        if (applied == 0)
        {
            Assert.Fail($"{mode}: no code fix was offered (fixable ids: {string.Join(", ", components.FixableIds)}).");
        }

        return await TextsAsync(solution, documents).ConfigureAwait(false);
    }

    // `dotnet format analyzers` fixes one diagnostic id at a time: Fix All in solution scope, with the equivalence key of
    // the action the provider offers for the first diagnostic the analyzers reported, whatever its id (null when that one
    // has no fix). Repeated here until nothing is offered, as running the tool again would. Null when a provider has no
    // Fix All and none is required.
    private static async Task<List<string>?> FixAsDotnetFormatAsync(VerifierOptions options, TestComponents components, ImmutableArray<TestSource> sources)
    {
        using var workspace = new AdhocWorkspace();
        var (solution, projectId, documents) = TestWorkspace.Create(workspace, sources, components, options);
        var runner = new CodeFixRunner(components);
        var project = solution.GetProject(projectId)!;
        var diagnostics = await runner.FixableDiagnosticsAsync(project).ConfigureAwait(false);
        var limit = options.MaxFixIterations ?? (2 * diagnostics.Length) + 1;
        var applied = 0;
        while (await runner.FirstOfferedFixAsync(project, diagnostics).ConfigureAwait(false) is { } offered)
        {
            if (applied == limit)
            {
                Assert.Fail($"Fix All as dotnet format: still offering fixes after {limit} rounds (next: {offered}).");
            }

            if (offered.Provider.GetFixAllProvider() is not { } fixAllProvider)
            {
                return null;
            }

            if (!fixAllProvider.GetSupportedFixAllScopes().Contains(FixAllScope.Solution))
            {
                Assert.Fail($"The Fix All provider of {offered.Provider.GetType().FullName} does not support solution scope, which dotnet format needs.");
            }

            var first = (await runner.AnalyzerDiagnosticsAsync(project).ConfigureAwait(false))
                .Where(d => d.Location.SourceTree is { } tree && project.GetDocument(tree) is not null)
                .OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .First();
            var firstDocument = project.GetDocument(first.Location.SourceTree)!;
            Microsoft.CodeAnalysis.CodeActions.CodeAction? keyAction = null;
            await offered.Provider.RegisterCodeFixesAsync(new CodeFixContext(firstDocument, first, (a, _) => keyAction ??= a, default)).ConfigureAwait(false);
            var context = new FixAllContext(
                firstDocument,
                offered.Provider,
                FixAllScope.Solution,
                keyAction?.EquivalenceKey!,
                new[] { offered.Diagnostic.Id },
                new FixAllDiagnosticProvider(runner),
                default);
            var what = $"Fix All as dotnet format #{applied + 1}: {offered.Diagnostic.Id} with the key of {DiagnosticText.Describe(first)} ({keyAction?.EquivalenceKey ?? "null"})";
            var action = await fixAllProvider.GetFixAsync(context).ConfigureAwait(false);
            if (action is null)
            {
                Assert.Fail($"{what}: the Fix All provider returned no action (dotnet format: \"didn't return a Fix All action\").");
            }

            solution = await CodeFixRunner.ApplyAsync(action, solution, what).ConfigureAwait(false);
            applied++;
            project = solution.GetProject(projectId)!;
            diagnostics = await runner.FixableDiagnosticsAsync(project).ConfigureAwait(false);
        }

        return await TextsAsync(solution, documents).ConfigureAwait(false);
    }

    private static async Task<List<string>> TextsAsync(Solution solution, ImmutableArray<DocumentId> documents)
    {
        var texts = new List<string>();
        foreach (var id in documents)
        {
            texts.Add((await solution.GetDocument(id)!.GetTextAsync().ConfigureAwait(false)).ToString());
        }

        return texts;
    }

    private static async Task<Microsoft.CodeAnalysis.CodeActions.CodeAction> FixAllActionAsync(FixAllProvider fixAllProvider, FixAllScope scope, OfferedFix offered, CodeFixRunner runner)
    {
        if (!fixAllProvider.GetSupportedFixAllScopes().Contains(scope))
        {
            Assert.Fail($"The Fix All provider of {offered.Provider.GetType().FullName} does not support {scope} scope.");
        }

        var context = new FixAllContext(
            offered.Document,
            offered.Provider,
            scope,
            offered.Action.EquivalenceKey,
            new[] { offered.Diagnostic.Id },
            new FixAllDiagnosticProvider(runner),
            default);
        var action = await fixAllProvider.GetFixAsync(context).ConfigureAwait(false);
        if (action is null)
        {
            Assert.Fail($"Fix All for {offered} produced no action (does the code action set an EquivalenceKey?).");
        }

        return action;
    }

    private static void AssertTexts(IReadOnlyList<string> expected, IReadOnlyList<string>? actual, string context)
    {
        for (var i = 0; i < expected.Count; i++)
        {
            var want = Normalize(expected[i]);
            var got = Normalize(actual![i]);
            if (want != got)
            {
                Assert.Fail(TextDifference.Describe($"{context}, {TestSource.DefaultPath(i)}", want, got));
            }
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
