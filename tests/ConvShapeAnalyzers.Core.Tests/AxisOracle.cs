using System.Collections.Generic;
using System.Linq;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>What sliding a window along one padded axis does, counted position by position.</summary>
    /// <param name="Starts">Where each window starts, in padded coordinates (real input is at pl … pl + i − 1).</param>
    /// <param name="Remainder">Padded positions after the last window's end, which no window covers.</param>
    /// <param name="Dropped">How many of those are real input.</param>
    internal sealed record Slide(IReadOnlyList<int> Starts, int Remainder, int Dropped)
    {
        public int Placements => Starts.Count;
    }

    /// <summary>
    /// Brute-force one-axis oracles written from the definitions (window placements, the convolution matrix, the scatter of a
    /// transposed convolution), never from the size formulas the core uses.
    /// </summary>
    internal static class AxisOracle
    {
        /// <summary>A dilated window of k taps, d apart, placed at 0, s, 2s, … on the padded axis of i + pl + pr positions while it fits.</summary>
        public static Slide Convolution(int i, int k, int s, int pl, int pr, int d) => Window(i, k, s, pl, pr, d, ceilMode: false, pyTorchStartRule: false);

        /// <summary>
        /// PyTorch pooling. Floor mode places whole windows as a convolution does. Ceil mode also keeps a partial last window
        /// (one that sticks out past the end of the padded axis by less than a stride), but only if it starts inside the input
        /// or the left padding: the last window starts at most at pl + i − 1.
        /// </summary>
        public static Slide PyTorchPool(int i, int k, int s, int pl, int pr, int d, bool ceilMode) => Window(i, k, s, pl, pr, d, ceilMode, pyTorchStartRule: true);

        /// <summary>ONNX ceil-mode pooling: the partial last window is kept wherever it starts (no start rule).</summary>
        public static Slide OnnxCeilPool(int i, int k, int s, int pl, int pr, int d) => Window(i, k, s, pl, pr, d, ceilMode: true, pyTorchStartRule: false);

        private static Slide Window(int i, int k, int s, int pl, int pr, int d, bool ceilMode, bool pyTorchStartRule)
        {
            int length = pl + i + pr;
            var starts = new List<int>();
            for (int t = 0; t < length + s; t += s)
            {
                int lastTap = t + (k - 1) * d; // the window covers t … lastTap
                bool whole = lastTap <= length - 1;
                bool partial = ceilMode && !whole && lastTap - (length - 1) <= s - 1 && (!pyTorchStartRule || t <= pl + i - 1);
                if (whole || partial)
                    starts.Add(t);
            }
            if (starts.Count == 0)
                return new Slide(starts, 0, 0);
            int end = starts[starts.Count - 1] + (k - 1) * d + 1; // first position after the last window
            int remainder = 0, dropped = 0;
            for (int x = end; x < length; x++)
            {
                remainder++;
                if (x >= pl && x < pl + i)
                    dropped++;
            }
            return new Slide(starts, remainder, dropped);
        }

        /// <summary>
        /// The convolution as a matrix C (placements × input positions): C[j, x] is the 1-based tap of window j that reads input x,
        /// 0 where it reads nothing (padding contributes nothing to the output of a zero-padded convolution).
        /// </summary>
        public static int[,] Matrix(int i, int k, int s, int pl, int pr, int d)
        {
            Slide slide = Convolution(i, k, s, pl, pr, d);
            var c = new int[slide.Placements, i];
            for (int j = 0; j < slide.Placements; j++)
                for (int m = 0; m < k; m++)
                {
                    int x = slide.Starts[j] + m * d - pl;
                    if (x >= 0 && x < i)
                        c[j, x] = m + 1;
                }
            return c;
        }

        /// <summary>Cᵀ·y: what the transposed convolution (the gradient) computes from an output-sized y, with kernel weights w.</summary>
        public static long[] TransposeTimes(int[,] c, long[] y, long[] w)
        {
            var result = new long[c.GetLength(1)];
            for (int x = 0; x < result.Length; x++)
                for (int j = 0; j < c.GetLength(0); j++)
                    if (c[j, x] > 0)
                        result[x] += w[c[j, x] - 1] * y[j];
            return result;
        }

        /// <summary>
        /// A transposed convolution as PyTorch defines it: input element j spreads its k taps onto positions j·s + m·d of an
        /// unpadded axis; the padding is then cut from both ends and op positions are added at the end. Returns the values
        /// (length = the output size, possibly ≤ 0 meaning no output).
        /// </summary>
        public static long[] Scatter(long[] y, long[] w, int s, int pl, int pr, int d, int op)
        {
            int k = w.Length;
            int extent = 0;
            for (int j = 0; j < y.Length; j++)
                for (int m = 0; m < k; m++)
                    extent = System.Math.Max(extent, j * s + m * d + 1);
            int size = extent - pl - pr + op;
            if (size < 1)
                return new long[0];
            var result = new long[size];
            for (int j = 0; j < y.Length; j++)
                for (int m = 0; m < k; m++)
                {
                    int x = j * s + m * d - pl;
                    if (x >= 0 && x < size)
                        result[x] += w[m] * y[j];
                }
            return result;
        }

        /// <summary>The size <see cref="Scatter"/> gives (≤ 0: none), without values.</summary>
        public static int ScatterSize(int n, int k, int s, int pl, int pr, int d, int op)
        {
            int extent = 0;
            for (int j = 0; j < n; j++)
                for (int m = 0; m < k; m++)
                    extent = System.Math.Max(extent, j * s + m * d + 1);
            return extent - pl - pr + op;
        }

        /// <summary>Distinct small weights and inputs, so that mixing up two positions shows.</summary>
        public static long[] Distinct(int count, int seed) => Enumerable.Range(0, count).Select(n => (long)(seed * 7 + n * 13 + 1) % 97 + 1).ToArray();
    }
}
