using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ConvShapeAnalyzers.Analysis;
using ConvShapeAnalyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;
using Xunit.Abstractions;
using ConvShapeAnalyzers.Tests.Shared;

namespace ConvShapeAnalyzers.Tests.Fixtures;

/// <summary>
/// The code fixes on the networks PyTorch 1.13 ran (the four fixture files of <see cref="PyTorchNetworkDiagnosticsTests"/>):
/// every fix offered removes the finding it was offered for and brings its layer no error it did not have. One fix per
/// network per round (the first finding with a fix), all made by the fixers' own Fix All, then everything analyzed again,
/// until nothing is offered: a fix that changes the shapes after it (a padding written in) shows its effect in the next round.
/// </summary>
public class PyTorchNetworkFixTests(ITestOutputHelper output)
{
    private const int MaxRounds = 30;

    [Theory]
    [InlineData("pytorch-chains.json")]
    [InlineData("pytorch-edge-chains.json")]
    [InlineData("pytorch-graphs.json")]
    [InlineData("pytorch-dags.json")]
    public async Task EveryOfferedFix_RemovesItsFinding_AndBringsItsLayerNoNewError(string file)
    {
        using JsonDocument json = FixtureFile.Parse(file);
        var source = new PyTorchNetworkSource(json.RootElement.EnumerateArray().ToArray());
        TestComponents components = TestComponents.Default;
        using var workspace = new AdhocWorkspace();
        var (solution, projectId, documents) = TestWorkspace.Create(workspace, new[] { new TestSource("/0/Fixtures.cs", source.Text) }, components, VerifierOptions.Default);
        var runner = new CodeFixRunner(components);
        var failures = new List<string>();
        var applied = new SortedDictionary<string, int>(StringComparer.Ordinal);

        ImmutableArray<Diagnostic> diagnostics = await runner.AnalyzerDiagnosticsAsync(solution.GetProject(projectId)!);
        int round = 0;
        for (; ; round++)
        {
            List<Diagnostic> chosen = diagnostics
                .Where(d => d.Location.IsInSource && d.Properties.ContainsKey(FixTargets.FixKey) && d.Properties.ContainsKey(FixTargets.TargetKey))
                .GroupBy(d => Place(source, d).Network)
                .Select(network => network.OrderBy(d => d.Location.SourceSpan.Start).First())
                .ToList();
            if (chosen.Count == 0)
                break;
            Assert.True(round < MaxRounds, $"still offering fixes after {MaxRounds} rounds: {Describe(source, chosen[0])}");

            var before = diagnostics.ToLookup(d => Place(source, d));
            // One fixer: the fixture networks are all partial, so every fix is SetArgumentCodeFix's (one snapshot for all of them).
            CodeFixProvider fixer = chosen.Select(d => components.CodeFixes.Single(p => p.FixableDiagnosticIds.Contains(d.Id))).Distinct().Single();
            var context = new FixAllContext(
                solution.GetDocument(documents[0])!,
                fixer,
                FixAllScope.Document,
                null!,
                chosen.Select(d => d.Id).Distinct(),
                new Exactly(chosen.ToImmutableArray()),
                default);
            var action = await fixer.GetFixAllProvider()!.GetFixAsync(context);
            Assert.NotNull(action);
            solution = await CodeFixRunner.ApplyAsync(action, solution, $"round {round + 1}");

            diagnostics = await runner.AnalyzerDiagnosticsAsync(solution.GetProject(projectId)!);
            var after = diagnostics.ToLookup(d => Place(source, d));
            foreach (Diagnostic fixedOne in chosen)
            {
                var place = Place(source, fixedOne);
                applied[fixedOne.Id] = applied.TryGetValue(fixedOne.Id, out int n) ? n + 1 : 1;
                string fix = fixedOne.Properties[FixTargets.TargetKey] + " = " + fixedOne.Properties[FixTargets.FixKey];
                if (after[place].FirstOrDefault(d => d.Id == fixedOne.Id) is { } still)
                    failures.Add($"{Describe(source, fixedOne)}\n  fixed with {fix}, still: {still.GetMessage(CultureInfo.InvariantCulture)}");
                var errorsBefore = before[place].Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).ToHashSet();
                foreach (Diagnostic brought in after[place].Where(d => d.Severity == DiagnosticSeverity.Error && !errorsBefore.Contains(d.Id)))
                    failures.Add($"{Describe(source, fixedOne)}\n  fixed with {fix}, brought {brought.Id}: {brought.GetMessage(CultureInfo.InvariantCulture)}");
            }
        }

