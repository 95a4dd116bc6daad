using System.Collections.Generic;
using System.Linq;
using ConvShapeAnalyzers.Core;
using Xunit;
using Xunit.Abstractions;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>
    /// PyTorch 1.13's max_pool1d checks only o ≥ 0 (every other pooling needs o ≥ 1), so a computed length of exactly 0 gives
    /// an empty tensor (two cases of the PyTorch fixture). Whether o is 0 or negative depends on PyTorch's own rounding, so the
    /// expectation here is PyTorch's source formula (pooling_output_shape_pad_lr: div_rtn, then the ceil-mode correction),
    /// in both floor and ceil mode.
    /// </summary>
    public sealed class MaxPool1dEmptyOutputTests
    {
        private readonly ITestOutputHelper output;

        public MaxPool1dEmptyOutputTests(ITestOutputHelper output) => this.output = output;

        /// <summary>PyTorch's pooling_output_shape_pad_lr: div_rtn, then (ceil mode) no window may start in the right padding.</summary>
        internal static long PyTorchOutputSize(long i, long k, long s, long pl, long pr, long d, bool ceilMode)
        {
            long numerator = i + pl + pr - d * (k - 1) - 1 + (ceilMode ? s - 1 : 0);
            long q = numerator / s;
            if (numerator % s != 0 && numerator < 0)
                q--; // div_rtn rounds toward −∞
            long o = q + 1;
            if (ceilMode && (o - 1) * s >= i + pl)
                o--;
            return o;
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void MaxPool1d_ComputedLengthZero_IsAnEmptyOutput_NegativeIsRefused(bool ceilMode)
        {
            var failures = new List<string>();
            int compared = 0, empty = 0;
            for (long i = 1; i <= 12; i++)
                for (long k = 1; k <= 5; k++)
                    for (long s = 1; s <= 4; s++)
                        for (long p = 0; p <= k / 2; p++)
                            for (long d = 1; d <= 3; d++)
                            {
                                compared++;
                                long expected = PyTorchOutputSize(i, k, s, p, p, d, ceilMode);
                                var layer = new LayerSpec("pool", LayerKind.MaxPool, 1)
                                {
                                    Kernel = SizeArg.Of(k), Stride = SizeArg.Of(s), Padding = SizeArg.Of(p), Dilation = SizeArg.Of(d), CeilMode = ceilMode,
                                };
                                NetworkReport report = Net.Analyze(TensorShape.Spatial(2, i), layer);
                                string name = "i=" + i + " k=" + k + " s=" + s + " p=" + p + " d=" + d + ": PyTorch " + expected;
                                if (expected < 0)
                                {
                                    if (report.FindingsOf(Rule.OutputBelowOne).Length == 0)
                                        failures.Add(name + ", expected CSA1002, got " + report.Describe());
                                    continue;
                                }
                                if (expected == 0)
                                    empty++;
                                if (report.Errors().Length > 0 || report.Layers[0].Output != TensorShape.Spatial(2, expected))
                                    failures.Add(name + ", core " + (report.Layers[0].Output?.ToString() ?? "none") + "; " + report.Describe());
                            }
            output.WriteLine("compared " + compared + " MaxPool1d configurations, " + empty + " with an empty output");
            Assert.True(failures.Count == 0, failures.Count + " mismatches:\n" + string.Join("\n", failures.Take(25)));
            Assert.Equal(12 * 4 * 3 * 11, compared);
            Assert.True(empty > 0);
        }
    }
}
