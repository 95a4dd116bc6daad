using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ConvShapeAnalyzers.Analysis;
using ConvShapeAnalyzers.Core;
using ConvShapeAnalyzers.Tests.Generator;
using ConvShapeAnalyzers.Tests.Harness;
using ConvShapeAnalyzers.Tests.Shared;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace ConvShapeAnalyzers.Tests.Fixtures;

/// <summary>
/// Every case PyTorch 1.13 ran (tests/fixtures/pytorch-shapes.json), declared as a one-layer network in C# and run through
/// the generator and the analyzers: each refusal must be the error its message maps to, each accepted case error-free
/// with PyTorch's output shape as its generated constants.
/// </summary>
public class PyTorchFixtureDiagnosticsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EveryCase_GivesPyTorchsShapeOrTheMappedError()
    {
        using JsonDocument json = FixtureFile.Parse("pytorch-shapes.json");
        JsonElement[] cases = json.RootElement.EnumerateArray().ToArray();
        string source = "using ConvShape;\nnamespace Fixtures;\n" + string.Join("\n", cases.Select((c, n) => Declaration(n, c)));
        GeneratorRun run = GeneratorHarness.Run(CompilationFactory.Create(source));
        ImmutableArray<Diagnostic> diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(run.OutputCompilation, ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new NetworkShapeAnalyzer()));
        ILookup<int, Diagnostic> byCase = diagnostics.ToLookup(d => CaseOf(d));

        var failures = new List<string>();
        int refused = 0, computed = 0;
        for (int n = 0; n < cases.Length; n++)
        {
            string[] errors = byCase[n].Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct().ToArray();
            if (cases[n].TryGetProperty("error", out JsonElement error))
            {
                refused++;
                string expected = ExpectedId(error.GetString()!);
                if (!errors.Contains(expected))
                    failures.Add($"case {n}: PyTorch refused (\"{error.GetString()}\"), expected {expected}, got [{string.Join(", ", errors)}]");
            }
            else
            {
                computed++;
                int[] shape = cases[n].GetProperty("out").EnumerateArray().Select(e => e.GetInt32()).ToArray();
                if (errors.Length > 0)
                    failures.Add($"case {n}: PyTorch computed {string.Join("×", shape)}, but got errors [{string.Join(", ", errors)}]: {byCase[n].First().GetMessage()}");
                else if (run.ShapeText($"Fixtures.Case{n}+Shapes+layer") is var generated && generated != string.Join("×", shape))
                    failures.Add($"case {n}: PyTorch computed {string.Join("×", shape)}, generated {generated ?? "nothing"}");
            }
        }
        output.WriteLine($"{cases.Length} cases: {computed} shapes compared, {refused} refusals mapped");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(400, cases.Length);
    }

    /// <summary>The id of the rule that foresees one of PyTorch's refusals (<see cref="PyTorchRefusals"/>).</summary>
    private static string ExpectedId(string message) => PyTorchRefusals.RuleFor(message)?.Id() ?? "unmapped: " + message;

    private static string Declaration(int n, JsonElement c) =>
        $"[Network({string.Join(", ", PyTorchLayerSource.Ints(c.GetProperty("input")))})] public partial class Case{n} {{ [{PyTorchLayerSource.Attribute(c)}] public object? layer; }}";

    /// <summary>The case a diagnostic belongs to: each case is one line of the source, after the two header lines.</summary>
    private static int CaseOf(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line - 2;
}
