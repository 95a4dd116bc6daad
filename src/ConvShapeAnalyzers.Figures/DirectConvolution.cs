using System.Globalization;
using ConvShapeAnalyzers.Core;

namespace ConvShapeAnalyzers.Figures
{
    /// <summary>
    /// The guide's section 4 view of a transposed convolution: a stride-1 convolution over the input stretched with
    /// s − 1 zeros between units (i′ = (i − 1)(s − 1) + i), padded by d(k − 1) − p on each side and by the output padding a
    /// on the bottom/right (Relationships 12–14). Its output is the transposed convolution's.
    /// </summary>
    public sealed record DirectConvolution(long Input, long Stretched, long PaddingBefore, long PaddingAfter, long Extra, long EffectiveKernel)
    {
        /// <summary>The cells the direct convolution slides over.</summary>
        public long Length => PaddingBefore + Stretched + PaddingAfter + Extra;

        /// <summary>Stride 1: o = i′ + p′ + p′ + a − k̂ + 1.</summary>
        public long Output => Length - EffectiveKernel + 1;

        /// <summary>A padding larger than d(k − 1) would crop the stretched input instead of padding it; that is not drawn.</summary>
        public bool PadsOnly => PaddingBefore >= 0 && PaddingAfter >= 0;

        /// <summary>"i′ = (3 − 1)·(2 − 1) + 3 = 5, p′ = 3 − 1 − 1 = 1, a = 1: o = 5 + 2·1 + 1 − 3 + 1 = 6".</summary>
        public string Formula { get; private init; } = "";

        public static DirectConvolution Of(FigureAxis axis)
        {
            long reach = axis.Dilation * (axis.Kernel - 1);
            var direct = new DirectConvolution(
                axis.Input,
                (axis.Input - 1) * (axis.Stride - 1) + axis.Input,
                reach - axis.Padding.Before,
                reach - axis.Padding.After,
                axis.OutputPadding,
                reach + 1);
            return direct with { Formula = Describe(axis, direct) };
        }

        private static string Describe(FigureAxis axis, DirectConvolution direct)
        {
            string stretched = "i′ = (" + N(axis.Input) + " − 1)·(" + N(axis.Stride) + " − 1) + " + N(axis.Input) + " = " + N(direct.Stretched);
            string padding = axis.Padding.IsSymmetric
                ? "p′ = " + Reach(axis, axis.Padding.Before) + " = " + N(direct.PaddingBefore)
                : "p′ = " + Reach(axis, axis.Padding.Before) + " = " + N(direct.PaddingBefore) + " before and "
                    + Reach(axis, axis.Padding.After) + " = " + N(direct.PaddingAfter) + " after";
            string extra = direct.Extra > 0 ? ", a = " + N(direct.Extra) + " on the bottom/right" : "";
            string pads = axis.Padding.IsSymmetric ? "2·" + N(direct.PaddingBefore) : N(direct.PaddingBefore) + " + " + N(direct.PaddingAfter);
            string output = "o = " + N(direct.Stretched) + " + " + pads + (direct.Extra > 0 ? " + " + N(direct.Extra) : "")
                + " − " + N(direct.EffectiveKernel) + " + 1 = " + N(direct.Output);
            return stretched + ", " + padding + extra + ", stride 1: " + output;
        }

        // The guide writes k − p − 1; with dilation the kernel reaches d(k − 1).
        private static string Reach(FigureAxis axis, long padding) =>
            axis.Dilation == 1
                ? N(axis.Kernel) + " − " + N(padding) + " − 1"
                : N(axis.Dilation) + "·(" + N(axis.Kernel) + " − 1) − " + N(padding);

        private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
