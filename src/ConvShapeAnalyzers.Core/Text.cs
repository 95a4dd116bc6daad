using System.Globalization;
using System.Text;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>Invariant-culture number formatting for messages and generated code.</summary>
    internal static class Text
    {
        public static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

        public static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);

        public static string Plural(long count, string unit) => N(count) + " " + unit + (count == 1 ? "" : "s");

        /// <summary>The placeholder per-axis messages use for "row", "column", ... so identical axes can share one message.</summary>
        public const string UnitPlaceholder = "{unit}";

        /// <summary>The plural of <see cref="UnitPlaceholder"/>: "rows and columns".</summary>
        public const string UnitsPlaceholder = "{units}";

        /// <summary>
        /// Joins per-axis messages, writing axes whose messages agree once: "Height and Width: … the last input row and
        /// column never read" instead of the same sentence twice.
        /// </summary>
        public static string JoinAxes(System.Collections.Generic.IEnumerable<(string Axis, string Message)> parts)
        {
            var groups = new System.Collections.Generic.List<(System.Collections.Generic.List<string> Axes, string Message)>();
            foreach ((string axis, string message) in parts)
            {
                int found = groups.FindIndex(g => g.Message == message);
                if (found >= 0)
                    groups[found].Axes.Add(axis);
                else
                    groups.Add((new System.Collections.Generic.List<string> { axis }, message));
            }
            return string.Join("; ", groups.ConvertAll(g => Axes.Together(g.Axes) + ": "
                + g.Message.Replace(UnitPlaceholder, Axes.Together(g.Axes.ConvertAll(Axes.Unit)))
                    .Replace(UnitsPlaceholder, Axes.Together(g.Axes.ConvertAll(a => Axes.Unit(a) + "s")))));
        }

        /// <summary>Appends " (Relationship 5)", or nothing when the guide has no relationship for the case.</summary>
        public static StringBuilder Relationship(this StringBuilder text, int number, string? note)
        {
            if (number != 0)
            {
                text.Append(" (Relationship ").Number(number);
                if (note is not null)
                    text.Append(", ").Append(note);
                text.Append(')');
            }
            return text;
        }

        /// <summary>Appends a number in the invariant culture (StringBuilder.Append(long) takes the current culture's minus sign).</summary>
        public static StringBuilder Number(this StringBuilder text, long value) => value >= 0 ? text.Append(value) : text.Append(N(value));

        /// <summary>Appends <see cref="AxisPadding.Term"/>.</summary>
        public static StringBuilder Term(this StringBuilder text, AxisPadding padding) =>
            padding.IsSymmetric ? text.Append("2·").Number(padding.Before) : text.Number(padding.Before).Append(" + ").Number(padding.After);
    }
}
