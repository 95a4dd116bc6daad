using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace ConvShapeAnalyzers.Tests.Harness;

/// <summary>Checks the diagnostics of test source written with markup: compiles it, runs all generators and
/// analyzers, and compares the prefixed diagnostics with the expectations (see <see cref="ExpectedDiagnostic"/>).
/// Use as <c>using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;</c>.</summary>
public static class AnalyzerVerifier
{
    public static ExpectedDiagnostic Diagnostic(string id) => ExpectedDiagnostic.Diagnostic(id);

    public static Task VerifyAsync(string markupSource, params ExpectedDiagnostic[] expected) =>
        VerifyAsync(VerifierOptions.Default, new[] { markupSource }, expected);

    public static Task VerifyAsync(string[] markupSources, params ExpectedDiagnostic[] expected) =>
        VerifyAsync(VerifierOptions.Default, markupSources, expected);

    public static Task VerifyAsync(VerifierOptions options, string markupSource, params ExpectedDiagnostic[] expected) =>
        VerifyAsync(options, new[] { markupSource }, expected);

    public static Task VerifyAsync(VerifierOptions options, string[] markupSources, params ExpectedDiagnostic[] expected) =>
        VerifyCoreAsync(options, options.ResolvedComponents, markupSources, expected, "Analyzer test");

    internal static async Task VerifyCoreAsync(
        VerifierOptions options,
        TestComponents components,
        IReadOnlyList<string> markupSources,
        IReadOnlyCollection<ExpectedDiagnostic> expected,
        string context)
    {
        var prefix = options.DiagnosticIdPrefix;
        var foreign = expected.FirstOrDefault(e => !e.Id.StartsWith(prefix, StringComparison.Ordinal));
        if (foreign is not null)
        {
            throw new InvalidOperationException($"Expected diagnostic {foreign.Id} does not start with DiagnosticIdPrefix '{prefix}', so it could never match.");
        }

        var marked = MarkedSources.Parse(markupSources);
        var supportedIds = components.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id)
            .Where(id => id.StartsWith(prefix, StringComparison.Ordinal));
        var resolved = ExpectationResolver.Resolve(marked, expected, options.MarkupDiagnosticId, supportedIds);

        var compilation = CompilationFactory.Create(marked.Sources, options.AdditionalReferences);
        var run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(components.Generators), compilation, options.CompilerErrors);
        var analyzerDiagnostics = await AnalyzerRunner.GetDiagnosticsAsync(run.OutputCompilation, components.Analyzers).ConfigureAwait(false);

        var actual = analyzerDiagnostics.Concat(run.GeneratorDiagnostics)
            .Where(d => d.Id.StartsWith(prefix, StringComparison.Ordinal))
            .ToList();
        DiagnosticComparison.AssertMatch(resolved, actual, context);
    }
}
