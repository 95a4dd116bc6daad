using System.Collections.Generic;
using System.Linq;
using ConvShapeAnalyzers.Core;
using Xunit;
using Xunit.Abstractions;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>
    /// tests/fixtures/pytorch-chains.json: 500 random chains of every layer kind run through PyTorch 1.13. Every layer
    /// PyTorch ran must have PyTorch's output shape and parameter count and no error; the layer PyTorch refused must carry
    /// an error of the matching rule (PyTorchFixtureTests.RuleFor).
    /// </summary>
    public sealed class PyTorchChainTests
    {
        private readonly ITestOutputHelper output;

        public PyTorchChainTests(ITestOutputHelper output) => this.output = output;

        public static IEnumerable<object[]> Cases => ChainCase.All.Select(c => new object[] { c.Index });

        [Theory]
        [MemberData(nameof(Cases))]
        public void PyTorchChain_CoreAgreesOnEveryLayer(int index)
        {
            ChainCase chain = ChainCase.All[index];
            output.WriteLine(chain.Text);
            NetworkReport report = NetworkAnalyzer.Analyze(chain.ToNetwork());
            output.WriteLine(report.Describe());

            int ran = chain.Shapes.Length;
            Assert.DoesNotContain(report.Errors(), f => f.Layer < ran);
            for (int n = 0; n < ran; n++)
            {
                Assert.Equal(ChainCase.Shape(chain.Shapes[n]), report.Layers[n].Output);
                Assert.Equal(chain.Parameters[n], report.Layers[n].Parameters);
            }
            if (chain.Error is null)
            {
                Assert.Empty(report.Errors());
                return;
            }
            Rule? rule = PyTorchFixtureTests.RuleFor(chain.Error);
            Assert.True(rule is not null, "no rule stands for PyTorch's refusal \"" + chain.Error + "\"; map it in RuleFor");
            Assert.Contains(report.Errors(), f => f.Layer == ran && f.Rule == rule);
        }

        [Fact]
        public void PyTorchChains_CoverEveryLayerKindAndEveryRefusalMaps()
        {
            IReadOnlyList<ChainCase> chains = ChainCase.All;
            var kinds = chains.SelectMany(c => c.Layers).GroupBy(l => l.Kind).ToDictionary(g => g.Key, g => g.Count());
            foreach (KeyValuePair<LayerKind, int> kind in kinds)
                output.WriteLine(kind.Key + ": " + kind.Value + " layers");
            output.WriteLine(chains.Sum(c => c.Shapes.Length) + " layer outputs compared; " + chains.Count(c => c.Error is not null) + " chains refused");

            Assert.Equal(500, chains.Count);
            foreach (LayerKind kind in new[] { LayerKind.Conv, LayerKind.ConvTranspose, LayerKind.MaxPool, LayerKind.AvgPool, LayerKind.AdaptiveAvgPool,
                LayerKind.AdaptiveMaxPool, LayerKind.Upsample, LayerKind.BatchNorm, LayerKind.ZeroPad, LayerKind.Flatten, LayerKind.Linear, LayerKind.Identity })
                Assert.True(kinds.ContainsKey(kind), kind + " is in no chain");
            Assert.All(chains, c => Assert.Equal(c.Shapes.Length, c.Parameters.Length));
            Assert.DoesNotContain(chains, c => c.Error is not null && PyTorchFixtureTests.RuleFor(c.Error) is null);
        }
    }
}
