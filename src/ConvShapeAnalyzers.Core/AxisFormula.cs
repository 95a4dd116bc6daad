using static ConvShapeAnalyzers.Core.Text;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>Which relationship an axis's output size came from.</summary>
    public enum FormulaKind
    {
        /// <summary>A size given rather than computed (adaptive pooling, Upsample, ZeroPad, CenterCrop): the text is kept as written.</summary>
        Given,
        /// <summary>o = ⌊(i + pl + pr − k̂)/s⌋ + 1: convolution, and pooling without ceil mode.</summary>
        Floor,
        /// <summary>o = ⌈(i + pl + pr − k̂)/s⌉ + 1, less a window that would start in the right padding: ceil-mode pooling.</summary>
        Ceil,
        /// <summary>o = (i − 1)s − pl − pr + d(k − 1) + op + 1.</summary>
        Transposed,
        /// <summary>MaxPool1d's empty output (o = 0), by ⌊⌋ or ⌈⌉.</summary>
        EmptyFloor,
        EmptyCeil,
    }

    /// <summary>
    /// How one axis's output size was worked out, kept as numbers; <see cref="ToString"/> writes the formula with them plugged
    /// in ("o = ⌊(224 + 2·0 − 3)/2⌋ + 1 = 111 (Relationship 5)"). The text is made only when asked for: generated comments and
    /// messages need it, but the analyzers, which see every axis of every layer, show none for the layers that are fine.
    /// </summary>
    public readonly record struct AxisFormula(FormulaKind Kind, long Input, long Kernel, long Stride, long Dilation, AxisPadding Padding,
        long OutputPadding, long Rounded, long Output, int Relationship, string? Given)
    {
        public static AxisFormula Of(string text) => new AxisFormula(FormulaKind.Given, 0, 0, 0, 0, default, 0, 0, 0, 0, text);

        public override string ToString()
        {
            switch (Kind)
            {
                case FormulaKind.Floor:
                    return Quotient("⌊", "⌋") + N(Output)
                        + Text.Relationship(Relationship, Relationship == 3 ? "half padding" : Relationship == 4 ? "full padding" : null);
                case FormulaKind.Ceil:
                    return Quotient("⌈", "⌉") + N(Rounded)
                        + (Output == Rounded ? "" : ", less the window that would start in the right padding ((" + N(Rounded) + " − 1)·" + N(Stride) + " ≥ "
                            + N(Input) + " + " + N(Padding.Before) + ") = " + N(Output));
                case FormulaKind.Transposed:
                    return "o = (" + N(Input) + " − 1)·" + N(Stride) + " − " + Padding.Term + " + " + N(Dilation) + "·(" + N(Kernel) + " − 1) + "
                        + N(OutputPadding) + " + 1 = " + N(Output)
                        + Text.Relationship(Relationship, Relationship == 10 ? "half padding" : Relationship == 11 ? "full padding" : null);
                case FormulaKind.EmptyFloor:
                    return Quotient("⌊", "⌋") + "0: an empty output, which MaxPool1d allows";
                case FormulaKind.EmptyCeil:
                    return Quotient("⌈", "⌉") + "0: an empty output, which MaxPool1d allows";
                default:
                    return Given ?? "";
            }
        }

        /// <summary>"k̂ = 2·(3 − 1) + 1 = 5; o = ⌊(7 + 2·0 − 5)/1⌋ + 1 = ", the rounding written with <paramref name="open"/> and <paramref name="close"/>.</summary>
        private string Quotient(string open, string close)
        {
            long kHat = AxisArithmetic.EffectiveKernel(Kernel, Dilation);
            string kernelNote = Dilation == 1 ? "" : "k̂ = " + N(Dilation) + "·(" + N(Kernel) + " − 1) + 1 = " + N(kHat) + "; ";
            return kernelNote + "o = " + open + "(" + N(Input) + " + " + Padding.Term + " − " + N(kHat) + ")/" + N(Stride) + close + " + 1 = ";
        }
    }
}
