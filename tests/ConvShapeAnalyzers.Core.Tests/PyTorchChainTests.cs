using System.Collections.Generic;
using System.Linq;
using ConvShapeAnalyzers.Core;
using ConvShapeAnalyzers.Tests.Shared;
using Xunit;
using Xunit.Abstractions;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>
    /// tests/fixtures/pytorch-chains.json (500 random chains of every layer kind), pytorch-edge-chains.json (1,000 more on
    /// small inputs with large kernels, strides, paddings and dilations, where most of PyTorch's refusals lie), pytorch-graphs.json (200 random
    /// U-Nets: mirroring transposed convolutions, crops, concatenated and added skips), pytorch-dags.json (500 random DAGs: layers
    /// and joins reading any earlier layer, flat and spatial branches side by side), pytorch-adaptive-chains.json (200 chains
    /// whose adaptive pooling keeps axes with None, or puts None where PyTorch refuses it) and pytorch-list-chains.json (300
    /// chains with lists of one value, which PyTorch reads as the number for some parameters and refuses for others) and
    /// pytorch-option-chains.json (400 chains whose layers take PyTorch's keywords that change no size but that PyTorch
    /// checks, or that change the parameter count: padding_mode, Upsample's mode, BatchNorm's affine, AvgPool's divisor) and
    /// pytorch-padding-chains.json (300 chains of mostly ReflectionPad, ReplicationPad, ConstantPad and ZeroPad, with sides
    /// around the input size and counts of pairs PyTorch takes or refuses) and pytorch-norm-chains.json (300 chains with
    /// InstanceNorm and GroupNorm) and pytorch-shuffle-chains.json (200 2-D chains with PixelShuffle and PixelUnshuffle), run
    /// through PyTorch 1.13. Every
    /// layer PyTorch ran must have PyTorch's output shape and parameter count and no error; the layer PyTorch refused must
    /// carry an error of the matching rule (PyTorchRefusals.RuleFor); a mirroring layer warns (CSA3002) exactly when
    /// PyTorch's output missed its partner's input size.
    /// </summary>
    public sealed class PyTorchChainTests
    {
        private readonly ITestOutputHelper output;

        public PyTorchChainTests(ITestOutputHelper output) => this.output = output;

        public static IEnumerable<object[]> Chains => ChainCase.Chains.Select(c => new object[] { c.Index });

        public static IEnumerable<object[]> EdgeChains => ChainCase.EdgeChains.Select(c => new object[] { c.Index });

        public static IEnumerable<object[]> Dags => ChainCase.Dags.Select(c => new object[] { c.Index });

        public static IEnumerable<object[]> Graphs => ChainCase.Graphs.Select(c => new object[] { c.Index });

        public static IEnumerable<object[]> AdaptiveChains => ChainCase.AdaptiveChains.Select(c => new object[] { c.Index });

        public static IEnumerable<object[]> ListChains => ChainCase.ListChains.Select(c => new object[] { c.Index });

        public static IEnumerable<object[]> OptionChains => ChainCase.OptionChains.Select(c => new object[] { c.Index });

        public static IEnumerable<object[]> PaddingChains => ChainCase.PaddingChains.Select(c => new object[] { c.Index });

        public static IEnumerable<object[]> NormChains => ChainCase.NormChains.Select(c => new object[] { c.Index });

        public static IEnumerable<object[]> ShuffleChains => ChainCase.ShuffleChains.Select(c => new object[] { c.Index });

        [Theory]
        [MemberData(nameof(Chains))]
        public void PyTorchChain_CoreAgreesOnEveryLayer(int index) => AssertAgrees(ChainCase.Chains[index]);

        [Theory]
        [MemberData(nameof(EdgeChains))]
        public void PyTorchEdgeChain_CoreAgreesOnEveryLayer(int index) => AssertAgrees(ChainCase.EdgeChains[index]);

        [Theory]
        [MemberData(nameof(Graphs))]
        public void PyTorchUNet_CoreAgreesOnEveryLayer(int index) => AssertAgrees(ChainCase.Graphs[index]);

        [Theory]
        [MemberData(nameof(Dags))]
        public void PyTorchDag_CoreAgreesOnEveryLayer(int index) => AssertAgrees(ChainCase.Dags[index]);

        [Theory]
        [MemberData(nameof(AdaptiveChains))]
        public void PyTorchAdaptiveChain_CoreAgreesOnEveryLayer(int index) => AssertAgrees(ChainCase.AdaptiveChains[index]);

        [Theory]
        [MemberData(nameof(ListChains))]
        public void PyTorchListChain_CoreAgreesOnEveryLayer(int index) => AssertAgrees(ChainCase.ListChains[index]);

        [Theory]
        [MemberData(nameof(OptionChains))]
        public void PyTorchOptionChain_CoreAgreesOnEveryLayer(int index) => AssertAgrees(ChainCase.OptionChains[index]);

        [Theory]
        [MemberData(nameof(PaddingChains))]
        public void PyTorchPaddingChain_CoreAgreesOnEveryLayer(int index) => AssertAgrees(ChainCase.PaddingChains[index]);

        [Theory]
        [MemberData(nameof(NormChains))]
        public void PyTorchNormChain_CoreAgreesOnEveryLayer(int index) => AssertAgrees(ChainCase.NormChains[index]);

        [Theory]
        [MemberData(nameof(ShuffleChains))]
        public void PyTorchShuffleChain_CoreAgreesOnEveryLayer(int index) => AssertAgrees(ChainCase.ShuffleChains[index]);

        private void AssertAgrees(ChainCase network)
        {
            output.WriteLine(network.Text);
            NetworkReport report = NetworkAnalyzer.Analyze(network.ToNetwork());
            output.WriteLine(report.Describe());

            int ran = network.Shapes.Length;
            Assert.DoesNotContain(report.Errors(), f => f.Layer < ran);
            for (int n = 0; n < ran; n++)
            {
                Assert.Equal(ChainCase.Shape(network.Shapes[n]), report.Layers[n].Output);
                Assert.Equal(network.Parameters[n], report.Layers[n].Parameters);
                if (network.Restores[n] is { } restores)
                    Assert.Equal(!restores, report.Findings.Any(f => f.Layer == n && f.Rule == Rule.MirrorMismatch));
            }
            if (network.Error is null)
            {
                Assert.Empty(report.Errors());
                return;
            }
            Rule? rule = PyTorchRefusals.RuleFor(network.Error);
            Assert.True(rule is not null, "no rule stands for PyTorch's refusal \"" + network.Error + "\"; map it in PyTorchRefusals");
            Assert.Contains(report.Errors(), f => f.Layer == ran && f.Rule == rule);
        }

        [Fact]
        public void PyTorchChainsAndUNets_CoverEveryLayerKindAndEveryRefusalMaps()
        {
            IReadOnlyList<ChainCase> all = ChainCase.Chains.Concat(ChainCase.EdgeChains).Concat(ChainCase.Graphs).Concat(ChainCase.Dags).Concat(ChainCase.AdaptiveChains).Concat(ChainCase.ListChains).Concat(ChainCase.OptionChains).Concat(ChainCase.PaddingChains).Concat(ChainCase.NormChains).Concat(ChainCase.ShuffleChains).ToList();
            var kinds = all.SelectMany(c => c.Layers).GroupBy(l => l.Kind).ToDictionary(g => g.Key, g => g.Count());
            foreach (KeyValuePair<LayerKind, int> kind in kinds)
                output.WriteLine(kind.Key + ": " + kind.Value + " layers");
            output.WriteLine(all.Sum(c => c.Shapes.Length) + " layer outputs compared; " + all.Count(c => c.Error is not null) + " networks refused; "
                + all.Sum(c => c.Restores.Count(r => r == false)) + " mirrors that miss, " + all.Sum(c => c.Restores.Count(r => r == true)) + " that restore");

            Assert.Equal(500, ChainCase.Chains.Count);
            Assert.Equal(1000, ChainCase.EdgeChains.Count);
            Assert.Equal(200, ChainCase.Graphs.Count);
            Assert.Equal(500, ChainCase.Dags.Count);
            Assert.Equal(200, ChainCase.AdaptiveChains.Count);
            // The adaptive chains run None (a kept axis) in 2-D and 3-D pooling, and hold PyTorch's refusals of it elsewhere.
            Assert.Contains(ChainCase.AdaptiveChains, c => c.Layers.Take(c.Shapes.Length).Any(l => l.Size is { Kept: not 0 }));
            Assert.Contains(ChainCase.AdaptiveChains, c => c.Error is not null && c.Layers[c.Shapes.Length].Problems.Any(p => p.Param == Param.Size));
            Assert.Equal(300, ChainCase.ListChains.Count);
            // The list chains hold lists of one that PyTorch ran on 2-D and 3-D layers, and ones it refused.
            Assert.Contains(ChainCase.ListChains, c => c.Layers.Take(c.Shapes.Length).Any(l => l.Rank > 1 && l.Stride is { ListOfOne: true }));
            Assert.Contains(ChainCase.ListChains, c => c.Error is not null && c.Layers[c.Shapes.Length] is { Rank: > 1, Kernel.ListOfOne: true });
            Assert.Equal(400, ChainCase.OptionChains.Count);
            // The option chains run every padding mode and BatchNorm without Affine, and hold PyTorch's refusals at each limit.
            foreach (string mode in new[] { "reflect", "replicate", "circular" })
                Assert.Contains(ChainCase.OptionChains, c => c.Layers.Take(c.Shapes.Length).Any(l => l.PaddingMode == mode));
            Assert.Contains(ChainCase.OptionChains, c => c.Layers.Take(c.Shapes.Length).Any(l => l is { Kind: LayerKind.BatchNorm, Affine: false }));
            foreach (string refusal in new[] { "Padding size should be less than", "wrapping around more than once", "Only \"zeros\" padding mode", "padding_mode must be one of",
                "align_corners option can only be set", "recompute_scale_factor is not meaningful", "divisor must be not zero", "mode needs", "(got bicubic)" })
                Assert.Contains(ChainCase.OptionChains, c => c.Error?.Contains(refusal) == true);
            Assert.Equal(300, ChainCase.PaddingChains.Count);
            // The padding chains run reflection and replication on their channels too, and hold PyTorch's refusals of the limit
            // and of the counts of pairs.
            foreach (LayerKind kind in new[] { LayerKind.ReflectionPad, LayerKind.ReplicationPad })
                Assert.Contains(ChainCase.PaddingChains, c => c.Layers.Take(c.Shapes.Length).Any(l => l.Kind == kind && l.Padding?.Values.Count == 2 * l.Rank + 2));
            foreach (string refusal in new[] { "Padding size should be less than", "non-constant padding are supported", "Padding length must be divisible by 2" })
                Assert.Contains(ChainCase.PaddingChains, c => c.Error?.Contains(refusal) == true);
            Assert.Equal(300, ChainCase.NormChains.Count);
            // The norm chains run InstanceNorm with a wrong num_features where PyTorch never compares it, and GroupNorm on the flat
            // vector, and hold PyTorch's refusals of each.
            Assert.Contains(ChainCase.NormChains, c => c.Shapes.Select((shape, n) => (shape, layer: c.Layers[n])).Any(l => l.layer is { Kind: LayerKind.InstanceNorm, Affine: false, TrackRunningStats: false } && l.layer.InChannels != l.shape[0]));
            Assert.Contains(ChainCase.NormChains, c => c.Layers.Take(c.Shapes.Length).Any(l => l.Kind == LayerKind.GroupNorm) && c.Shapes.Any(s => s.Length == 1));
            foreach (string refusal in new[] { "num_channels must be divisible by num_groups", "Expected weight to be a vector of size", "Expected more than 1 spatial element", "weight should contain", "integer modulo by zero" })
                Assert.Contains(ChainCase.NormChains, c => c.Error?.Contains(refusal) == true);
            Assert.Equal(200, ChainCase.ShuffleChains.Count);
            foreach (string refusal in new[] { "divisible by the square of upscale_factor", "expects height to be divisible", "expects width to be divisible", "expects a positive" })
                Assert.Contains(ChainCase.ShuffleChains, c => c.Error?.Contains(refusal) == true);
            foreach (LayerKind kind in System.Enum.GetValues(typeof(LayerKind)))
                Assert.True(kinds.ContainsKey(kind), kind + " is in no network");
            Assert.All(all, c => Assert.Equal(c.Shapes.Length, c.Parameters.Length));
            Assert.Contains(all, c => c.Restores.Contains(true));
            Assert.Contains(all, c => c.Restores.Contains(false));
            Assert.DoesNotContain(all, c => c.Error is not null && PyTorchRefusals.RuleFor(c.Error) is null);
        }
    }
}
