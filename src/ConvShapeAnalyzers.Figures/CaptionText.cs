using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConvShapeAnalyzers.Core;

namespace ConvShapeAnalyzers.Figures
{
    /// <summary>One caption line; Indent 1 lines continue the axis line above them.</summary>
    internal readonly record struct CaptionLine(int Indent, string Text);

    /// <summary>
    /// The words under a layer figure: the sizes, the core's formula per axis (axes that agree share a line, as the core's
    /// messages do), the stride remainder, the transposed convolution's direct view, and which placement is shaded.
    /// </summary>
    internal static class CaptionText
    {
        private const string Unit = "{unit}";

        public static string Summary(FigureRequest request, IReadOnlyList<AxisLayout> axes)
        {
            var parts = new List<string>
            {
                "i = " + Size(request.Axes.Select(a => a.Input)),
                "k = " + Value(request.Axes.Select(a => a.Kernel)),
                "s = " + Value(request.Axes.Select(a => a.Stride)),
                "p = " + Value(request.Axes.Select(a => a.Padding.IsSymmetric ? N(a.Padding.Before) : N(a.Padding.Before) + "+" + N(a.Padding.After))),
            };
            if (request.Axes.Any(a => a.Dilation != 1))
                parts.Add("d = " + Value(request.Axes.Select(a => a.Dilation)));
            if (request.Layer == FigureLayer.Transposed)
                parts.Add("a = " + Value(request.Axes.Select(a => a.OutputPadding)));
            if (request.CeilMode)
                parts.Add("ceil mode");
            string output = axes.All(a => a.Output > 0) ? "o = " + Size(axes.Select(a => a.Output)) : "no output";
            return LayerName(request) + ": " + string.Join(", ", parts) + " → " + output;
        }

        public static string LayerName(FigureRequest request)
        {
            string rank = N(request.Axes.Count) + "d";
            switch (request.Layer)
            {
                case FigureLayer.MaxPool: return "MaxPool" + rank;
                case FigureLayer.AvgPool: return "AvgPool" + rank;
                case FigureLayer.Transposed: return "ConvTranspose" + rank;
                default: return "Conv" + rank;
            }
        }

        public static List<CaptionLine> Lines(FigureRequest request, IReadOnlyList<AxisLayout> axes, long shown)
        {
            var lines = new List<CaptionLine> { new CaptionLine(0, Summary(request, axes)) };
            string[] names = request.Axes.Count == 1 ? new[] { "Length" } : new[] { "Height", "Width" };
            string[] units = request.Axes.Count == 1 ? new[] { "position" } : new[] { "row", "column" };

            // Axes whose lines agree are written once: "Height and Width: ...".
            var groups = new List<(List<int> Axes, List<string> Lines)>();
            for (int n = 0; n < axes.Count; n++)
            {
                List<string> own = AxisLines(request, request.Axes[n], axes[n]);
                int found = groups.FindIndex(g => g.Lines.SequenceEqual(own));
                if (found >= 0)
                    groups[found].Axes.Add(n);
                else
                    groups.Add((new List<int> { n }, own));
            }
            foreach ((List<int> members, List<string> own) in groups)
            {
                string prefix = Axes.Together(members.ConvertAll(n => names[n])) + ": ";
                string unit = Axes.Together(members.ConvertAll(n => units[n]));
                for (int n = 0; n < own.Count; n++)
                    lines.Add(new CaptionLine(n == 0 ? 0 : 1, (n == 0 ? prefix : "") + own[n].Replace(Unit, unit)));
            }
            lines.Add(new CaptionLine(0, Placement(request, axes, shown)));
            return lines;
        }

        private static List<string> AxisLines(FigureRequest request, FigureAxis axis, AxisLayout layout)
        {
            var lines = new List<string>();
            if (layout.Result is not { } result)
            {
                lines.Add(layout.Refusal ?? "");
                return lines;
            }
            lines.Add(result.Formula);
            if (layout.Direct is { } direct)
                lines.Add("as a stride-1 convolution (guide §4): " + direct.Formula);
            else if (!request.CeilMode && result.Remainder > 0)
                lines.Add(Remainder(axis, result));
            return lines;
        }

        private static string Remainder(FigureAxis axis, AxisResult result)
        {
            string pads = axis.Padding.IsSymmetric ? "2·" + N(axis.Padding.Before) : N(axis.Padding.Before) + " + " + N(axis.Padding.After);
            string r = "r = (" + N(axis.Input) + " + " + pads + " − " + N(AxisArithmetic.EffectiveKernel(axis.Kernel, axis.Dilation)) + ") mod "
                + N(axis.Stride) + " = " + N(result.Remainder);
            if (result.Dropped == 0)
                return r + " ≤ pr = " + N(axis.Padding.After) + ": only padding is left unread";
            string last = result.Dropped == 1 ? "the last " + Unit : "the last " + N(result.Dropped) + " " + Unit + "s";
            return r + " > pr = " + N(axis.Padding.After) + ": " + last + " of the input (hatched) never read (CSA3001)";
        }

        private static string Placement(FigureRequest request, IReadOnlyList<AxisLayout> axes, long shown)
        {
            long total = axes.Aggregate(1L, (product, a) => product * a.Output);
            if (total == 0)
                return "No placement fits: the kernel (outlined red) hangs over the end of the padded input (CSA1002).";
            if (request.Animate)
                return "Animated: one frame per kernel placement (" + N(total) + " frames, " + N(Palette.FrameMilliseconds) + " ms each).";
            if (axes.Count == 1)
                return "Shaded: the kernel at placement " + N(shown) + " (counted from 0), giving output " + N(shown) + ".";
            long columns = axes[1].Output;
            return "Shaded: the kernel at placement " + N(shown) + " (counted from 0, row by row), giving output row "
                + N(shown / columns) + ", column " + N(shown % columns) + ".";
        }

        public static string Size(IEnumerable<long> values) => string.Join("×", values.Select(N));

        private static string Value(IEnumerable<long> values) => Value(values.Select(N));

        private static string Value(IEnumerable<string> values)
        {
            var distinct = values.ToList();
            // Per-axis hyper-parameters as PyTorch writes a tuple: (3, 2).
            return distinct.Distinct().Count() == 1 ? distinct[0] : "(" + string.Join(", ", distinct) + ")";
        }

        private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
