using System.Collections.Generic;
using System.Linq;
using ConvShapeAnalyzers.Core;
using Xunit;
using Xunit.Abstractions;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>
    /// Transposed convolution against the convolution-as-matrix view (it computes Cᵀ·y, so its size is C's column count) and
    /// against a direct scatter, on every small configuration and every output padding PyTorch accepts.
    /// </summary>
    public sealed class TransposedOracleTests
    {
        private readonly ITestOutputHelper output;

        public TransposedOracleTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void Transposed_WithRelationship14Padding_HasTheColumnCountOfTheConvMatrix()
        {
            var failures = new List<string>();
            int compared = 0, expected = 0;
            for (int i = 1; i <= 12; i++)
                for (int k = 1; k <= 5; k++)
                    for (int s = 1; s <= 4; s++)
                        for (int p = 0; p <= 4; p++)
                            for (int d = 1; d <= 3; d++)
                            {
                                if (i + 2 * p >= (k - 1) * d + 1)
                                    expected++; // a window fits: the convolution is defined
                                int[,] c = AxisOracle.Matrix(i, k, s, p, p, d);
                                int o = c.GetLength(0);
                                if (o == 0)
                                    continue;
                                compared++;
                                string name = "i=" + i + " k=" + k + " s=" + s + " p=" + p + " d=" + d + " (o=" + o + ")";
                                var padding = AxisPadding.Symmetric(p);
                                long a = AxisArithmetic.MirrorOutputPadding(i, k, s, d, padding);
                                Outcome<AxisResult> core = AxisArithmetic.Transposed(o, k, s, d, padding, a);
                                if (a < 0 || a >= System.Math.Max(s, d))
                                    failures.Add(name + ": a = " + a + " is not an output padding PyTorch accepts");
                                if (core.Value?.Output != c.GetLength(1))
                                    failures.Add(name + ": Cᵀ has " + c.GetLength(1) + " rows, the core's transposed output with a = " + a + " is " + core);
                                long[] y = AxisOracle.Distinct(o, i + k), w = AxisOracle.Distinct(k, s + d);
                                long[] viaMatrix = AxisOracle.TransposeTimes(c, y, w);
                                long[] viaScatter = AxisOracle.Scatter(y, w, s, p, p, d, (int)a);
                                if (!viaMatrix.SequenceEqual(viaScatter))
                                    failures.Add(name + ": Cᵀ·y = [" + string.Join(" ", viaMatrix) + "] but the scatter gives [" + string.Join(" ", viaScatter) + "]");
                            }
            output.WriteLine("compared " + compared + " convolution matrices with the core's Relationship 14 transposed size");
            Assert.True(failures.Count == 0, failures.Count + " mismatches:\n" + string.Join("\n", failures.Take(25)));
            Assert.Equal(expected, compared);
        }

        [Fact]
        public void Transposed_EveryLegalOutputPadding_MatchesTheScatter()
        {
            var failures = new List<string>();
            int compared = 0, refused = 0;
            for (int n = 1; n <= 12; n++)
                for (int k = 1; k <= 5; k++)
                    for (int s = 1; s <= 4; s++)
                        for (int p = 0; p <= 4; p++)
                            for (int d = 1; d <= 3; d++)
                                for (int op = 0; op < System.Math.Max(s, d); op++)
                                {
                                    compared++;
                                    int size = AxisOracle.ScatterSize(n, k, s, p, p, d, op);
                                    Outcome<AxisResult> core = AxisArithmetic.Transposed(n, k, s, d, AxisPadding.Symmetric(p), op);
                                    string name = "n=" + n + " k=" + k + " s=" + s + " p=" + p + " d=" + d + " op=" + op;
                                    if (size < 1)
                                    {
                                        refused++;
                                        if (core.IsOk || core.Refusal!.Rule != Rule.OutputBelowOne)
                                            failures.Add(name + ": the scatter leaves " + size + " positions, but the core gives " + core);
                                    }
                                    else if (core.Value?.Output != size)
                                    {
                                        failures.Add(name + ": scatter " + size + ", core " + core);
                                    }
                                }
            output.WriteLine("compared " + compared + " transposed configurations with the scatter (" + refused + " with no output)");
            Assert.True(failures.Count == 0, failures.Count + " mismatches:\n" + string.Join("\n", failures.Take(25)));
            // Σ over s ≤ 4, d ≤ 3 of max(s, d) = 6 + 7 + 9 + 12 = 34 output paddings, for 12 inputs, 5 kernels and 5 paddings.
            Assert.Equal(12 * 5 * 5 * 34, compared);
        }

        [Fact]
        public void Transposed_OutputPaddingBelowStride_GivesExactlyTheInputsOfTheSameConvOutput()
        {
            var failures = new List<string>();
            int compared = 0, expected = 0;
            for (int i = 1; i <= 12; i++)
                for (int k = 1; k <= 5; k++)
                    for (int s = 1; s <= 4; s++)
                        for (int p = 0; p <= 4; p++)
                            for (int d = 1; d <= 3; d++)
                            {
                                if (i + 2 * p >= (k - 1) * d + 1)
                                    expected++;
                                int o = AxisOracle.Convolution(i, k, s, p, p, d).Placements;
                                if (o == 0)
                                    continue;
                                compared++;
                                string name = "i=" + i + " k=" + k + " s=" + s + " p=" + p + " d=" + d + " (o=" + o + ")";
                                // Every input size the convolution maps to o, counted; larger inputs give more windows.
                                var sameOutput = new SortedSet<long>(Enumerable.Range(1, (o + 2) * s + (k - 1) * d + 2)
                                    .Where(n => AxisOracle.Convolution(n, k, s, p, p, d).Placements == o).Select(n => (long)n));
                                var transposed = new SortedSet<long>(Enumerable.Range(0, s)
                                    .Select(op => AxisArithmetic.Transposed(o, k, s, d, AxisPadding.Symmetric(p), op).Value?.Output ?? 0).Where(v => v > 0));
                                if (!sameOutput.SetEquals(transposed))
                                    failures.Add(name + ": inputs mapped to o: {" + string.Join(", ", sameOutput) + "}, transposed with op < s: {" + string.Join(", ", transposed) + "}");
                                // PyTorch also accepts s ≤ op < d (dilation above stride); those sizes convolve to more than o, so
                                // they are outside Relationship 14: legal, but never the mirror of this convolution.
                                for (int op = s; op < d; op++)
                                {
                                    long size = AxisArithmetic.Transposed(o, k, s, d, AxisPadding.Symmetric(p), op).Ok().Output;
                                    if (AxisOracle.Convolution((int)size, k, s, p, p, d).Placements <= o)
                                        failures.Add(name + ": op=" + op + " gives " + size + ", which should convolve to more than " + o);
                                }
                            }
            output.WriteLine("compared the transposed sizes of " + compared + " convolutions with the counted inputs of each output size");
            Assert.True(failures.Count == 0, failures.Count + " mismatches:\n" + string.Join("\n", failures.Take(25)));
            Assert.Equal(expected, compared);
        }
    }
}
