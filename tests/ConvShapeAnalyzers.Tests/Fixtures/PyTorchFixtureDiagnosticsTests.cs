using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using ConvShapeAnalyzers.Analysis;
using ConvShapeAnalyzers.Core;
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
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "pytorch-shapes.json")));
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
                else if (!GeneratedShape(run, n).SequenceEqual(shape))
                    failures.Add($"case {n}: PyTorch computed {string.Join("×", shape)}, generated {string.Join("×", GeneratedShape(run, n))}");
            }
        }
        output.WriteLine($"{cases.Length} cases: {computed} shapes compared, {refused} refusals mapped");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(400, cases.Length);
    }

    /// <summary>The id of the rule that foresees one of PyTorch's refusals (<see cref="PyTorchRefusals"/>).</summary>
    private static string ExpectedId(string message) => PyTorchRefusals.RuleFor(message)?.Id() ?? "unmapped: " + message;

    private static string Declaration(int n, JsonElement c)
    {
        string kind = c.GetProperty("kind").GetString()!;
        int nd = c.GetProperty("nd").GetInt32();
        JsonElement p = c.GetProperty("params");
        int[] input = c.GetProperty("input").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var arguments = new List<string>();
        string module = kind switch { "conv" => "Conv", "convtranspose" => "ConvTranspose", "maxpool" => "MaxPool", _ => "AvgPool" } + nd + "d";
        if (kind is "conv" or "convtranspose")
        {
            arguments.Add(p.GetProperty("in_channels").GetInt32().ToString());
            arguments.Add(p.GetProperty("out_channels").GetInt32().ToString());
        }
        arguments.Add(Array(p.GetProperty("kernel_size")));
        arguments.Add("Stride = " + Array(p.GetProperty("stride")));
        JsonElement padding = p.GetProperty("padding");
        arguments.Add("Padding = " + (padding.ValueKind == JsonValueKind.String ? (padding.GetString() == "same" ? "Pad.Same" : "Pad.Valid") : Array(padding)));
        if (p.TryGetProperty("dilation", out JsonElement dilation))
            arguments.Add("Dilation = " + Array(dilation));
        if (p.TryGetProperty("output_padding", out JsonElement outputPadding))
            arguments.Add("OutputPadding = " + Array(outputPadding));
        if (p.TryGetProperty("groups", out JsonElement groups))
            arguments.Add("Groups = " + groups.GetInt32());
        if (p.TryGetProperty("ceil_mode", out JsonElement ceil) && ceil.GetBoolean())
            arguments.Add("CeilMode = true");
        return $"[Network({string.Join(", ", input)})] public partial class Case{n} {{ [{module}({string.Join(", ", arguments)})] public object? layer; }}";
    }

    private static string Array(JsonElement values) => "new[] { " + string.Join(", ", values.EnumerateArray().Select(v => v.GetInt32())) + " }";

    /// <summary>The case a diagnostic belongs to: each case is one line of the source, after the two header lines.</summary>
    private static int CaseOf(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line - 2;

    private static int[] GeneratedShape(GeneratorRun run, int n)
    {
        INamedTypeSymbol? layer = run.OutputCompilation.GetTypeByMetadataName($"Fixtures.Case{n}+Shapes+layer");
        if (layer is null)
            return System.Array.Empty<int>();
        string[] names = { "Channels", "Length", "Depth", "Height", "Width" };
        return layer.GetMembers().OfType<IFieldSymbol>().Where(f => names.Contains(f.Name))
            .OrderBy(f => f.Name == "Channels" ? 0 : f.Name is "Length" or "Depth" ? 1 : f.Name == "Height" ? 2 : 3)
            .Select(f => (int)f.ConstantValue!).ToArray();
    }
}
