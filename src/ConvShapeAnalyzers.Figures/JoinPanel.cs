using System.Collections.Generic;
using System.Linq;

namespace ConvShapeAnalyzers.Figures
{
    /// <summary>Two feature maps side by side; positions one has and the other lacks are hatched (the CSA2004 picture).</summary>
    internal sealed class JoinPanel : IPanel
    {
        private const int Gap = 72;
        private const int LabelSize = 12;
        private readonly string _title;
        private readonly JoinFigure _join;
        private readonly int _cell, _top, _rightLeft, _labelY, _captionY;

        public JoinPanel(string title, JoinFigure join)
        {
            if (join.Left.Size.Count != join.Right.Size.Count || join.Left.Size.Count is < 1 or > 2)
                throw new FigureException("both maps need the same 1 or 2 axes");
            if (join.Left.Size.Concat(join.Right.Size).Any(s => s < 1 || s > AxisLayout.MaxCells))
                throw new FigureException("map sizes must be 1 to " + SvgWriter.I(AxisLayout.MaxCells));
            _title = title;
            _join = join;
            _cell = GridGeometry.CellSize((int)join.Left.Size.Concat(join.Right.Size).Max());
            _top = Palette.Margin + Palette.TitleSize + 14;
            _rightLeft = Palette.Margin + System.Math.Max(Columns(join.Left) * _cell, Palette.TextWidth(Label(join.Left), LabelSize)) + Gap;
            int height = System.Math.Max(Rows(join.Left), Rows(join.Right)) * _cell;
            _labelY = _top + height + 18;
            _captionY = _labelY + 30;
            Width = new[]
            {
                _rightLeft + System.Math.Max(Columns(join.Right) * _cell, Palette.TextWidth(Label(join.Right), LabelSize)) + Palette.Margin,
                2 * Palette.Margin + Palette.TextWidth(title, Palette.TitleSize + 1),
                join.Caption.Select(l => 2 * Palette.Margin + Palette.TextWidth(l, Palette.FontSize)).DefaultIfEmpty(0).Max(),
            }.Max();
            Height = _captionY + (join.Caption.Count - 1) * Palette.LineHeight + Palette.Margin;
        }

        public int Width { get; }

        public int Height { get; }

        public void Draw(SvgWriter svg, int x, int y)
        {
            svg.Open("g", "class", "join", "transform", "translate(" + SvgWriter.I(x) + "," + SvgWriter.I(y) + ")");
            svg.Text("text", _title, "x", SvgWriter.I(Palette.Margin), "y", SvgWriter.I(Palette.Margin + Palette.TitleSize), "font-size", SvgWriter.I(Palette.TitleSize), "font-weight", "bold", "fill", Palette.Ink);
            Map(svg, 0, _join.Left, _join.Right, Palette.Margin);
            Map(svg, 1, _join.Right, _join.Left, _rightLeft);
            int middle = _top + System.Math.Max(Rows(_join.Left), Rows(_join.Right)) * _cell / 2;
            string equal = _join.Left.Size.SequenceEqual(_join.Right.Size) ? "=" : "≠";
            svg.Text("text", equal, "class", "relation", "x", SvgWriter.I(_rightLeft - Gap / 2), "y", SvgWriter.I(middle + 10), "font-size", "30", "text-anchor", "middle", "fill", Palette.DroppedStroke);
            svg.Open("g", "class", "caption", "fill", Palette.Ink);
            for (int n = 0; n < _join.Caption.Count; n++)
                svg.Text("text", _join.Caption[n], "x", SvgWriter.I(Palette.Margin), "y", SvgWriter.I(_captionY + n * Palette.LineHeight));
            svg.Close("g");
            svg.Close("g");
        }

        // A cell the other map lacks has no partner to join: hatched, as input that is never used.
        private void Map(SvgWriter svg, int index, JoinMap map, JoinMap other, int left)
        {
            svg.Open("g", "class", "map", "data-map", SvgWriter.I(index), "data-size", string.Join(",", map.Size.Select(SvgWriter.I)));
            for (int r = 0; r < Rows(map); r++)
            {
                for (int c = 0; c < Columns(map); c++)
                {
                    bool unmatched = r >= Rows(other) || c >= Columns(other);
                    svg.Empty("rect", CellStyle.Rect("cell " + (unmatched ? "unmatched" : "matched"), left + c * _cell + 1, _top + r * _cell + 1, _cell - 2,
                        CellStyle.Of(CellKind.Input, unmatched), "data-row", SvgWriter.I(r), "data-col", SvgWriter.I(c)));
                }
            }
            svg.Text("text", Label(map), "x", SvgWriter.I(left), "y", SvgWriter.I(_labelY), "font-size", SvgWriter.I(LabelSize), "fill", Palette.Muted);
            svg.Close("g");
        }

        private static int Rows(JoinMap map) => map.Size.Count == 2 ? (int)map.Size[0] : 1;

        private static int Columns(JoinMap map) => (int)map.Size[map.Size.Count - 1];

        private static string Label(JoinMap map) => map.Name + ": " + string.Join("×", map.Size.Select(SvgWriter.I));
    }
}
