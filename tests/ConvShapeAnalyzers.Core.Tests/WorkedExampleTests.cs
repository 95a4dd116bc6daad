using System;
using ConvShapeAnalyzers.Core;
using Xunit;
using static ConvShapeAnalyzers.Core.Tests.ReferenceConvolution;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>
    /// The guide's worked example (DESIGN.md 3.1) through the reference convolution: the values prove the reference right,
    /// and its output grid must have the size the core computes.
    /// </summary>
    public sealed class WorkedExampleTests
    {
        private static readonly double[,] Input = Matrix(
            new double[] { 3, 3, 2, 1, 0 },
            new double[] { 0, 0, 1, 3, 1 },
            new double[] { 3, 1, 2, 2, 3 },
            new double[] { 2, 0, 0, 2, 2 },
            new double[] { 2, 0, 0, 0, 1 });

        private static readonly double[,] Kernel = Matrix(
            new double[] { 0, 1, 2 },
            new double[] { 2, 2, 0 },
            new double[] { 0, 1, 2 });

        [Fact]
        public void Conv_Stride1NoPadding_GivesTheGuidesValues()
        {
            double[,] output = Correlate(Input, Kernel, AxisWindow.Symmetric(3, 1, 0), AxisWindow.Symmetric(3, 1, 0));

            Assert.Equal("12 12 17 / 10 17 19 / 9 6 14", Show(output));
            AssertCoreSize(Layers.Conv2d("conv", 1, 1, 3), output);
        }

        [Fact]
        public void Conv_Stride2Padding1_GivesPyTorchsValues_NotTheGuidesErratum()
        {
            double[,] output = Correlate(Input, Kernel, AxisWindow.Symmetric(3, 2, 1), AxisWindow.Symmetric(3, 2, 1));

            Assert.Equal("6 17 3 / 8 17 13 / 6 4 4", Show(output));
            // The figure in the guide prints these (erratum, the guide's issue 17).
            Assert.NotEqual("6 14 17 / 14 12 12 / 8 10 17", Show(output));
            AssertCoreSize(Layers.Conv2d("conv", 1, 1, 3, stride: 2, padding: 1), output);
        }

        [Fact]
        public void AvgPool_3x3Stride1_GivesTheGuidesValues()
        {
            double[,] output = Pool(Input, AxisWindow.Symmetric(3, 1, 0), AxisWindow.Symmetric(3, 1, 0), max: false);

            Assert.Equal("1.7 1.7 1.7 / 1 1.2 1.8 / 1.1 0.8 1.3", Show(RoundToOneDecimal(output)));
            AssertCoreSize(new LayerSpec("pool", LayerKind.AvgPool, 2) { Kernel = SizeArg.Of(3), Stride = SizeArg.Of(1) }, output);
        }

        [Fact]
        public void MaxPool_3x3Stride1_GivesTheGuidesValues()
        {
            double[,] output = Pool(Input, AxisWindow.Symmetric(3, 1, 0), AxisWindow.Symmetric(3, 1, 0), max: true);

            Assert.Equal("3 3 3 / 3 3 3 / 3 2 3", Show(output));
            AssertCoreSize(Layers.MaxPool2d("pool", 3, stride: 1), output);
        }

        private static void AssertCoreSize(LayerSpec layer, double[,] reference)
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(1, 5, 5), layer);

            Assert.True(report.Errors().Length == 0, report.Describe());
            Assert.Equal(TensorShape.Spatial(1, reference.GetLength(0), reference.GetLength(1)), report.Layers[0].Output);
        }

        private static double[,] RoundToOneDecimal(double[,] values)
        {
            var rounded = (double[,])values.Clone();
            for (int y = 0; y < values.GetLength(0); y++)
                for (int x = 0; x < values.GetLength(1); x++)
                    rounded[y, x] = Math.Round(values[y, x], 1, MidpointRounding.AwayFromZero);
            return rounded;
        }
    }
}
