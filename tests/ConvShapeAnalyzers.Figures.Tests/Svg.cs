using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using ConvShapeAnalyzers.Figures;

namespace ConvShapeAnalyzers.Figures.Tests
{
    /// <summary>Reads a rendered figure back: elements by class, and the input grid's cells by row and column.</summary>
    internal sealed class Svg
    {
        private Svg(XDocument document) => Document = document;

        public XDocument Document { get; }

        public static Svg Parse(string text) => new Svg(XDocument.Parse(text));

        public static Svg Render(FigureLayer layer, bool animate, long position, params FigureAxis[] axes) =>
            Parse(FigureRenderer.Render(new FigureRequest(layer, axes, Position: position, Animate: animate)));

        public IEnumerable<XElement> WithClass(string token) =>
            Document.Descendants().Where(e => ((string?)e.Attribute("class") ?? "").Split(' ').Contains(token));

        /// <summary>The input grid's cells: row, column and the class naming their kind (input, padding, zero, extra, beyond).</summary>
        public List<(int Row, int Col, string Kind, bool Dropped)> InputCells() =>
            WithClass("input").Single(e => e.Name.LocalName == "g").Elements().Select(e =>
            {
                string[] classes = ((string)e.Attribute("class")!).Split(' ');
                return (Int(e, "data-row"), Int(e, "data-col"), classes[1], classes.Contains("dropped"));
            }).ToList();

        public List<(int Row, int Col)> OutputCells() =>
            WithClass("output").Where(e => e.Name.LocalName == "rect").Select(e => (Int(e, "data-row"), Int(e, "data-col"))).ToList();

        public static int Int(XElement element, string attribute) => int.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);
    }
}
