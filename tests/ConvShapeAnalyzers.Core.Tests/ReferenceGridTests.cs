using System.Collections.Generic;
using System.Linq;
using ConvShapeAnalyzers.Core;
using Xunit;
using Xunit.Abstractions;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>
    /// The reference convolution and pooling run on 2-D inputs whose two axes have different hyper-parameters: the grid it
    /// produces must have the size NetworkAnalyzer gives the layer, and an empty grid must be an error.
    /// </summary>
    public sealed class ReferenceGridTests
    {
        private readonly ITestOutputHelper output;

        public ReferenceGridTests(ITestOutputHelper output) => this.output = output;

        /// <summary>i ≤ 7, k ≤ 3, s ≤ 3, p ≤ 2, d ≤ 2: 7·3·3·3·2 = 378 axis configurations.</summary>
        private static List<(int I, AxisWindow W)> AxisConfigurations()
        {
            var list = new List<(int, AxisWindow)>();
            for (int i = 1; i <= 7; i++)
                for (int k = 1; k <= 3; k++)
                    for (int s = 1; s <= 3; s++)
                        for (int p = 0; p <= 2; p++)
                            for (int d = 1; d <= 2; d++)
                                list.Add((i, AxisWindow.Symmetric(k, s, p, d)));
            return list;
        }

        [Fact]
        public void Conv_ReferenceGridSize_EqualsCoreOutput_ForEveryAxisPairing()
        {
            int compared = Compare((rows, columns) => new LayerSpec("conv", LayerKind.Conv, 2)
            {
                InChannels = 1,
                OutChannels = 2,
                Kernel = SizeArg.Of(rows.Kernel, columns.Kernel),
                Stride = SizeArg.Of(rows.Stride, columns.Stride),
                Padding = SizeArg.Of(rows.PadBefore, columns.PadBefore),
                Dilation = SizeArg.Of(rows.Dilation, columns.Dilation),
            }, (input, rows, columns) => ReferenceConvolution.Correlate(input, new double[rows.Kernel, columns.Kernel], rows, columns), outChannels: 2, pool: false);

            Assert.Equal(378, compared);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void MaxPool_ReferenceGridSize_EqualsCoreOutput_ForEveryAxisPairing(bool ceilMode)
        {
            int compared = Compare((rows, columns) => new LayerSpec("pool", LayerKind.MaxPool, 2)
            {
                Kernel = SizeArg.Of(rows.Kernel, columns.Kernel),
                Stride = SizeArg.Of(rows.Stride, columns.Stride),
                Padding = SizeArg.Of(rows.PadBefore, columns.PadBefore),
                Dilation = SizeArg.Of(rows.Dilation, columns.Dilation),
                CeilMode = ceilMode,
            }, (input, rows, columns) => ReferenceConvolution.Pool(input, rows, columns, max: true, ceilMode), outChannels: 1, pool: true);

            Assert.Equal(378, compared);
        }

        private int Compare(System.Func<AxisWindow, AxisWindow, LayerSpec> layer, System.Func<double[,], AxisWindow, AxisWindow, double[,]> reference, long outChannels, bool pool)
        {
            List<(int I, AxisWindow W)> axes = AxisConfigurations();
            var failures = new List<string>();
            int compared = 0, refused = 0;
            for (int j = 0; j < axes.Count; j++)
            {
                (int h, AxisWindow rows) = axes[j];
                (int w, AxisWindow columns) = axes[(j * 37 + 11) % axes.Count];
                NetworkReport report = Net.Analyze(TensorShape.Spatial(1, h, w), layer(rows, columns));
                compared++;
                string name = "h=" + h + " " + rows + ", w=" + w + " " + columns;
                // PyTorch refuses pooling padding above half the (undilated) kernel before looking at sizes.
                if (pool && (rows.PadBefore > rows.Kernel / 2 || columns.PadBefore > columns.Kernel / 2))
                {
                    if (report.FindingsOf(Rule.PoolPaddingTooLarge).Length == 0)
                        failures.Add(name + ": expected CSA1005, got " + report.Describe());
                    refused++;
                    continue;
                }
                double[,] grid = reference(new double[h, w], rows, columns);
                if (grid.GetLength(0) == 0 || grid.GetLength(1) == 0)
                {
                    refused++;
                    if (report.FindingsOf(Rule.OutputBelowOne).Length == 0 || report.Layers[0].Output is not null)
                        failures.Add(name + ": the reference places no window, expected CSA1002, got " + report.Describe());
                    continue;
                }
                TensorShape expected = TensorShape.Spatial(outChannels, grid.GetLength(0), grid.GetLength(1));
                if (report.Errors().Length > 0 || report.Layers[0].Output != expected)
                    failures.Add(name + ": reference " + expected + ", core " + (report.Layers[0].Output?.ToString() ?? "none") + "; " + report.Describe());
            }
            output.WriteLine("compared " + compared + " 2-D configurations (" + refused + " refused)");
            Assert.True(failures.Count == 0, failures.Count + " mismatches:\n" + string.Join("\n", failures.Take(25)));
            return compared;
        }
    }
}
