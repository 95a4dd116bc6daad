using ConvShapeAnalyzers.Core;
using Xunit;
using static ConvShapeAnalyzers.Core.Tests.Layers;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>A network with an error keeps the constants of every layer before it (DESIGN.md 2.2), and nothing after.</summary>
    public sealed class EmittableTests
    {
        [Fact]
        public void Error_LayersBeforeStayEmittable_LayersAfterDoNot()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(3, 32, 32),
                Conv2d("conv1", 3, 16, 3, padding: 1),
                Conv2d("conv2", 8, 32, 3, padding: 1), // in_channels should be 16
                Conv2d("conv3", 32, 64, 3, padding: 1),
                Flatten("flat"));

            Assert.True(report.Layer("conv1").Emittable);
            Assert.Equal(TensorShape.Spatial(16, 32, 32), report.Layer("conv1").Output);
            Assert.False(report.Layer("conv2").Emittable);
            Assert.False(report.Layer("conv3").Emittable);
            Assert.False(report.Layer("flat").Emittable);
            // Only the broken layer is reported; the layers after it have no shape to check.
            Assert.Single(report.Errors());
        }

        [Fact]
        public void Error_InOneBranch_LeavesTheOtherBranchEmittable()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(3, 8, 8),
                Conv2d("bad", 4, 8, 3),  // in_channels should be 3
                Conv2d("good", 3, 8, 3) with { From = NetworkSpec.InputName },
                Add("sum", "bad", "good"));

            Assert.False(report.Layer("bad").Emittable);
            Assert.True(report.Layer("good").Emittable);
            Assert.False(report.Layer("sum").Emittable);
        }

        [Fact]
        public void Warning_KeepsTheLayerAndTheRestEmittable()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(3, 224, 224), Conv2d("conv", 3, 8, 3, stride: 2), Conv2d("next", 8, 8, 3));

            Assert.NotEmpty(report.FindingsOf(Rule.StrideRemainder));
            Assert.True(report.Layer("conv").Emittable);
            Assert.True(report.Layer("next").Emittable);
        }
    }
}
