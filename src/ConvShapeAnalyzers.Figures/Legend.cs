using System.Collections.Generic;

namespace ConvShapeAnalyzers.Figures
{
    /// <summary>A row of swatches naming what the figure's colours mean; only kinds the figure shows are listed.</summary>
    internal sealed class Legend
    {
        private const int Swatch = 12;
        private const int FontSize = 12;
        private readonly List<(string Label, string[] Style, bool Kernel)> _entries = new List<(string, string[], bool)>();

        public static Legend For(IEnumerable<CellKind> kinds, bool anyDropped, bool hasOutput)
        {
            var present = new HashSet<CellKind>(kinds);
            var legend = new Legend();
            legend.Add("input", CellKind.Input, present);
            legend.Add("zero padding", CellKind.Padding, present);
            legend.Add("inserted zeros", CellKind.Zero, present);
            legend.Add("output padding a", CellKind.Extra, present);
            legend.Add("outside the input", CellKind.Beyond, present);
            if (anyDropped)
                legend._entries.Add(("never read", CellStyle.Of(CellKind.Input, true), false));
            legend._entries.Add(("kernel", CellStyle.Of(CellKind.Input, false), true));
            if (hasOutput)
                legend._entries.Add(("output", CellStyle.Output, false));
            else
                legend._entries.Add(("kernel outside the input", CellStyle.OverhangTap, false));
            return legend;
        }

        public int Width
        {
            get
            {
                int width = 0;
                foreach ((string label, _, _) in _entries)
                    width += EntryWidth(label);
                return width;
            }
        }

        public void Draw(SvgWriter svg, int x, int y)
        {
            svg.Open("g", "class", "legend", "font-size", SvgWriter.I(FontSize), "fill", Palette.Muted);
            foreach ((string label, string[] style, bool kernel) in _entries)
            {
                svg.Empty("rect", CellStyle.Rect("swatch", x, y, Swatch, style));
                if (kernel)
                    svg.Empty("rect", CellStyle.Rect("swatch", x, y, Swatch, CellStyle.Tap));
                svg.Text("text", label, "x", SvgWriter.I(x + Swatch + 5), "y", SvgWriter.I(y + Swatch - 2));
                x += EntryWidth(label);
            }
            svg.Close("g");
        }

        private void Add(string label, CellKind kind, HashSet<CellKind> present)
        {
            if (present.Contains(kind))
                _entries.Add((label, CellStyle.Of(kind, false), false));
        }

        private static int EntryWidth(string label) => Swatch + 5 + Palette.TextWidth(label, FontSize) + 14;
    }
}
