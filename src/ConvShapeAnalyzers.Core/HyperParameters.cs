using System.Linq;
using static ConvShapeAnalyzers.Core.Text;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>Turns declared arguments into one value per axis, reporting CSA1001 for wrong counts and out-of-range values.</summary>
    internal static class HyperParameters
    {
        /// <summary>Shared all-0 and all-1 arrays per rank, the defaults of most hyper-parameters.</summary>
        private static readonly long[][] Zeros = { new long[0], new long[1], new long[2], new long[3] };
        private static readonly long[][] Ones = { new long[0], new long[] { 1 }, new long[] { 1, 1 }, new long[] { 1, 1, 1 } };

        /// <summary>
        /// <paramref name="value"/> for every axis. The arrays of per-axis values are never written (a change is made on a copy),
        /// so the common 0 and 1 fills are shared rather than allocated for every layer.
        /// </summary>
        public static long[] Fill(int rank, long value)
        {
            if ((value == 0 || value == 1) && rank >= 0 && rank < Zeros.Length)
                return value == 0 ? Zeros[rank] : Ones[rank];
            var values = new long[rank];
            for (int a = 0; a < rank; a++)
                values[a] = value;
            return values;
        }

        /// <summary>One value per axis, the fallback when not declared; null (after a report) when the declaration is wrong.</summary>
        public static long[]? Expand(LayerScope scope, SizeArg? arg, long[] fallback, Param param, string name, long min, bool listPerAxis = false)
        {
            int rank = fallback.Length;
            if (arg is null)
                return fallback;
            if (arg.Mode != PadMode.Explicit)
            {
                scope.Report(Rule.OutOfRange, param, name + " = " + arg.Source + " is a padding mode; " + name + " takes a number or one number per axis");
                return null;
            }
            long[]? values = PerAxis(scope, arg, rank, param, name, listPerAxis);
            if (values is null)
                return null;
            // Loops, not lambdas: this runs for every hyper-parameter of every layer, and a capturing lambda allocates each time.
            long? bad = null;
            foreach (long value in values)
            {
                if (value > AxisArithmetic.MaxSize)
                {
                    scope.Report(Rule.Overflow, param, name + " = " + arg.Source + " overflows a 32-bit size");
                    return null;
                }
                if (value < min)
                    bad ??= value;
            }
            if (bad is not null)
            {
                scope.Report(Rule.OutOfRange, param, name + " = " + arg.Source + " is out of range: " + N(bad.Value) + " is below " + N(min)
                    + "; " + name + " must be at least " + N(min));
                return null;
            }
            return values;
        }

        /// <summary>
        /// Scalar broadcast or exactly one value per axis, as PyTorch accepts them. With <paramref name="listPerAxis"/> a list
        /// of one value is not a scalar on a 2-D or 3-D layer (<see cref="SizeArg.ListOfOne"/>).
        /// </summary>
        public static long[]? PerAxis(LayerScope scope, SizeArg arg, int rank, Param param, string name, bool listPerAxis = false)
        {
            if (arg.Values.Count == 1 && listPerAxis && arg.ListOfOne && rank > 1)
            {
                scope.Report(Rule.OutOfRange, param, name + " = " + arg.Source + " is a list of one value; " + scope.Module + " takes a number for every axis or a list of one value per axis ("
                    + string.Join(", ", Axes.For(rank)) + "), as PyTorch does: write " + N(arg.Values[0]) + ", or " + SizeArg.Of(Fill(rank, arg.Values[0])).Source);
                return null;
            }
            if (arg.Values.Count == 1)
                return Fill(rank, arg.Values[0]);
            if (arg.Values.Count == rank && rank > 0)
                return arg.Values.ToArray();
            scope.Report(Rule.OutOfRange, param, name + " has " + Plural(arg.Values.Count, "value") + "; " + scope.Module + " takes one, or one per axis ("
                + string.Join(", ", Axes.For(rank)) + ")");
            return null;
        }

        /// <summary>A count argument (channels, features, groups) that must be at least 1.</summary>
        public static bool Positive(LayerScope scope, long value, Param param, string name)
        {
            if (value >= 1)
                return true;
            scope.Report(Rule.OutOfRange, param, name + " = " + N(value) + " is out of range: it must be at least 1");
            return false;
        }

        /// <summary>Padding: a mode among <paramref name="allowed"/>, or numbers of at least 0.</summary>
        public static (PadMode Mode, long[] Values)? Padding(LayerScope scope, SizeArg? arg, int rank, params PadMode[] allowed)
        {
            if (arg is not null && arg.Mode != PadMode.Explicit)
            {
                if (allowed.Contains(arg.Mode))
                    return (arg.Mode, Fill(rank, 0));
                scope.Report(Rule.OutOfRange, Param.Padding, "Padding = " + arg.Source + " is not available for " + scope.Module + "; it takes "
                    + string.Join(", ", allowed.Select(m => m.SourceName()).Concat(new[] { "numbers" })));
                return null;
            }
            long[]? values = Expand(scope, arg, Fill(rank, 0), Param.Padding, "Padding", 0);
            return values is null ? null : (PadMode.Explicit, values);
        }

        /// <summary>C# text for per-axis values: a scalar when they agree.</summary>
        public static string Source(long[] values) =>
            AllEqual(values) ? N(values[0]) : SizeArg.Of(values).Source;

        /// <summary>"3" when every axis agrees, else "3×1".</summary>
        public static string Compact(long[] values) =>
            AllEqual(values) ? N(values[0]) : string.Join("×", values.Select(N));

        /// <summary>At least one value, and every one the same.</summary>
        public static bool AllEqual(long[] values)
        {
            for (int a = 1; a < values.Length; a++)
                if (values[a] != values[0])
                    return false;
            return values.Length > 0;
        }
    }
}
