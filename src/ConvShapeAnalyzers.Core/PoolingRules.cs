using System.Linq;
using static ConvShapeAnalyzers.Core.HyperParameters;
using static ConvShapeAnalyzers.Core.Text;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>MaxPool and AvgPool (1d/2d/3d) as PyTorch computes them, with the ONNX ceil-mode result beside (CSA4001).</summary>
    internal static class PoolingRules
    {
        private static readonly PadMode[] Modes = { PadMode.Valid, PadMode.SameUpper, PadMode.SameLower };

        public static void Apply(LayerScope scope, TensorShape? input, LayerResult result)
        {
            LayerSpec spec = scope.Spec;
            int rank = spec.Rank;
            long[]? k = Expand(scope, spec.Kernel, Fill(rank, 1), Param.Kernel, "kernelSize", 1);
            long[]? s = k is null ? null : Expand(scope, spec.Stride, k, Param.Stride, "Stride", 1);
            long[]? d = Expand(scope, spec.Dilation, Fill(rank, 1), Param.Dilation, "Dilation", 1);
            var padding = Padding(scope, spec.Padding, rank, Modes);
            if (spec.DivisorOverride == 0)
            {
                scope.Report(Rule.OutOfRange, Param.DivisorOverride, "DivisorOverride = 0 would divide every window's sum by zero; PyTorch refuses it (\"divisor must be not zero\"). "
                    + "Remove it to divide by the window size");
                return;
            }
            if (k is null || s is null || d is null || padding is null)
                return;
            long[] p = padding.Value.Values;
            for (int a = 0; a < rank; a++)
                if (p[a] > k[a] / 2)
                {
                    scope.Report(Rule.PoolPaddingTooLarge, Param.Padding, "Padding = " + Source(p) + " is more than half the kernel (" + Axes.For(rank)[a] + ": "
                        + N(p[a]) + " > ⌊" + N(k[a]) + "/2⌋ = " + N(k[a] / 2) + "); PyTorch refuses it (\"pad should be at most half of kernel size\"), since a window "
                        + "could then lie entirely in the padding. Use Padding = " + N(k[a] / 2) + " or less, or a larger kernel");
                    return;
                }

            if (scope.Describe)
                result.Description = scope.Module + "(k=" + Compact(k) + ", s=" + Compact(s)
                    + (padding.Value.Mode == PadMode.Explicit ? (p.All(v => v == 0) ? "" : ", p=" + Compact(p)) : ", p=" + padding.Value.Mode)
                    + (d.All(v => v == 1) ? "" : ", d=" + Compact(d)) + (spec.CeilMode ? ", ceil" : "") + ")";
            result.Field = FieldChange.Window;
            if (input is null || !Shapes.HasRank(scope, input, rank))
                return;

            long[] sizes = new long[rank];
            string[] names = Axes.For(rank);
            System.Collections.Generic.List<(string, string)>? onnxDifferences = null;
            for (int a = 0; a < rank; a++)
            {
                long i = input.Sizes[a];
                if (ChecksUnpaddedInput(spec) && i < k[a])
                {
                    scope.Report(Rule.OutputBelowOne, Param.Layer, names[a] + ": the input " + N(i) + " is smaller than the kernel " + N(k[a])
                        + "; PyTorch's AvgPool3d checks the input before padding (\"input image smaller than kernel size\"). Use an input of at least " + N(k[a]));
                    return;
                }
                AxisPadding pad = AxisArithmetic.ResolvePadding(padding.Value.Mode, p[a], i, k[a], s[a], d[a]);
                Outcome<AxisResult> axis = AxisArithmetic.Pool(i, k[a], s[a], d[a], pad, spec.CeilMode);
                if (axis.Value is null && AllowsEmptyOutput(spec, i, k[a], s[a], d[a], pad))
                    axis = EmptyMaxPool1d(i, k[a], s[a], d[a], pad, spec.CeilMode);
                if (axis.Value is not { } value)
                {
                    scope.Report(axis.Refusal!, names[a]);
                    return;
                }
                sizes[a] = value.Output;
                result.Axes.Add(new AxisReport(names[a], k[a], s[a], pad, d[a], 0, value.Remainder, value.Dropped, value.Arithmetic));
                result.Windows.Add((AxisArithmetic.EffectiveKernel(k[a], d[a]), s[a], pad.Before));
                long onnx = AxisArithmetic.OnnxPool(i, k[a], s[a], d[a], pad, spec.CeilMode);
                if (spec.CeilMode && onnx != value.Output)
                    (onnxDifferences ??= new System.Collections.Generic.List<(string, string)>()).Add((names[a], "PyTorch gives " + value.Formula
                        + ", but ONNX's formula without that correction (its shape inference before 1.16, and runtimes and converters that follow it) gives " + N(onnx)));
            }
            result.Output = new TensorShape(input.Channels, new EquatableArray<long>(sizes));
            if (!spec.CeilMode)
                RemainderHints.Check(scope, result, input, padding.Value.Mode, p, k.Min() / 2);
            if (onnxDifferences is not null)
                scope.Report(Rule.OnnxCeilHazard, Param.Layer, JoinAxes(onnxDifferences)
                    + "; an exported model may change shape. Pad the input so the last window starts inside it, or use CeilMode = false");
        }

        /// <summary>avg_pool3d checks the unpadded input against the kernel, unlike every other pooling.</summary>
        internal static bool ChecksUnpaddedInput(LayerSpec spec) => spec.Kind == LayerKind.AvgPool && spec.Rank == 3;

        /// <summary>
        /// PyTorch's max_pool1d, unlike every other pooling, accepts a computed length of exactly 0 (it checks o ≥ 0) and
        /// returns an empty tensor; the next layer that needs a position then fails.
        /// </summary>
        internal static bool AllowsEmptyOutput(LayerSpec spec, long input, long kernel, long stride, long dilation, AxisPadding padding)
        {
            if (spec.Kind != LayerKind.MaxPool || spec.Rank != 1)
                return false;
            long span = input + padding.Total - AxisArithmetic.EffectiveKernel(kernel, dilation);
            // o = ⌊span/s⌋ + 1, in ceil mode ⌈span/s⌉ + 1, is 0 where the rounded quotient is −1.
            return (spec.CeilMode ? AxisArithmetic.CeilDiv(span, stride) : AxisArithmetic.FloorDiv(span, stride)) == -1;
        }

        private static AxisResult EmptyMaxPool1d(long input, long kernel, long stride, long dilation, AxisPadding padding, bool ceilMode) =>
            new AxisResult(0, padding, 0, 0, new AxisFormula(ceilMode ? FormulaKind.EmptyCeil : FormulaKind.EmptyFloor, input, kernel, stride, dilation, padding, 0, 0, 0, 0, null), 0);
    }
}
