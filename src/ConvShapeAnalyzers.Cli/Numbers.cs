using System.Collections.Generic;
using System.Globalization;

namespace ConvShapeAnalyzers.Cli
{
    /// <summary>Whole numbers from the command line: "6" for every axis or "6,7" per axis, invariant culture, 32-bit sizes.</summary>
    public static class Numbers
    {
        public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

        public static string Plural(long count, string unit) => Text(count) + " " + unit + (count == 1 ? "" : "s");

        /// <summary>One value per axis; a single value applies to every axis.</summary>
        public static long[] PerAxis(string option, string? text, int rank, long fallback)
        {
            if (text is null)
                return Fill(rank, fallback);
            string[] parts = text.Split(',');
            if (parts.Length != 1 && parts.Length != rank)
            {
                throw new UsageException(option + " takes " + (rank == 1 ? "one value" : "one value or " + Text(rank) + " values separated by a comma")
                    + ", not '" + text + "'");
            }
            var values = new List<long>();
            foreach (string part in parts)
                values.Add(Parse(option, part.Trim()));
            return values.Count == 1 ? Fill(rank, values[0]) : values.ToArray();
        }

        public static long Parse(string option, string text)
        {
            if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
                throw new UsageException(option + ": '" + text + "' is not a whole number");
            if (value > int.MaxValue || value < int.MinValue)
                throw new UsageException(option + ": " + text + " is too large (sizes are 32-bit: at most " + Text(int.MaxValue) + ")");
            return value;
        }

        private static long[] Fill(int rank, long value)
        {
            var values = new long[rank];
            for (int n = 0; n < rank; n++)
                values[n] = value;
            return values;
        }
    }
}
