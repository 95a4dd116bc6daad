using System.Collections.Generic;
using System.Linq;

namespace ConvShapeAnalyzers.Figures
{
    /// <summary>The SVG document around one or more panels: header, shared definitions, white background.</summary>
    internal static class SvgDocument
    {
        public static string Render(string title, IReadOnlyList<IPanel> panels)
        {
            int width = panels.Max(p => p.Width);
            int height = panels.Sum(p => p.Height);
            var svg = new SvgWriter();
            svg.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            svg.Open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", SvgWriter.I(width), "height", SvgWriter.I(height),
                "viewBox", "0 0 " + SvgWriter.I(width) + " " + SvgWriter.I(height), "font-family", Palette.Font, "font-size", SvgWriter.I(Palette.FontSize));
            svg.Text("title", title);
            WriteDefinitions(svg);
            svg.Empty("rect", "width", SvgWriter.I(width), "height", SvgWriter.I(height), "fill", Palette.Background);
            int y = 0;
            foreach (IPanel panel in panels)
            {
                panel.Draw(svg, 0, y);
                y += panel.Height;
            }
            svg.Close("svg");
            return svg.ToString();
        }

        // Input cells never read are hatched red over the input blue (the CSA3001 picture).
        private static void WriteDefinitions(SvgWriter svg)
        {
            svg.Open("defs");
            svg.Open("pattern", "id", Palette.HatchId, "patternUnits", "userSpaceOnUse", "width", "6", "height", "6", "patternTransform", "rotate(45)");
            svg.Empty("rect", "width", "6", "height", "6", "fill", Palette.InputFill);
            svg.Empty("line", "x1", "0", "y1", "0", "x2", "0", "y2", "6", "stroke", Palette.DroppedStroke, "stroke-width", "2.5");
            svg.Close("pattern");
            svg.Close("defs");
        }
    }
}
