using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ConvShapeAnalyzers.Core;
using Microsoft.CodeAnalysis.CSharp;

namespace ConvShapeAnalyzers.Generation
{
    /// <summary>A torchinfo-style table: layer, module, output shape, parameters, multiply-adds, and the totals.</summary>
    internal static class SummaryTable
    {
        private const int Columns = 5, FirstNumberColumn = 3;

        /// <summary>
        /// The table of the last network written on this thread, and its characters, kept for the next (as
        /// <see cref="CodeWriter"/> keeps its buffer): the table is copied into the file, so a buffer and a string per network
        /// would be garbage at once. The characters are read from an array because a StringBuilder's indexer is a call per character.
        /// </summary>
        [ThreadStatic]
        private static StringBuilder? spare;
        [ThreadStatic]
        private static char[]? spareChars;
        private const int KeptCapacity = 1 << 14;    // characters: a table of about 200 layers

        /// <summary>
        /// Writes the table as a C# string literal. Only line ends need escaping in the usual table (names, shapes,
        /// numbers), so that is done here, straight into the file; anything else is left to the compiler's own escaping,
        /// which is slower.
        /// </summary>
        public static void WriteLiteral(CodeWriter code, NetworkReport report)
        {
            StringBuilder table = spare ?? new StringBuilder(4096);
            spare = null;
            table.Clear();
            Write(report, table);
            char[] chars = spareChars is { } kept && kept.Length >= table.Length ? kept : new char[table.Length];
            table.CopyTo(0, chars, 0, table.Length);
            if (IsPlain(chars, table.Length))
            {
                code.Append('"');
                int line = 0;
                for (int n = 0; n < table.Length; n++)
                    if (chars[n] == '\n')
                    {
                        code.Append(chars, line, n - line).Append("\\n");
                        line = n + 1;
                    }
                code.Append(chars, line, table.Length - line).Append('"');
            }
            else
                code.Append(SymbolDisplay.FormatLiteral(table.ToString(), quote: true));
            if (table.Capacity <= KeptCapacity)
            {
                spare = table;
                spareChars = chars;
            }
        }

        /// <summary>Whether the text needs no escaping in a literal but its line ends.</summary>
        private static bool IsPlain(char[] chars, int length)
        {
            for (int n = 0; n < length; n++)
            {
                char c = chars[n];
                if (!(c == '\n' || (c >= ' ' && c <= '~' && c != '"' && c != '\\') || char.IsLetterOrDigit(c) || c == '×'))
                    return false;
            }
            return true;
        }

        private static void Write(NetworkReport report, StringBuilder text)
        {
            var rows = new List<string[]> { new[] { "Layer", "Module", "Output", "Parameters", "Multiply-adds" } };
            rows.Add(new[] { "(input)", "", report.Input.ToString(), "", "" });
            long parameters = 0, multiplyAdds = 0;
            foreach (LayerReport layer in report.Layers)
            {
                bool known = layer.Emittable && layer.Output is not null;
                rows.Add(new[] { layer.Name, layer.Module, known ? layer.Output!.ToString() : "(error)", known ? Count(layer.Parameters) : "", known ? Count(layer.MultiplyAdds) : "" });
                if (known)
                {
                    parameters = Add(parameters, layer.Parameters);
                    multiplyAdds = Add(multiplyAdds, layer.MultiplyAdds);
                }
            }
            int[] widths = new int[Columns];
            foreach (string[] row in rows)
                for (int c = 0; c < Columns; c++)
                    widths[c] = Math.Max(widths[c], row[c].Length);
            int width = widths.Sum() + 2 * (Columns - 1);
            text.EnsureCapacity((width + 1) * (rows.Count + 8));
            text.Append(report.Name).Append('\n').Append('=', width).Append('\n');
            for (int r = 0; r < rows.Count; r++)
            {
                AppendRow(text, rows[r], widths);
                if (r == 0)
                    text.Append('-', width).Append('\n');
            }
            text.Append('=', width).Append('\n');
            text.Append("Total parameters: ").Append(Count(parameters)).Append('\n');
            text.Append("Total multiply-adds: ").Append(Count(multiplyAdds));
            if (report.Layers.Any(l => !l.Emittable))
                text.Append("\n(layers marked (error) have a diagnostic; the totals leave them out)");
        }

        /// <summary>Names and modules left-aligned, numbers right-aligned, no trailing spaces.</summary>
        private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
        {
            int start = text.Length;
            for (int c = 0; c < Columns; c++)
            {
                if (c > 0)
                    text.Append(' ', 2);
                int pad = widths[c] - cells[c].Length;
                if (c >= FirstNumberColumn)
                    text.Append(' ', pad).Append(cells[c]);
                else
                    text.Append(cells[c]).Append(' ', pad);
            }
            int end = text.Length;
            while (end > start && text[end - 1] == ' ')
                end--;
            text.Length = end;
            text.Append('\n');
        }

        private static long Add(long a, long b) => a < 0 || b < 0 || a > long.MaxValue - b ? -1 : a + b;

        private static string Count(long value) => value < 0 ? "overflow" : value.ToString("N0", CultureInfo.InvariantCulture);
    }
}