        output.WriteLine($"{round} rounds; fixes applied: {string.Join(", ", applied.Select(p => p.Key + " " + p.Value))}");
        Assert.True(failures.Count == 0, failures.Count + " fixes went wrong:\n" + string.Join("\n", failures.Take(20)));
    }

    [Theory]
    [InlineData("pytorch-chains.json")]
    [InlineData("pytorch-edge-chains.json")]
    [InlineData("pytorch-graphs.json")]
    [InlineData("pytorch-dags.json")]
    public async Task ChannelsMadeWrong_AreWrittenBackAsPyTorchRanThem(string file)
    {
        // In every network, the first convolution, Linear or BatchNorm PyTorch ran gets twice its in_channels (in_features,
        // num_features), a multiple of its groups still; the fixes of CSA2001 and CSA2002 must give back the very text PyTorch ran.
        using JsonDocument json = FixtureFile.Parse(file);
        JsonElement[] networks = json.RootElement.EnumerateArray().ToArray();
        var source = new PyTorchNetworkSource(networks);
        string[] lines = source.Text.Split('\n');
        var wronged = new HashSet<(int Network, int Layer)>();
        for (int line = 0; line < lines.Length; line++)
        {
            var (network, layer) = source.At(line);
            var firstArgument = Regex.Match(lines[line], @"\[(Conv\dd|ConvTranspose\dd|Linear|BatchNorm\dd)\((\d+)");
            if (layer < 0 || !firstArgument.Success || layer >= networks[network].GetProperty("shapes").GetArrayLength() || wronged.Any(w => w.Network == network))
                continue;
            Group value = firstArgument.Groups[2];
            lines[line] = lines[line].Substring(0, value.Index) + (2 * int.Parse(value.Value, CultureInfo.InvariantCulture)) + lines[line].Substring(value.Index + value.Length);
            wronged.Add((network, layer));
        }

        TestComponents components = TestComponents.Default;
        using var workspace = new AdhocWorkspace();
        var (solution, _, documents) = TestWorkspace.Create(workspace, new[] { new TestSource("/0/Fixtures.cs", string.Join("\n", lines)) }, components, VerifierOptions.Default);
        var runner = new CodeFixRunner(components);
        var reported = (await runner.AnalyzerDiagnosticsAsync(solution.Projects.Single()))
            .Where(d => d.Id is "CSA2001" or "CSA2002" && wronged.Contains(Place(source, d)))
            .ToImmutableArray();
        Assert.Equal(wronged.OrderBy(w => w).ToArray(), reported.Select(d => Place(source, d)).Distinct().OrderBy(w => w).ToArray());

        CodeFixProvider fixer = components.CodeFixes.Single(p => p.FixableDiagnosticIds.Contains("CSA2001"));
        var context = new FixAllContext(solution.GetDocument(documents[0])!, fixer, FixAllScope.Document, null!, new[] { "CSA2001", "CSA2002" }, new Exactly(reported), default);
        var action = await fixer.GetFixAllProvider()!.GetFixAsync(context);
        Assert.NotNull(action);
        solution = await CodeFixRunner.ApplyAsync(action, solution, "the channels written back");
        string fixedText = (await solution.GetDocument(documents[0])!.GetTextAsync()).ToString();
        output.WriteLine($"{wronged.Count} layers made wrong and written back");
        Assert.True(fixedText == source.Text, TextDifference.Describe("the networks after the fixes", source.Text, fixedText));
    }

    private static (int Network, int Layer) Place(PyTorchNetworkSource source, Diagnostic diagnostic) =>
        diagnostic.Location.IsInSource ? source.At(diagnostic.Location.GetLineSpan().StartLinePosition.Line) : (-1, -1);

    private static string Describe(PyTorchNetworkSource source, Diagnostic diagnostic) =>
        $"Net{Place(source, diagnostic).Network}.l{Place(source, diagnostic).Layer} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";

    /// <summary>Hands Fix All exactly the chosen diagnostics (it filters them by id itself).</summary>
    private sealed class Exactly(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
