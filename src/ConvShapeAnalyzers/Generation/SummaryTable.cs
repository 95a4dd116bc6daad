using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ConvShapeAnalyzers.Core;

namespace ConvShapeAnalyzers.Generation
{
    /// <summary>A torchinfo-style table: layer, module, output shape, parameters, multiply-adds, and the totals.</summary>
    internal static class SummaryTable
    {
        public static string Write(NetworkReport report)
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
            int[] widths = Enumerable.Range(0, 5).Select(c => rows.Max(r => r[c].Length)).ToArray();
            var text = new StringBuilder();
            string rule = new string('=', widths.Sum() + 2 * (widths.Length - 1));
            text.Append(report.Name).Append('\n').Append(rule).Append('\n');
            for (int r = 0; r < rows.Count; r++)
            {
                string line = string.Join("  ", rows[r].Select((cell, c) => c >= 3 ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c])));
                text.Append(line.TrimEnd()).Append('\n');
                if (r == 0)
                    text.Append(new string('-', rule.Length)).Append('\n');
            }
            text.Append(rule).Append('\n');
            text.Append("Total parameters: ").Append(Count(parameters)).Append('\n');
            text.Append("Total multiply-adds: ").Append(Count(multiplyAdds));
            if (report.Layers.Any(l => !l.Emittable))
                text.Append("\n(layers marked (error) have a diagnostic; the totals leave them out)");
            return text.ToString();
        }

        private static long Add(long a, long b) => a < 0 || b < 0 || a > long.MaxValue - b ? -1 : a + b;

        private static string Count(long value) => value < 0 ? "overflow" : value.ToString("N0", CultureInfo.InvariantCulture);
    }
}
