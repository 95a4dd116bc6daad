using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
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
/// The networks PyTorch 1.13 ran (tests/fixtures/pytorch-chains.json: random chains of every layer kind; pytorch-edge-chains.json:
/// more on small inputs with large kernels, strides, paddings and dilations;
/// pytorch-graphs.json: random U-Nets; pytorch-dags.json: random DAGs; pytorch-adaptive-chains.json: adaptive pooling with None; pytorch-list-chains.json: lists of one value; pytorch-option-chains.json: PyTorch's modes and keywords; pytorch-padding-chains.json: reflection, replication and constant padding; pytorch-norm-chains.json: InstanceNorm and GroupNorm; pytorch-shuffle-chains.json: PixelShuffle and PixelUnshuffle), declared in C# with the attributes and run through the generator and the
/// analyzers: every layer PyTorch ran gets PyTorch's shape and parameter count as generated constants and no error, the
/// layer PyTorch refused gets the error its message maps to, and a mirroring transposed convolution warns (CSA3002)
/// exactly when PyTorch's output missed its partner's input.
/// </summary>
public class PyTorchNetworkDiagnosticsTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("pytorch-chains.json", 500)]
    [InlineData("pytorch-edge-chains.json", 1000)]
    [InlineData("pytorch-graphs.json", 200)]
    [InlineData("pytorch-dags.json", 500)]
    [InlineData("pytorch-adaptive-chains.json", 200)]
    [InlineData("pytorch-list-chains.json", 300)]
    [InlineData("pytorch-option-chains.json", 400)]
    [InlineData("pytorch-padding-chains.json", 300)]
    [InlineData("pytorch-norm-chains.json", 300)]
    [InlineData("pytorch-shuffle-chains.json", 200)]
    public async Task EveryNetwork_GivesPyTorchsShapesOrTheMappedError(string file, int count)
    {
        using JsonDocument json = FixtureFile.Parse(file);
        JsonElement[] networks = json.RootElement.EnumerateArray().ToArray();
        var source = new PyTorchNetworkSource(networks);
        GeneratorRun run = GeneratorHarness.Run(CompilationFactory.Create(source.Text));
        ImmutableArray<Diagnostic> diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(run.OutputCompilation, ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new NetworkShapeAnalyzer()));
        ILookup<(int Network, int Layer), Diagnostic> byLayer = diagnostics.ToLookup(d => d.Location.IsInSource ? source.At(d.Location.GetLineSpan().StartLinePosition.Line) : (-1, -1));

        var failures = new List<string>();
        int compared = 0;
        for (int n = 0; n < networks.Length; n++)
        {
            JsonElement[] shapes = networks[n].GetProperty("shapes").EnumerateArray().ToArray();
            long[] parameters = networks[n].GetProperty("parameters").EnumerateArray().Select(p => p.GetInt64()).ToArray();
            JsonElement[] layers = networks[n].GetProperty("layers").EnumerateArray().ToArray();
            for (int l = 0; l < shapes.Length; l++, compared++)
            {
                string where = $"Net{n}.l{l} ({PyTorchLayerSource.Attribute(layers[l])})";
                if (byLayer[(n, l)].FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
                    failures.Add($"{where}: PyTorch ran it, but {error.Id}: {error.GetMessage(CultureInfo.InvariantCulture)}");
                string expected = string.Join("×", PyTorchLayerSource.Ints(shapes[l])) + ", " + parameters[l] + " parameters";
                string generated = Generated(run, n, l);
                if (generated != expected)
                    failures.Add($"{where}: PyTorch gave {expected}, generated {generated}");
                if (layers[l].TryGetProperty("restores", out JsonElement restores)
                    && restores.GetBoolean() == byLayer[(n, l)].Any(d => d.Id == "CSA3002"))
                    failures.Add($"{where}: PyTorch's output {(restores.GetBoolean() ? "restored" : "missed")} its partner's input, CSA3002 {(restores.GetBoolean() ? "reported" : "missing")}");
            }
            if (networks[n].TryGetProperty("error", out JsonElement refusal))
            {
                string expected = ExpectedId(refusal.GetString()!);
                string[] errors = byLayer[(n, shapes.Length)].Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).ToArray();
                if (!errors.Contains(expected))
                    failures.Add($"Net{n}.l{shapes.Length} ({PyTorchLayerSource.Attribute(layers[shapes.Length])}): PyTorch refused (\"{refusal.GetString()}\"), expected {expected}, got [{string.Join(", ", errors)}]");
            }
            else if (byLayer.Where(g => g.Key.Network == n).SelectMany(g => g).FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } stray)
                failures.Add($"Net{n}: PyTorch ran every layer, but {stray.Id}: {stray.GetMessage(CultureInfo.InvariantCulture)}");
        }
        output.WriteLine($"{networks.Length} networks, {compared} layers compared");
        Assert.True(failures.Count == 0, failures.Count + " disagreements:\n" + string.Join("\n", failures.Take(30)));
        Assert.Equal(count, networks.Length);
    }

    /// <summary>The id of the rule that foresees one of PyTorch's refusals (<see cref="PyTorchRefusals"/>).</summary>
    private static string ExpectedId(string message) => PyTorchRefusals.RuleFor(message)?.Id() ?? "unmapped: " + message;

    /// <summary>A layer's generated shape and parameter count, as "16×8×8, 448 parameters" (flat: "2048, …").</summary>
    private static string Generated(GeneratorRun run, int network, int layer)
    {
        string name = $"Fixtures.Net{network}+Shapes+l{layer}";
        return run.ShapeText(name) is { } shape ? shape + ", " + run.Constants(name)["Parameters"] + " parameters" : "nothing";
    }
}
