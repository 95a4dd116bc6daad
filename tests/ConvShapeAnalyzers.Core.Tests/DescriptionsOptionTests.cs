using System.Linq;
using ConvShapeAnalyzers.Core;
using ConvShapeAnalyzers.Tests.Shared;
using Xunit;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>
    /// The analyzer and the input-size search analyze without descriptions, which only the generated comments show: every
    /// PyTorch-run network (chains, edge chains, U-Nets, DAGs, with their refusals) must give the same report, findings and
    /// messages included, but for descriptions left empty.
    /// </summary>
    public sealed class DescriptionsOptionTests
    {
        [Fact]
        public void AnalysisWithoutDescriptions_EqualsTheFullAnalysisButForThem()
        {
            ChainCase[] networks = ChainCase.Chains.Concat(ChainCase.EdgeChains).Concat(ChainCase.Graphs).Concat(ChainCase.Dags).ToArray();
            int described = 0;
            foreach (ChainCase network in networks)
            {
                NetworkSpec spec = network.ToNetwork();
                NetworkReport full = NetworkAnalyzer.Analyze(spec), bare = NetworkAnalyzer.Analyze(spec, hints: true, descriptions: false);
                Assert.Equal(full.Findings, bare.Findings);
                Assert.Equal(full.Layers.Select(l => l with { Description = "" }), bare.Layers.Select(l => l with { Description = "" }));
                Assert.All(bare.Layers, l => Assert.True(l.Description is "" or "Flatten" or "Identity", l.Name + ": " + l.Description));
                described += full.Layers.Count(l => l.Description.Contains('('));
            }
            Assert.True(described > 1000, described + " layers described in the full analysis");
        }
    }
}
