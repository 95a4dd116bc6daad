using System.Linq;
using ConvShapeAnalyzers.Core;
using Xunit;
using static ConvShapeAnalyzers.Core.Tests.Layers;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>Receptive field and jump per axis (r ← r + (k̂ − 1)·j, j ← j·s), worked out by hand.</summary>
    public sealed class ReceptiveFieldTests
    {
        private static ReceptiveField[] Field(NetworkReport report, string layer) => report.Layer(layer).ReceptiveField.ToArray();

        [Fact]
        public void TwoConvs3x3ThenPool2x2_SeeSixWithJumpTwo()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(3, 32, 32),
                Conv2d("c1", 3, 8, 3, padding: 1),
                Conv2d("c2", 8, 8, 3, padding: 1),
                MaxPool2d("pool", 2));

            Assert.Equal(new[] { new ReceptiveField(3, 1), new ReceptiveField(3, 1) }, Field(report, "c1"));
            Assert.Equal(new[] { new ReceptiveField(5, 1), new ReceptiveField(5, 1) }, Field(report, "c2"));
            Assert.Equal(new[] { new ReceptiveField(6, 2), new ReceptiveField(6, 2) }, Field(report, "pool"));
        }

        [Fact]
        public void LeNet5_FieldGrowsWithTheJumps_AndEndsAtFlatten()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(1, 32, 32), NetworkCountTests.LeNet);

            // conv1 5 (j 1); pool1 5 + 1·1 = 6 (j 2); conv2 6 + 4·2 = 14 (j 2); pool2 14 + 1·2 = 16 (j 4).
            Assert.Equal(new long[] { 5, 6, 14, 16 }, report.Layers.Take(4).Select(l => l.ReceptiveField[0].Size));
            Assert.Equal(new long[] { 1, 2, 2, 4 }, report.Layers.Take(4).Select(l => l.ReceptiveField[0].Jump));
            Assert.True(report.Layer("flat").ReceptiveField.IsEmpty);
        }

        [Fact]
        public void DilatedConv_UsesTheEffectiveKernel()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(1, 16, 16), Conv2d("dilated", 1, 1, 3, dilation: 2), Conv2d("strided", 1, 1, 3, stride: 2));

            Assert.Equal(5, Field(report, "dilated")[0].Size);                    // k̂ = 2·2 + 1
            Assert.Equal(new ReceptiveField(7, 2), Field(report, "strided")[0]);  // 5 + 2·1, jump 2
        }

        [Fact]
        public void Add_TakesTheWiderBranch()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(3, 32, 32),
                Conv2d("narrow", 3, 8, 3, padding: 1),
                Conv2d("wide", 3, 8, 5, padding: 2) with { From = NetworkSpec.InputName },
                Add("sum", "narrow", "wide"));

            Assert.True(report.Findings.IsEmpty, report.Describe());
            Assert.Equal(new ReceptiveField(5, 1), Field(report, "sum")[0]);
        }

        [Fact]
        public void ConvTranspose_LeavesTheFieldUndefined()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(4, 8, 8), Conv2d("c", 4, 4, 3, padding: 1), ConvTranspose2d("up", 4, 4, 2, stride: 2));

            Assert.False(report.Layer("c").ReceptiveField.IsEmpty);
            Assert.True(report.Layer("up").ReceptiveField.IsEmpty);
        }
    }
}
