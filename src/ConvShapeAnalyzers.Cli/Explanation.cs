using System.Collections.Generic;
using System.Linq;
using ConvShapeAnalyzers.Core;
using ConvShapeAnalyzers.Figures;

namespace ConvShapeAnalyzers.Cli
{
    /// <summary>
    /// What `convshape explain` prints: the output size, then per axis (axes that agree share one block) the formula with
    /// the numbers in, the guide's relationship, the stride remainder, and the transposed convolution that mirrors a
    /// convolution (or, for a transposed convolution, its direct view).
    /// </summary>
    public static class Explanation
    {
        private const string Unit = "{unit}";

        public static string Of(LayerSpec spec)
        {
            var results = spec.Axes.Select(a => Result(spec, a)).ToList();
            var text = new List<string> { Summary(spec, results) };
            var groups = new List<(List<int> Axes, List<string> Lines)>();
            for (int n = 0; n < spec.Rank; n++)
            {
                List<string> lines = AxisLines(spec, spec.Axes[n], results[n]);
                int found = groups.FindIndex(g => g.Lines.SequenceEqual(lines));
                if (found >= 0)
                    groups[found].Axes.Add(n);
                else
                    groups.Add((new List<int> { n }, lines));
            }
            foreach ((List<int> axes, List<string> lines) in groups)
            {
                text.Add(Axes.Together(axes.ConvertAll(n => spec.AxisNames[n])) + ":");
                string unit = Axes.Together(axes.ConvertAll(n => spec.Units[n]));
                text.AddRange(lines.Select(l => "  " + l.Replace(Unit, unit)));
            }
            return string.Join("\n", text) + "\n";
        }

        /// <summary>"Conv2d: input 6×6, kernel 3, stride 2, padding 1 → output 3×3".</summary>
        public static string Summary(LayerSpec spec, IReadOnlyList<AxisResult> results)
        {
            var parts = new List<string>
            {
                "input " + spec.Size(spec.Axes.Select(a => a.Input)),
                "kernel " + Value(spec.Axes.Select(a => a.Kernel)),
                "stride " + Value(spec.Axes.Select(a => a.Stride)),
                "padding " + Value(spec.Axes.Select(a => a.Padding.Before)),
            };
            if (spec.Axes.Any(a => a.Dilation != 1))
                parts.Add("dilation " + Value(spec.Axes.Select(a => a.Dilation)));
            if (spec.Layer == FigureLayer.Transposed)
                parts.Add("output padding " + Value(spec.Axes.Select(a => a.OutputPadding)));
            if (spec.CeilMode)
                parts.Add("ceil mode");
            return spec.Module + ": " + string.Join(", ", parts) + " → output " + spec.Size(results.Select(r => r.Output));
        }

        // The options were checked (LayerOptions), so the core answers.
        public static AxisResult Result(LayerSpec spec, FigureAxis axis)
        {
            Outcome<AxisResult> outcome = spec.Layer switch
            {
                FigureLayer.Transposed => AxisArithmetic.Transposed(axis.Input, axis.Kernel, axis.Stride, axis.Dilation, axis.Padding, axis.OutputPadding),
                FigureLayer.Convolution => AxisArithmetic.Convolution(axis.Input, axis.Kernel, axis.Stride, axis.Dilation, axis.Padding),
                _ => AxisArithmetic.Pool(axis.Input, axis.Kernel, axis.Stride, axis.Dilation, axis.Padding, spec.CeilMode),
            };
            return outcome.Value ?? throw new UsageException(outcome.ToString());
        }

        private static List<string> AxisLines(LayerSpec spec, FigureAxis axis, AxisResult result)
        {
            var lines = new List<string> { "formula:      " + result.Formula, "relationship: " + Relationships.Describe(result.Relationship) };
            if (spec.Layer == FigureLayer.Transposed)
            {
                lines.Add("direct view:  a stride-1 convolution (guide §4): " + DirectConvolution.Of(axis).Formula);
                return lines;
            }
            lines.Add("remainder:    " + Remainder(spec, axis, result));
            if (spec.Layer == FigureLayer.Convolution)
                lines.Add("mirror:       " + Mirror(spec, axis, result));
            return lines;
        }

        private static string Remainder(LayerSpec spec, FigureAxis axis, AxisResult result)
        {
            if (spec.CeilMode)
                return "none: in ceil mode the last window reaches the end of the input";
            long kHat = AxisArithmetic.EffectiveKernel(axis.Kernel, axis.Dilation);
            string r = "r = (" + Numbers.Text(axis.Input) + " + 2·" + Numbers.Text(axis.Padding.Before) + " − " + Numbers.Text(kHat) + ") mod "
                + Numbers.Text(axis.Stride) + " = " + Numbers.Text(result.Remainder);
            if (result.Remainder == 0)
                return r + ": every position is read";
            string never = Numbers.Plural(result.Remainder, "position") + " never read (padding: " + Numbers.Text(result.Remainder - result.Dropped)
                + ", real input: " + Numbers.Text(result.Dropped) + ")";
            if (result.Dropped == 0)
                return r + " ≤ pr = " + Numbers.Text(axis.Padding.After) + ": " + never;
            string last = result.Dropped == 1 ? "the last " + Unit : "the last " + Numbers.Text(result.Dropped) + " " + Unit + "s";
            return r + " > pr = " + Numbers.Text(axis.Padding.After) + ": " + never + ", losing " + last + " of the input (CSA3001)";
        }

        // Relationship 14: the output padding a that makes the transposed convolution with the same k, s, p, d give i back.
        private static string Mirror(LayerSpec spec, FigureAxis axis, AxisResult result)
        {
            long a = AxisArithmetic.MirrorOutputPadding(axis.Input, axis.Kernel, axis.Stride, axis.Dilation, axis.Padding);
            long kHat = AxisArithmetic.EffectiveKernel(axis.Kernel, axis.Dilation);
            Outcome<AxisResult> back = AxisArithmetic.Transposed(result.Output, axis.Kernel, axis.Stride, axis.Dilation, axis.Padding, a);
            string module = "ConvTranspose" + Numbers.Text(spec.Rank) + "d";
            return module + " with the same kernel, stride, padding and dilation restores " + Numbers.Text(axis.Input) + " with output padding a = ("
                + Numbers.Text(axis.Input) + " + 2·" + Numbers.Text(axis.Padding.Before) + " − " + Numbers.Text(kHat) + ") mod " + Numbers.Text(axis.Stride)
                + " = " + Numbers.Text(a) + ": " + (back.Value?.Formula ?? back.Refusal?.Message);
        }

        private static string Value(IEnumerable<long> values)
        {
            var list = values.ToList();
            // Per-axis hyper-parameters as PyTorch writes a tuple: (3, 2).
            return list.Distinct().Count() == 1 ? Numbers.Text(list[0]) : "(" + string.Join(", ", list.Select(Numbers.Text)) + ")";
        }
    }
}
