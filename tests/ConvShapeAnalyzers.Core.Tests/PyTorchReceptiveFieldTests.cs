using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ConvShapeAnalyzers.Core;
using ConvShapeAnalyzers.Tests.Shared;
using Xunit;
using Xunit.Abstractions;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>
    /// tests/fixtures/pytorch-receptive-fields.json (generate-pytorch-receptive-fields.py): the receptive field and jump of
    /// every layer of the random chains of pytorch-chains.json, pytorch-edge-chains.json and pytorch-adaptive-chains.json and of
    /// the DAGs of pytorch-dags.json (a join's field the union of its branches' spans), measured per axis with PyTorch's
    /// autograd (the span of input positions with a non-zero gradient for one output element, and how far it moves to the next;
    /// adaptive pooling's windows read from PyTorch's module at the size it ran at). Each listed layer's field must be the
    /// core's; where the fixture has null (after adaptive pooling whose windows differ, Upsample, a transposed convolution,
    /// Flatten or Linear) the core must leave the field undefined.
    /// </summary>
    public sealed class PyTorchReceptiveFieldTests
    {
        private readonly ITestOutputHelper output;

        public PyTorchReceptiveFieldTests(ITestOutputHelper output) => this.output = output;

        public static IEnumerable<object[]> Cases => FieldCases.Select((_, n) => new object[] { n });

        [Theory]
        [MemberData(nameof(Cases))]
        public void ReceptiveField_IsTheSpanPyTorchsGradientReaches(int index)
        {
            (ChainCase chain, ReceptiveField[]?[] fields) = FieldCases[index];
            output.WriteLine(chain.Text);
            NetworkReport report = NetworkAnalyzer.Analyze(chain.ToNetwork());
            output.WriteLine(report.Describe());

            for (int n = 0; n < fields.Length; n++)
            {
                Assert.Equal(ChainCase.Shape(chain.Shapes[n]), report.Layers[n].Output);
                Assert.Equal(fields[n] ?? new ReceptiveField[0], report.Layers[n].ReceptiveField.ToArray());
            }
        }

        private static readonly IReadOnlyList<(ChainCase Chain, ReceptiveField[]?[] Fields)> FieldCases =
            FixtureFile.Load("pytorch-receptive-fields.json", (_, json) => (Chain(json), Fields(json.GetProperty("fields"))));

        private static ChainCase Chain(JsonElement json)
        {
            int index = json.GetProperty("index").GetInt32();
            return json.GetProperty("file").GetString() switch
            {
                "pytorch-chains.json" => ChainCase.Chains[index],
                "pytorch-edge-chains.json" => ChainCase.EdgeChains[index],
                "pytorch-adaptive-chains.json" => ChainCase.AdaptiveChains[index],
                "pytorch-dags.json" => ChainCase.Dags[index],
                var other => throw new System.IO.InvalidDataException("unknown chain file " + other),
            };
        }

        private static ReceptiveField[]?[] Fields(JsonElement layers) => layers.EnumerateArray()
            .Select(layer => layer.ValueKind == JsonValueKind.Null ? null
                : layer.EnumerateArray().Select(axis => new ReceptiveField(axis[0].GetInt64(), axis[1].GetInt64())).ToArray())
            .ToArray();
    }
}
