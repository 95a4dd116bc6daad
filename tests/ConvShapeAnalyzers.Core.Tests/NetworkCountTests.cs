using System.Linq;
using ConvShapeAnalyzers.Core;
using Xunit;
using static ConvShapeAnalyzers.Core.Tests.Layers;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>Shapes, parameter counts and multiply-adds of whole networks, worked out by hand.</summary>
    public sealed class NetworkCountTests
    {
        /// <summary>LeNet-5 in the usual PyTorch layout, on 1×32×32.</summary>
        internal static readonly LayerSpec[] LeNet =
        {
            Conv2d("conv1", 1, 6, 5),
            MaxPool2d("pool1", 2),
            Conv2d("conv2", 6, 16, 5),
            MaxPool2d("pool2", 2),
            Flatten("flat"),
            Linear("fc1", 400, 120),
            Linear("fc2", 120, 84),
            Linear("fc3", 84, 10),
        };

        [Fact]
        public void LeNet5_ShapesAndCounts_AreTheTextbookOnes()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(1, 32, 32), LeNet);

            Assert.True(report.Findings.IsEmpty, report.Describe());
            Assert.Equal(new[] { "6×28×28", "6×14×14", "16×10×10", "16×5×5", "400", "120", "84", "10" }, report.Layers.Select(l => l.Output!.ToString()));
            // out·(in/g)·Πk + out: 6·1·25 + 6, 16·6·25 + 16; Linear in·out + out.
            Assert.Equal(new long[] { 156, 0, 2416, 0, 0, 48120, 10164, 850 }, report.Layers.Select(l => l.Parameters));
            Assert.Equal(61706, report.Layers.Sum(l => l.Parameters));
            // Conv: out elements·(in/g)·Πk = 6·28·28·25 and 16·10·10·150; Linear in·out.
            Assert.Equal(new long[] { 117600, 0, 240000, 0, 0, 48000, 10080, 840 }, report.Layers.Select(l => l.MultiplyAdds));
            Assert.Equal(416520, report.Layers.Sum(l => l.MultiplyAdds));
            Assert.All(report.Layers, l => Assert.True(l.Emittable));
        }

        [Fact]
        public void ConvTranspose_CountsMultiplyAddsOnItsInputElements()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(16, 8, 8), ConvTranspose2d("up", 16, 8, 3, stride: 2, padding: 1, outputPadding: 1));
            LayerReport up = report.Layers[0];

            Assert.True(report.Findings.IsEmpty, report.Describe());
            Assert.Equal(TensorShape.Spatial(8, 16, 16), up.Output); // (8 − 1)·2 − 2·1 + 2 + 1 + 1 = 16
            Assert.Equal(16 * 8 * 9 + 8, up.Parameters); // in·(out/g)·Πk + out
            // in elements (16·8·8 = 1024) · (out/g)·Πk (8·9): every input element scatters its kernel once.
            Assert.Equal(1024 * 72, up.MultiplyAdds);
            // Not the output elements (8·16·16 = 2048) · (in/g)·Πk (16·9), as some counters have it.
            Assert.NotEqual(2048 * 144, up.MultiplyAdds);
        }

        [Fact]
        public void GroupedConv_DividesInputChannelsByGroups()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(8, 10, 10), Conv2d("grouped", 8, 16, 3, padding: 1, groups: 4));
            LayerReport grouped = report.Layers[0];

            Assert.Equal(TensorShape.Spatial(16, 10, 10), grouped.Output);
            Assert.Equal(16 * 2 * 9 + 16, grouped.Parameters);
            Assert.Equal(16 * 10 * 10 * 2 * 9, grouped.MultiplyAdds);
        }

        [Fact]
        public void Conv_WithoutBias_CountsWeightsOnly()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(3, 8, 8), Conv2d("conv", 3, 4, 3) with { Bias = false });

            Assert.Equal(4 * 3 * 9, report.Layers[0].Parameters);
        }

        [Fact]
        public void Concat_AddsChannels()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(3, 16, 16),
                Conv2d("a", 3, 8, 3, padding: 1),
                Conv2d("b", 3, 4, 1) with { From = NetworkSpec.InputName },
                Concat("cat", "a", "b"));

            Assert.True(report.Findings.IsEmpty, report.Describe());
            Assert.Equal(TensorShape.Spatial(12, 16, 16), report.Layer("cat").Output);
        }
    }
}
