using System;
using System.Globalization;
using ConvShapeAnalyzers.Core;

namespace ConvShapeAnalyzers.Figures
{
    /// <summary>
    /// One axis of a figure: the cells drawn along it (padding, input, inserted zeros, ...), which input cells are never read,
    /// and where each kernel placement starts. Every size comes from the core; the layout only places it.
    /// </summary>
    internal sealed class AxisLayout
    {
        /// <summary>More cells than this on an axis no longer make a readable picture.</summary>
        public const long MaxCells = 48;

        private AxisLayout(CellKind[] cells, bool[] dropped, long[] starts, long output, long kernel, long step)
        {
            Cells = cells;
            Dropped = dropped;
            Starts = starts;
            Output = output;
            Kernel = kernel;
            Step = step;
        }

        public CellKind[] Cells { get; }

        /// <summary>Input cells the stride remainder never reads: the core's Dropped, counted from the end of the input.</summary>
        public bool[] Dropped { get; }

        /// <summary>The first cell of each kernel placement; one overhanging placement at 0 when none fits (Output 0).</summary>
        public long[] Starts { get; }

        public long Output { get; }

        public long Kernel { get; }

        /// <summary>Cells between kernel taps: the dilation.</summary>
        public long Step { get; }

        public long Span => (Kernel - 1) * Step + 1;

        public AxisResult? Result { get; private set; }

        /// <summary>The core's reason when no placement fits (CSA1002).</summary>
        public string? Refusal { get; private set; }

        public DirectConvolution? Direct { get; private set; }

        /// <summary>The single row a 1-D figure is drawn in: no ticks, no caption.</summary>
        public bool IsPseudo { get; private set; }

        public static AxisLayout SingleRow() =>
            new AxisLayout(new[] { CellKind.Input }, new[] { false }, new long[] { 0 }, 1, 1, 1) { IsPseudo = true };

        public static AxisLayout Plan(FigureLayer layer, FigureAxis axis, bool ceilMode)
        {
            Check(axis, layer);
            return layer == FigureLayer.Transposed ? PlanTransposed(axis) : PlanSliding(layer, axis, ceilMode);
        }

        private static AxisLayout PlanSliding(FigureLayer layer, FigureAxis axis, bool ceilMode)
        {
            long kHat = AxisArithmetic.EffectiveKernel(axis.Kernel, axis.Dilation);
            long padded = axis.Input + axis.Padding.Total;
            Outcome<AxisResult> outcome = layer == FigureLayer.Convolution
                ? AxisArithmetic.Convolution(axis.Input, axis.Kernel, axis.Stride, axis.Dilation, axis.Padding)
                : AxisArithmetic.Pool(axis.Input, axis.Kernel, axis.Stride, axis.Dilation, axis.Padding, ceilMode);
            if (outcome.Value is not { } result)
            {
                if (outcome.Refusal is not { Rule: Rule.OutputBelowOne } refusal)
                    throw new FigureException(outcome.Refusal?.Message ?? "the layer has no output");
                // CSA1002's picture: the kernel at the origin, hanging over the end of the padded input.
                long reach = Math.Max(padded, kHat);
                CheckSize(reach);
                return new AxisLayout(Fill(axis, reach), new bool[reach], new long[] { 0 }, 0, axis.Kernel, axis.Dilation) { Refusal = refusal.Message };
            }

            // A ceil-mode window may reach past the padded input; those cells are drawn as Beyond.
            long length = Math.Max(padded, (result.Output - 1) * axis.Stride + kHat);
            CheckSize(length);
            var starts = new long[result.Output];
            for (long j = 0; j < starts.Length; j++)
                starts[j] = j * axis.Stride;
            var dropped = new bool[length];
            for (long n = axis.Input - result.Dropped; n < axis.Input; n++)
                dropped[axis.Padding.Before + n] = true;
            return new AxisLayout(Fill(axis, length), dropped, starts, result.Output, axis.Kernel, axis.Dilation) { Result = result };
        }

        private static CellKind[] Fill(FigureAxis axis, long length)
        {
            var cells = new CellKind[length];
            for (long n = 0; n < length; n++)
            {
                long input = n - axis.Padding.Before;
                cells[n] = input < 0 ? CellKind.Padding
                    : input < axis.Input ? CellKind.Input
                    : n < axis.Input + axis.Padding.Total ? CellKind.Padding
                    : CellKind.Beyond;
            }
            return cells;
        }

        private static AxisLayout PlanTransposed(FigureAxis axis)
        {
            Outcome<AxisResult> outcome = AxisArithmetic.Transposed(axis.Input, axis.Kernel, axis.Stride, axis.Dilation, axis.Padding, axis.OutputPadding);
            if (outcome.Value is not { } result)
                throw new FigureException(outcome.Refusal?.Message ?? "the layer has no output");
            DirectConvolution direct = DirectConvolution.Of(axis);
            if (!direct.PadsOnly)
            {
                throw new FigureException("the padding " + N(Math.Max(axis.Padding.Before, axis.Padding.After)) + " is larger than d(k − 1) = "
                    + N(direct.EffectiveKernel - 1) + ": the equivalent direct convolution would crop its input, which is not drawn");
            }
            if (direct.Output != result.Output)
                throw new InvalidOperationException("the direct view gives " + N(direct.Output) + " but the core " + N(result.Output));
            CheckSize(direct.Length);

            var cells = new CellKind[direct.Length];
            for (long n = 0; n < cells.Length; n++)
            {
                long stretched = n - direct.PaddingBefore;
                cells[n] = stretched < 0 ? CellKind.Padding
                    : stretched < direct.Stretched ? (stretched % axis.Stride == 0 ? CellKind.Input : CellKind.Zero)
                    : stretched < direct.Stretched + direct.PaddingAfter ? CellKind.Padding
                    : CellKind.Extra;
            }
            var starts = new long[result.Output];
            for (long j = 0; j < starts.Length; j++)
                starts[j] = j;
            return new AxisLayout(cells, new bool[cells.Length], starts, result.Output, axis.Kernel, axis.Dilation) { Result = result, Direct = direct };
        }

        private static void Check(FigureAxis axis, FigureLayer layer)
        {
            if (axis.Input < 1 || axis.Kernel < 1 || axis.Stride < 1 || axis.Dilation < 1)
                throw new FigureException("input, kernel, stride and dilation must be 1 or more");
            if (axis.Padding.Before < 0 || axis.Padding.After < 0 || axis.OutputPadding < 0)
                throw new FigureException("padding and output padding must be 0 or more");
            if (axis.OutputPadding > 0 && layer != FigureLayer.Transposed)
                throw new FigureException("only a transposed convolution has an output padding");
            CheckSize(axis.Input);
        }

        private static void CheckSize(long cells)
        {
            if (cells > MaxCells)
                throw new FigureException("too large to draw: " + N(cells) + " cells on an axis (at most " + N(MaxCells) + ")");
        }

        private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
