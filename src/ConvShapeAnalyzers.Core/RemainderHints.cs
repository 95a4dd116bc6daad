using System.Collections.Generic;
using System.Linq;
using static ConvShapeAnalyzers.Core.Text;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>
    /// CSA3001: the stride remainder r = (i + pl + pr − k̂) mod s leaves max(0, r − pr) real input positions unread.
    /// Says how many, the smallest padding that makes the layer exact, and the nearest exact input sizes. Not reported where
    /// k̂ &lt; s (a strided 1×1 shortcut): such a layer skips input between its windows anyway.
    /// </summary>
    internal static class RemainderHints
    {
        /// <summary>How far the hints search; exact sizes recur every s positions, so this covers every stride below it.</summary>
        private const long SearchLimit = 64;

        public static void Check(LayerScope scope, LayerResult result, TensorShape input, PadMode mode, long[] explicitPadding, long maxPadding)
        {
            // Allocated only when something is dropped: this runs for every layer. Padding: the axis's exact padding, if any.
            List<(string Axis, string Head, long? Padding, string Tail)>? found = null;
            long[] fixedPadding = explicitPadding;
            bool fixable = mode == PadMode.Explicit || mode == PadMode.Valid;
            for (int a = 0; a < result.Axes.Count; a++)
            {
                AxisReport axis = result.Axes[a];
                // A kernel narrower than its stride skips input between windows by design; the remainder is part of that.
                if (axis.Dropped == 0 || AxisArithmetic.EffectiveKernel(axis.Kernel, axis.Dilation) < axis.Stride)
                    continue;
                long i = input.Sizes[a];
                string head = axis.Formula + "; the stride remainder r = (" + N(i) + " + " + axis.Padding.Term + " − "
                    + N(AxisArithmetic.EffectiveKernel(axis.Kernel, axis.Dilation)) + ") mod " + N(axis.Stride) + " = " + N(axis.Remainder) + " leaves "
                    + (axis.Dropped == 1 ? "the last input " + UnitPlaceholder : "the last " + N(axis.Dropped) + " input " + UnitsPlaceholder) + " never read";
                string tail = "";
                long? padding = fixable ? ExactPadding(i, axis, maxPadding) : null;
                if (padding is { } p)
                {
                    if (fixedPadding == explicitPadding)
                        fixedPadding = (long[])explicitPadding.Clone();
                    fixedPadding[a] = p;
                    tail = " makes it exact (o = " + N(Output(i, axis, AxisPadding.Symmetric(p))) + ")";
                }
                else
                {
                    fixable = false;
                }
                (long below, long above) = NearestExactInputs(i, axis, mode, explicitPadding[a]);
                long[] sizes = new[] { below, above }.Where(size => size > 0).ToArray();
                if (sizes.Length > 0)
                    tail += (padding is null ? ". Exact" : ", as are") + " input sizes " + string.Join(" and ", sizes.Select(N));
                (found ??= new List<(string, string, long?, string)>()).Add((axis.Name, head, padding, tail));
            }
            if (found is null)
                return;
            // The value the fix writes; an axis's paragraph names it whole, so axes whose exact paddings differ are told both.
            string? written = fixable ? HyperParameters.Source(fixedPadding) : null;
            var messages = found.Select(axis => (axis.Axis, axis.Head + (axis.Padding is { } p ? ". Padding = " + (written ?? N(p)) : "") + axis.Tail)).ToList();
            scope.Report(Rule.StrideRemainder, Param.Stride, JoinAxes(messages), written);
        }

        /// <summary>The symmetric padding nearest to the current one that reads every input position, or null.</summary>
        private static long? ExactPadding(long input, AxisReport axis, long maxPadding)
        {
            long current = axis.Padding.Before;
            for (long delta = 1; delta <= System.Math.Min(2 * axis.Stride, SearchLimit); delta++)
                foreach (long p in new[] { current + delta, current - delta })
                    if (p >= 0 && p <= maxPadding && Dropped(input, axis, AxisPadding.Symmetric(p)) == 0)
                        return p;
            return null;
        }

        /// <summary>The nearest input sizes below and above (0: none below) for which nothing is dropped.</summary>
        private static (long Below, long Above) NearestExactInputs(long input, AxisReport axis, PadMode mode, long explicitPadding)
        {
            long below = 0, above = 0;
            for (long delta = 1; delta <= System.Math.Min(2 * axis.Stride + 1, SearchLimit) && (below == 0 || above == 0); delta++)
            {
                if (below == 0 && input - delta >= 1 && IsExact(input - delta, axis, mode, explicitPadding))
                    below = input - delta;
                if (above == 0 && IsExact(input + delta, axis, mode, explicitPadding))
                    above = input + delta;
            }
            return (below, above);
        }

        private static bool IsExact(long input, AxisReport axis, PadMode mode, long explicitPadding)
        {
            AxisPadding pad = AxisArithmetic.ResolvePadding(mode, explicitPadding, input, axis.Kernel, axis.Stride, axis.Dilation);
            return input + pad.Total >= AxisArithmetic.EffectiveKernel(axis.Kernel, axis.Dilation) && Dropped(input, axis, pad) == 0;
        }

        private static long Dropped(long input, AxisReport axis, AxisPadding pad) =>
            AxisArithmetic.Convolution(input, axis.Kernel, axis.Stride, axis.Dilation, pad).Value?.Dropped ?? long.MaxValue;

        private static long Output(long input, AxisReport axis, AxisPadding pad) =>
            AxisArithmetic.Convolution(input, axis.Kernel, axis.Stride, axis.Dilation, pad).Value?.Output ?? 0;
    }
}
