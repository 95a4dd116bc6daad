using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace ConvShapeAnalyzers.Tests.Fixtures;

/// <summary>
/// The networks of a PyTorch fixture file as one C# file, <c>Fixtures.Net0</c>, <c>Net1</c>, ... with layers l0, l1, ...,
/// one layer per line, so that a diagnostic's line says which network and layer it is about.
/// </summary>
internal sealed class PyTorchNetworkSource
{
    private readonly List<(int Network, int Layer)> lines = new() { (-1, -1), (-1, -1) };

    public PyTorchNetworkSource(IReadOnlyList<JsonElement> networks)
    {
        var source = new StringBuilder("using ConvShape;\nnamespace Fixtures;\n");
        for (int n = 0; n < networks.Count; n++)
        {
            int[] input = PyTorchLayerSource.Ints(networks[n].GetProperty("input"));
            source.Append("[Network(").Append(string.Join(", ", input)).Append(")] public partial class Net").Append(n).Append(" {\n");
            lines.Add((n, -1));
            JsonElement[] layers = networks[n].GetProperty("layers").EnumerateArray().ToArray();
            for (int l = 0; l < layers.Length; l++)
            {
                source.Append("    [").Append(PyTorchLayerSource.Attribute(layers[l])).Append("] public object? l").Append(l).Append(";\n");
                lines.Add((n, l));
            }
            source.Append("}\n");
            lines.Add((n, -1));
        }
        Text = source.ToString();
    }

    public string Text { get; }

    /// <summary>The network and layer declared on a (zero-based) line; layer −1 for the lines around the layers.</summary>
    public (int Network, int Layer) At(int line) => line < lines.Count ? lines[line] : (-1, -1);
}
