using System.Text;

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
            var text = new StringBuilder(96);
            WriteTo(text);
            return text.ToString();
        }

        /// <summary>Appends the formula to <paramref name="text"/>: the generator writes it straight into its file, no string between.</summary>
        public void WriteTo(StringBuilder text)
        {
            switch (Kind)
            {
                case FormulaKind.Floor:
                    Quotient(text, "⌊", "⌋").Number(Output)
                        .Relationship(Relationship, Relationship == 3 ? "half padding" : Relationship == 4 ? "full padding" : null);
                    break;
                case FormulaKind.Ceil:
                    Quotient(text, "⌈", "⌉").Number(Rounded);
                    if (Output != Rounded)
                        text.Append(", less the window that would start in the right padding ((").Number(Rounded).Append(" − 1)·").Number(Stride).Append(" ≥ ")
                            .Number(Input).Append(" + ").Number(Padding.Before).Append(") = ").Number(Output);
                    break;
                case FormulaKind.Transposed:
                    text.Append("o = (").Number(Input).Append(" − 1)·").Number(Stride).Append(" − ").Term(Padding).Append(" + ").Number(Dilation).Append("·(")
                        .Number(Kernel).Append(" − 1) + ").Number(OutputPadding).Append(" + 1 = ").Number(Output)
                        .Relationship(Relationship, Relationship == 10 ? "half padding" : Relationship == 11 ? "full padding" : null);
                    break;
                case FormulaKind.EmptyFloor:
                    Quotient(text, "⌊", "⌋").Append("0: an empty output, which MaxPool1d allows");
                    break;
                case FormulaKind.EmptyCeil:
                    Quotient(text, "⌈", "⌉").Append("0: an empty output, which MaxPool1d allows");
                    break;
                default:
                    text.Append(Given);
                    break;
            }
        }

        /// <summary>"k̂ = 2·(3 − 1) + 1 = 5; o = ⌊(7 + 2·0 − 5)/1⌋ + 1 = ", the rounding written with <paramref name="open"/> and <paramref name="close"/>.</summary>
        private StringBuilder Quotient(StringBuilder text, string open, string close)
        {
            long kHat = AxisArithmetic.EffectiveKernel(Kernel, Dilation);
            if (Dilation != 1)
                text.Append("k̂ = ").Number(Dilation).Append("·(").Number(Kernel).Append(" − 1) + 1 = ").Number(kHat).Append("; ");
            return text.Append("o = ").Append(open).Append('(').Number(Input).Append(" + ").Term(Padding).Append(" − ").Number(kHat).Append(")/")
                .Number(Stride).Append(close).Append(" + 1 = ");
        }
    }
}
