using System;
using System.Collections.Generic;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>How a window moves along one axis: kernel taps, stride, padding before and after, gap between taps.</summary>
    internal readonly record struct AxisWindow(int Kernel, int Stride = 1, int PadBefore = 0, int PadAfter = 0, int Dilation = 1)
    {
        public static AxisWindow Symmetric(int kernel, int stride, int padding, int dilation = 1) => new AxisWindow(kernel, stride, padding, padding, dilation);
    }

    /// <summary>
    /// A direct 2-D convolution (cross-correlation, as deep-learning frameworks compute it) and max/average pooling, written
    /// from the definition and not from any size formula: the input is padded, then a window is placed at every stride step
    /// where it fits. Test-only; the product never computes values.
    /// </summary>
    internal static class ReferenceConvolution
    {
        /// <summary>out[y, x] = Σ_m Σ_n padded[y·s + m·d, x·s + n·d] · kernel[m, n] over every placement that fits.</summary>
        public static double[,] Correlate(double[,] input, double[,] kernel, AxisWindow rows, AxisWindow columns)
        {
            if (kernel.GetLength(0) != rows.Kernel || kernel.GetLength(1) != columns.Kernel)
                throw new ArgumentException("kernel size does not match the windows");
            double[,] padded = Pad(input, rows, columns, 0.0);
            List<int> ys = Starts(padded.GetLength(0), rows, input.GetLength(0), ceilMode: false);
            List<int> xs = Starts(padded.GetLength(1), columns, input.GetLength(1), ceilMode: false);
            var output = new double[ys.Count, xs.Count];
            for (int y = 0; y < ys.Count; y++)
                for (int x = 0; x < xs.Count; x++)
                {
                    double sum = 0;
                    for (int m = 0; m < rows.Kernel; m++)
                        for (int n = 0; n < columns.Kernel; n++)
                            sum += padded[ys[y] + m * rows.Dilation, xs[x] + n * columns.Dilation] * kernel[m, n];
                    output[y, x] = sum;
                }
            return output;
        }

        /// <summary>
        /// Max pooling (padding never wins) or average pooling (padding counts as zeros, PyTorch's count_include_pad), over the
        /// window positions inside the padded input. Ceil mode also places a last, partial window while it starts inside the
        /// input or the left padding (PyTorch's rule).
        /// </summary>
        public static double[,] Pool(double[,] input, AxisWindow rows, AxisWindow columns, bool max, bool ceilMode = false)
        {
            double[,] padded = Pad(input, rows, columns, max ? double.NegativeInfinity : 0.0);
            int height = padded.GetLength(0), width = padded.GetLength(1);
            List<int> ys = Starts(height, rows, input.GetLength(0), ceilMode);
            List<int> xs = Starts(width, columns, input.GetLength(1), ceilMode);
            var output = new double[ys.Count, xs.Count];
            for (int y = 0; y < ys.Count; y++)
                for (int x = 0; x < xs.Count; x++)
                {
                    double best = double.NegativeInfinity, sum = 0;
                    int count = 0;
                    for (int m = 0; m < rows.Kernel; m++)
                        for (int n = 0; n < columns.Kernel; n++)
                        {
                            int py = ys[y] + m * rows.Dilation, px = xs[x] + n * columns.Dilation;
                            if (py >= height || px >= width)
                                continue; // a partial ceil-mode window
                            best = Math.Max(best, padded[py, px]);
                            sum += padded[py, px];
                            count++;
                        }
                    output[y, x] = max ? best : sum / count;
                }
            return output;
        }

        /// <summary>
        /// Where windows start along a padded axis of <paramref name="length"/> positions: 0, s, 2s, … while the whole dilated
        /// window fits; in ceil mode also a window that sticks out past the end by less than a stride, provided it starts
        /// inside the input or the left padding.
        /// </summary>
        public static List<int> Starts(int length, AxisWindow axis, int input, bool ceilMode)
        {
            var starts = new List<int>();
            int span = (axis.Kernel - 1) * axis.Dilation + 1;
            for (int t = 0; t < length + axis.Stride; t += axis.Stride)
            {
                bool fits = t + span <= length;
                bool partial = ceilMode && t + span - length < axis.Stride && t <= axis.PadBefore + input - 1;
                if (fits || partial)
                    starts.Add(t);
            }
            return starts;
        }

        private static double[,] Pad(double[,] input, AxisWindow rows, AxisWindow columns, double fill)
        {
            int h = input.GetLength(0), w = input.GetLength(1);
            var padded = new double[h + rows.PadBefore + rows.PadAfter, w + columns.PadBefore + columns.PadAfter];
            for (int y = 0; y < padded.GetLength(0); y++)
                for (int x = 0; x < padded.GetLength(1); x++)
                {
                    int iy = y - rows.PadBefore, ix = x - columns.PadBefore;
                    padded[y, x] = iy >= 0 && iy < h && ix >= 0 && ix < w ? input[iy, ix] : fill;
                }
            return padded;
        }

        public static double[,] Matrix(params double[][] rows)
        {
            var matrix = new double[rows.Length, rows[0].Length];
            for (int y = 0; y < rows.Length; y++)
                for (int x = 0; x < rows[0].Length; x++)
                    matrix[y, x] = rows[y][x];
            return matrix;
        }

        public static string Show(double[,] matrix)
        {
            var lines = new List<string>();
            for (int y = 0; y < matrix.GetLength(0); y++)
            {
                var cells = new List<string>();
                for (int x = 0; x < matrix.GetLength(1); x++)
                    cells.Add(matrix[y, x].ToString("0.###", System.Globalization.CultureInfo.InvariantCulture));
                lines.Add(string.Join(" ", cells));
            }
            return string.Join(" / ", lines);
        }
    }
}
