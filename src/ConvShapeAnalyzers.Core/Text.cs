using System.Globalization;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>Invariant-culture number formatting for messages and generated code.</summary>
    internal static class Text
    {
        public static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

        public static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);

        public static string Plural(long count, string unit) => N(count) + " " + unit + (count == 1 ? "" : "s");

        /// <summary>" (Relationship 5)" or "" when the guide has no relationship for the case.</summary>
        public static string Relationship(int number, string? note = null) =>
            number == 0 ? "" : " (Relationship " + N(number) + (note is null ? "" : ", " + note) + ")";
    }
}
