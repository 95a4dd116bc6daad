using static ConvShapeAnalyzers.Core.Text;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>Padding before and after one axis.</summary>
    public readonly record struct AxisPadding(long Before, long After)
    {
        public static AxisPadding Symmetric(long p) => new AxisPadding(p, p);

        public bool IsSymmetric => Before == After;

        public long Total => Before + After;

        /// <summary>What negative (zero) padding removes: PyTorch crops before it pads, so this may not exceed the input.</summary>
        public long Cropped => -System.Math.Min(Before, 0) - System.Math.Min(After, 0);

        /// <summary>"2·1" when symmetric (as the guide writes it), else "1 + 2".</summary>
        internal string Term => new System.Text.StringBuilder().Term(this).ToString();
    }

    /// <summary>
    /// One axis through one layer. Output, padding as applied, the stride remainder r (padded positions never
    /// covered by a window), how many of those are real input, and how the output was worked out.
    /// Relationship is the guide's number (Dumoulin &amp; Visin), 0 where none applies.
    /// </summary>
    public readonly record struct AxisResult(long Output, AxisPadding Padding, long Remainder, long Dropped, AxisFormula Arithmetic, int Relationship)
    {
        /// <summary>The formula with the numbers in, written when asked for.</summary>
        public string Formula => Arithmetic.ToString();
    }

    /// <summary>The per-axis relationships of "A guide to convolution arithmetic for deep learning", extended as PyTorch and ONNX do.</summary>
    public static class AxisArithmetic
    {
        /// <summary>The largest size a tensor axis may have: sizes are 32-bit.</summary>
        public const long MaxSize = int.MaxValue;

        /// <summary>k̂ = d(k − 1) + 1: the span of a dilated kernel.</summary>
        public static long EffectiveKernel(long kernel, long dilation) => dilation * (kernel - 1) + 1;

        /// <summary>The padding a mode applies (DESIGN 3, padding modes). Explicit uses <paramref name="explicitPadding"/> on both sides.</summary>
        public static AxisPadding ResolvePadding(PadMode mode, long explicitPadding, long input, long kernel, long stride, long dilation)
        {
            long kHat = EffectiveKernel(kernel, dilation);
            switch (mode)
            {
                case PadMode.Valid:
                    return new AxisPadding(0, 0);
                case PadMode.Same:
                    {
                        long total = dilation * (kernel - 1);
                        return new AxisPadding(total / 2, total - total / 2);
                    }
                case PadMode.SameUpper:
                case PadMode.SameLower:
                    {
                        long output = CeilDiv(input, stride);
                        long total = System.Math.Max((output - 1) * stride + kHat - input, 0);
                        long smaller = total / 2;
                        return mode == PadMode.SameUpper ? new AxisPadding(smaller, total - smaller) : new AxisPadding(total - smaller, smaller);
                    }
                case PadMode.Full:
                    return AxisPadding.Symmetric(kHat - 1);
                default:
                    return AxisPadding.Symmetric(explicitPadding);
            }
        }

        /// <summary>Convolution, Relationships 1–6 and 15: o = ⌊(i + pl + pr − k̂)/s⌋ + 1.</summary>
        public static Outcome<AxisResult> Convolution(long input, long kernel, long stride, long dilation, AxisPadding padding) =>
            Floor(input, kernel, stride, dilation, padding, long.MaxValue);

        /// <summary>o = ⌊(i + pl + pr − k̂)/s⌋ + 1; <paramref name="maxPadding"/> bounds the padding a too-small input's hint may suggest.</summary>
        private static Outcome<AxisResult> Floor(long input, long kernel, long stride, long dilation, AxisPadding padding, long maxPadding)
        {
            long kHat = EffectiveKernel(kernel, dilation);
            long span = input + padding.Total - kHat;
            if (ConvolutionSize(input, kernel, stride, dilation, padding) is not { } output)
                return TooSmall(input, kernel, dilation, padding, maxPadding);
            long remainder = span % stride;
            int relationship = ConvolutionRelationship(kernel, stride, dilation, padding);
            var formula = new AxisFormula(FormulaKind.Floor, input, kernel, stride, dilation, padding, 0, output, output, relationship, null);
            // Counted from the end, the r uncovered positions are the right padding, then real input, then (when the left
            // padding is wider than what the windows reach) left padding: max(0, r − pr) of them are real, but never more than i.
            long dropped = System.Math.Min(input, System.Math.Max(0, remainder - padding.After));
            return Sized(new AxisResult(output, padding, remainder, dropped, formula, relationship));
        }

        /// <summary>
        /// Max or average pooling as PyTorch computes it (Relationship 7 when unpadded). Ceil mode rounds up, then drops a
        /// window that would start in the right padding; its last window reaches the end, so nothing is dropped.
        /// </summary>
        public static Outcome<AxisResult> Pool(long input, long kernel, long stride, long dilation, AxisPadding padding, bool ceilMode)
        {
            if (!ceilMode)
            {
                Outcome<AxisResult> floor = Floor(input, kernel, stride, dilation, padding, kernel / 2);
                if (floor.Value is { } value && value.Relationship != 0)
                {
                    int relationship = padding.Total == 0 && dilation == 1 ? 7 : 0;
                    return value with { Arithmetic = value.Arithmetic with { Relationship = relationship }, Relationship = relationship };
                }
                return floor;
            }

            long kHat = EffectiveKernel(kernel, dilation);
            long span = input + padding.Total - kHat;
            long rounded = CeilDiv(span, stride) + 1;
            long output = PoolSize(input, kernel, stride, dilation, padding, ceilMode: true);
            if (output < 1)
                return TooSmall(input, kernel, dilation, padding, kernel / 2);
            return Sized(new AxisResult(output, padding, 0, 0, new AxisFormula(FormulaKind.Ceil, input, kernel, stride, dilation, padding, 0, rounded, output, 0, null), 0));
        }

        /// <summary>
        /// The size ONNX shape inference gives a pooling (opset 13): explicit pads, integer division truncated toward zero, and in
        /// ceil mode no "window may not start in the right padding" correction. May be below 1 where PyTorch refuses.
        /// </summary>
        public static long OnnxPool(long input, long kernel, long stride, long dilation, AxisPadding padding, bool ceilMode)
        {
            long span = input + padding.Total - EffectiveKernel(kernel, dilation);
            long steps = ceilMode && span > 0 ? (span + stride - 1) / stride : span / stride;
            return steps + 1;
        }

        /// <summary>Transposed convolution, Relationships 8–14: o = (i − 1)s − pl − pr + d(k − 1) + op + 1.</summary>
        public static Outcome<AxisResult> Transposed(long input, long kernel, long stride, long dilation, AxisPadding padding, long outputPadding)
        {
            long output = TransposedSize(input, kernel, stride, dilation, padding, outputPadding);
            int relationship = TransposedRelationship(kernel, stride, dilation, padding, outputPadding);
            var formula = new AxisFormula(FormulaKind.Transposed, input, kernel, stride, dilation, padding, outputPadding, output, output, relationship, null);
            if (output < 1)
            {
                return new Refusal(Rule.OutputBelowOne, Param.Padding,
                    "the transposed output " + (formula with { Relationship = 0 }) + " is below 1: the padding " + padding.Term + " removes more than the kernel adds; lower the padding or raise the input size");
            }
            return Sized(new AxisResult(output, padding, 0, 0, formula, relationship));
        }

        /// <summary>
        /// The numbers alone, for searches over many input sizes (CSA3003); the formula-building functions above use them too.
        /// Convolution: o = ⌊(i + pl + pr − k̂)/s⌋ + 1, or null where the padded input is smaller than k̂.
        /// </summary>
        public static long? ConvolutionSize(long input, long kernel, long stride, long dilation, AxisPadding padding)
        {
            long span = input + padding.Total - EffectiveKernel(kernel, dilation);
            return span < 0 ? null : span / stride + 1;
        }

        /// <summary>
        /// PyTorch's pooled size before its o ≥ 1 check: ⌊(i + pl + pr − k̂)/s⌋ + 1, or in ceil mode ⌈…⌉ + 1 less a window that
        /// would start in the right padding. Below 1 where PyTorch refuses (MaxPool1d: see PoolingRules).
        /// </summary>
        public static long PoolSize(long input, long kernel, long stride, long dilation, AxisPadding padding, bool ceilMode)
        {
            long span = input + padding.Total - EffectiveKernel(kernel, dilation);
            if (!ceilMode)
                return FloorDiv(span, stride) + 1;
            long rounded = CeilDiv(span, stride) + 1;
            return (rounded - 1) * stride >= input + padding.Before ? rounded - 1 : rounded;
        }

        /// <summary>Transposed convolution: o = (i − 1)s − pl − pr + d(k − 1) + op + 1, which PyTorch refuses below 1.</summary>
        public static long TransposedSize(long input, long kernel, long stride, long dilation, AxisPadding padding, long outputPadding) =>
            (input - 1) * stride - padding.Total + dilation * (kernel - 1) + outputPadding + 1;

        /// <summary>
        /// Relationship 14's a: the output padding that makes a transposed convolution restore the input size
        /// <paramref name="restoredInput"/> of the convolution it mirrors (same k, s, p, d): a = (i + pl + pr − k̂) mod s.
        /// </summary>
        public static long MirrorOutputPadding(long restoredInput, long kernel, long stride, long dilation, AxisPadding padding)
        {
            long span = restoredInput + padding.Total - EffectiveKernel(kernel, dilation);
            return span < 0 ? 0 : span % stride;
        }

        internal static long CeilDiv(long a, long b) => FloorDiv(a + b - 1, b);

        internal static long FloorDiv(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);

        /// <param name="maxPadding">The most padding the layer may take per side: pooling's ⌊k/2⌋ (CSA1005), so the hint never suggests a refused one.</param>
        private static Refusal TooSmall(long input, long kernel, long dilation, AxisPadding padding, long maxPadding)
        {
            long kHat = EffectiveKernel(kernel, dilation);
            string kernelText = dilation == 1 ? N(kernel) : "k̂ = " + N(dilation) + "·(" + N(kernel) + " − 1) + 1 = " + N(kHat);
            long neededPadding = (kHat - input + 1) / 2;
            string fix = "use an input of at least " + N(System.Math.Max(1, kHat - padding.Total));
            if (neededPadding <= maxPadding)
                fix += " or pad by " + N(neededPadding) + " on each side";
            else if (maxPadding > padding.Before)    // a dilated pooling window outgrows what its padding may add
                fix += ", or of at least " + N(System.Math.Max(1, kHat - 2 * maxPadding)) + " with Padding = " + N(maxPadding) + " (pooling pads at most ⌊"
                    + N(kernel) + "/2⌋ = " + N(maxPadding) + " on each side)";
            else
                fix += " (pooling pads at most ⌊" + N(kernel) + "/2⌋ = " + N(maxPadding) + " on each side)";
            return new Refusal(Rule.OutputBelowOne, Param.Layer,
                "the padded input " + N(input) + " + " + padding.Term + " = " + N(input + padding.Total) + " is smaller than the kernel " + kernelText
                + ", so o < 1; " + fix);
        }

        private static Outcome<AxisResult> Sized(AxisResult result) =>
            result.Output > MaxSize
                ? new Refusal(Rule.Overflow, Param.Layer, "the output size " + N(result.Output) + " overflows a 32-bit size (" + result.Formula + ")")
                : result;

        private static int ConvolutionRelationship(long kernel, long stride, long dilation, AxisPadding padding)
        {
            if (!padding.IsSymmetric) return 0;
            long p = padding.Before;
            if (dilation > 1) return 15;
            if (stride > 1) return p == 0 ? 5 : 6;
            if (p == 0) return 1;
            if (kernel % 2 == 1 && p == kernel / 2) return 3;
            return p == kernel - 1 ? 4 : 2;
        }

        private static int TransposedRelationship(long kernel, long stride, long dilation, AxisPadding padding, long outputPadding)
        {
            if (!padding.IsSymmetric || dilation > 1) return 0;
            long p = padding.Before;
            if (stride == 1)
            {
                if (p == 0) return 8;
                if (kernel % 2 == 1 && p == kernel / 2) return 10;
                return p == kernel - 1 ? 11 : 9;
            }
            if (outputPadding > 0) return 14;
            return p == 0 ? 12 : 13;
        }
    }
}
