using System.Collections.Generic;
using System.Linq;
using static ConvShapeAnalyzers.Core.Text;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>
    /// Input sizes for which a network's joins (Add, Concat, CenterCrop) fit, searched one axis at a time: the hints of
    /// CSA2003/CSA2004 and the check of CSA3003.
    /// </summary>
    internal static class InputSizeSearch
    {
        private const int Window = 256;
        private const int Neighbourhood = 32;

        /// <summary>
        /// The layer whose join breaks when the axis has this size, or -1 when every join fits, decided on the axis's 1-D slice so
        /// that a mismatch on another axis does not count. For the hints of networks with errors, which <see cref="AxisSizes"/>
        /// cannot take.
        /// </summary>
        public static int BrokenJoin(NetworkSpec spec, int axis, long size)
        {
            if (size < 1)
                return int.MaxValue;
            NetworkReport report = NetworkAnalyzer.Analyze(AxisSlice.Of(spec, axis, size), hints: false, descriptions: false);
            foreach (Finding finding in report.Findings)
                if (finding.Rule is Rule.AddMismatch or Rule.ConcatMismatch or Rule.OutputBelowOne || (finding.Rule == Rule.OutOfRange && finding.Param == Param.Sources))
                    return finding.Layer;
            return -1;
        }

        /// <summary>
        /// ". The network fits at input Height 64 or 66" for the axes where the declared size breaks the joins, and ". No input
        /// Width within 256 of 57 makes the join fit" for those where no size near it does; appended to a message.
        /// </summary>
        public static string FittingSizes(NetworkSpec spec)
        {
            var parts = new List<string>();
            var none = new List<string>();
            string[] names = Axes.For(spec.Input.Rank);
            for (int a = 0; a < spec.Input.Rank; a++)
            {
                long size = spec.Input.Sizes[a];
                if (BrokenJoin(spec, a, size) < 0)
                    continue;
                long below = 0, above = 0;
                for (long delta = 1; delta <= Window && (below == 0 || above == 0); delta++)
                {
                    if (below == 0 && size - delta >= 1 && BrokenJoin(spec, a, size - delta) < 0)
                        below = size - delta;
                    if (above == 0 && BrokenJoin(spec, a, size + delta) < 0)
                        above = size + delta;
                }
                if (below > 0 || above > 0)
                    parts.Add(names[a] + " " + string.Join(" or ", new[] { below, above }.Where(s => s > 0).Select(N)));
                else
                    none.Add(names[a] + " within " + N(Window) + " of " + N(size));
            }
            return (parts.Count == 0 ? "" : ". The network fits at input " + string.Join(", ", parts))
                + (none.Count == 0 ? "" : ". No input " + string.Join(" or ", none) + " makes the join fit");
        }

        /// <summary>
        /// CSA3003: the joins fit at the declared size but break at neighbouring sizes; returns (layer, axis, message) per axis
        /// where that happens, naming the sizes near the declared one that fit (the caller joins the axes of one layer).
        /// <paramref name="layers"/> is the analysis at the declared size, which found no error.
        /// </summary>
        public static IEnumerable<(int Layer, string Axis, string Message)> SizeDependentJoins(NetworkSpec spec, IReadOnlyList<LayerReport> layers)
        {
            string[] names = Axes.For(spec.Input.Rank);
            var found = new (int Layer, string Message)?[spec.Input.Rank];
            for (int a = 0; a < spec.Input.Rank; a++)
            {
                // A square network whose layers treat Width as they treat Height breaks at the same sizes on both: search once.
                int twin = 0;
                while (twin < a && !AxisSizes.Alike(spec, layers, twin, a))
                    twin++;
                found[a] = twin < a ? found[twin] : SizeDependentJoin(spec, layers, a);
                if (found[a] is { } join)
                    yield return (join.Layer, names[a], join.Message);
            }
        }

        /// <summary>The first join that breaks at some size within <see cref="Neighbourhood"/> of the axis's declared size, and the sizes that fit.</summary>
        private static (int Layer, string Message)? SizeDependentJoin(NetworkSpec spec, IReadOnlyList<LayerReport> layers, int axis)
        {
            long size = spec.Input.Sizes[axis];
            long low = System.Math.Max(1, size - Neighbourhood), high = size + Neighbourhood;
            var sizes = new AxisSizes(spec, layers, axis);
            var fitting = new List<long>();
            int broken = -1;
            for (long candidate = low; candidate <= high; candidate++)
            {
                int layer = candidate == size ? -1 : sizes.BrokenLayer(candidate);
                if (layer < 0)
                    fitting.Add(candidate);
                else if (broken < 0 && spec.Layers[layer].Kind is LayerKind.Add or LayerKind.Concat or LayerKind.CenterCrop)
                    broken = layer;
            }
            return broken < 0 ? null : (broken, "fits at the declared size " + N(size) + ", but not at every input size: of " + N(low) + " to " + N(high)
                + " only " + Sizes(fitting) + " fit");
        }

        private static string Sizes(List<long> sizes) =>
            sizes.Count <= 8 ? string.Join(", ", sizes.Select(N)) : string.Join(", ", sizes.Take(8).Select(N)) + " and " + N(sizes.Count - 8) + " more";
    }
}
