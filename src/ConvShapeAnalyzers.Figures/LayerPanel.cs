using System.Collections.Generic;
using System.Linq;

namespace ConvShapeAnalyzers.Figures
{
    /// <summary>
    /// One layer drawn as in the guide: the (padded, or for a transposed convolution stretched and padded) input on the
    /// left with the kernel shaded, an arrow, the output map on the right, then a legend and the caption.
    /// </summary>
    internal sealed class LayerPanel : IPanel
    {
        private const int TickSpace = 14;
        private const int ArrowGap = 64;
        private const int LabelSize = 12;
        private const string NoOutput = "no output (o < 1)";

        private readonly FigureRequest _request;
        private readonly IReadOnlyList<AxisLayout> _axes;
        private readonly GridGeometry _grid;
        private readonly List<CaptionLine> _caption;
        private readonly Legend _legend;
        private readonly string _inputLabel;
        private readonly string _outputLabel;
        private readonly int _labelY, _legendY, _captionY;

        public LayerPanel(FigureRequest request)
        {
            if (request.Axes.Count is < 1 or > 2)
                throw new FigureException("a figure shows 1 or 2 axes, not " + SvgWriter.I(request.Axes.Count));
            _request = request;
            _axes = request.Axes.Select(a => AxisLayout.Plan(request.Layer, a, request.CeilMode)).ToList();
            AxisLayout rows = _axes.Count == 2 ? _axes[0] : AxisLayout.SingleRow(), columns = _axes[_axes.Count - 1];
            long total = rows.Output * columns.Output;
            if (total > 0 && (request.Position < 0 || request.Position >= total))
            {
                throw new FigureException("position " + SvgWriter.I(request.Position) + " is out of range: the kernel has " + SvgWriter.I(total)
                    + " placements (0 to " + SvgWriter.I(total - 1) + ")");
            }

            int cell = GridGeometry.CellSize(System.Math.Max(rows.Cells.Length, columns.Cells.Length));
            int left = Palette.Margin + (_axes.Count == 2 ? TickSpace : 0);
            int top = Palette.Margin + (request.Title is null ? 0 : Palette.TitleSize + 14);
            _inputLabel = InputLabel();
            _outputLabel = total > 0 ? "output " + CaptionText.Size(_axes.Select(a => a.Output)) : "";
            int inputWidth = columns.Cells.Length * cell, inputHeight = rows.Cells.Length * cell;
            int outputLeft = left + System.Math.Max(inputWidth + ArrowGap, Palette.TextWidth(_inputLabel, LabelSize) + 24);
            int outputTop = top + (inputHeight - (int)rows.Output * cell) / 2;
            _grid = new GridGeometry(rows, columns, cell, left, top, outputLeft, outputTop);

            _caption = CaptionText.Lines(request, _axes, request.Position);
            _legend = Legend.For(_axes.Count == 2 ? rows.Cells.Concat(columns.Cells) : columns.Cells,
                _axes.Any(a => a.Dropped.Any(d => d)), total > 0);
            _labelY = top + inputHeight + TickSpace + 14;
            _legendY = _labelY + 14;
            _captionY = _legendY + 12 + 26;
            int outputWidth = total > 0 ? _grid.OutputWidth : Palette.TextWidth(NoOutput, Palette.FontSize);
            int outputRight = outputLeft + System.Math.Max(outputWidth, Palette.TextWidth(_outputLabel, LabelSize));
            Width = new[]
            {
                outputRight + Palette.Margin,
                2 * Palette.Margin + (request.Title is null ? 0 : Palette.TextWidth(request.Title, Palette.TitleSize + 1)),
                2 * Palette.Margin + _legend.Width,
                _caption.Max(l => 2 * Palette.Margin + 18 * l.Indent + Palette.TextWidth(l.Text, Palette.FontSize)),
            }.Max();
            Height = _captionY + (_caption.Count - 1) * Palette.LineHeight + Palette.Margin;
        }

        public int Width { get; }

        public int Height { get; }

        /// <summary>The sizes and the core's formula, for the document title.</summary>
        public string Summary => CaptionText.Summary(_request, _axes);

        public void Draw(SvgWriter svg, int x, int y)
        {
            svg.Open("g", "class", "figure", "transform", "translate(" + SvgWriter.I(x) + "," + SvgWriter.I(y) + ")",
                "data-layer", _request.Layer.ToString().ToLowerInvariant(), "data-output", string.Join(",", _axes.Select(a => SvgWriter.I(a.Output))));
            if (_request.Title is { } title)
                svg.Text("text", title, "x", SvgWriter.I(Palette.Margin), "y", SvgWriter.I(Palette.Margin + Palette.TitleSize), "font-size", SvgWriter.I(Palette.TitleSize), "font-weight", "bold", "fill", Palette.Ink);
            InputCells(svg);
            WindowStarts(svg);
            OutputCells(svg);
            KernelPlacements.Draw(svg, _grid, _request.Animate, _request.Position);
            Labels(svg);
            _legend.Draw(svg, Palette.Margin, _legendY);
            Caption(svg);
            svg.Close("g");
        }

        private string InputLabel()
        {
            string input = CaptionText.Size(_request.Axes.Select(a => a.Input));
            string label = "input " + input;
            // Stretching inserts zeros only where the stride is above 1.
            if (_axes.Any(a => a.Direct is { } d && d.Stretched != d.Input))
                label += ", stretched " + CaptionText.Size(_axes.Select(a => a.Direct!.Stretched));
            string padded = CaptionText.Size(_request.Axes.Select((a, n) => _axes[n].Direct?.Length ?? a.Input + a.Padding.Total));
            string stretched = CaptionText.Size(_axes.Select((a, n) => a.Direct?.Stretched ?? _request.Axes[n].Input));
            return padded == stretched ? label : label + ", padded " + padded;
        }

        private void InputCells(SvgWriter svg)
        {
            AxisLayout rows = _grid.Rows, columns = _grid.Columns;
            svg.Open("g", "class", "input");
            for (int r = 0; r < rows.Cells.Length; r++)
            {
                for (int c = 0; c < columns.Cells.Length; c++)
                {
                    CellKind kind = (CellKind)System.Math.Max((int)rows.Cells[r], (int)columns.Cells[c]);
                    bool dropped = kind == CellKind.Input && (rows.Dropped[r] || columns.Dropped[c]);
                    svg.Empty("rect", CellStyle.Rect("cell " + CellStyle.ClassOf(kind) + (dropped ? " dropped" : ""),
                        _grid.InputLeft + c * _grid.Cell + 1, _grid.InputTop + r * _grid.Cell + 1, _grid.Cell - 2, CellStyle.Of(kind, dropped),
                        "data-row", SvgWriter.I(r), "data-col", SvgWriter.I(c)));
                }
            }
            svg.Close("g");
        }

        // A small triangle where each kernel placement starts: under the columns, left of the rows.
        private void WindowStarts(SvgWriter svg)
        {
            svg.Open("g", "class", "window-starts", "fill", Palette.Muted);
            int bottom = _grid.InputTop + _grid.InputHeight;
            int columnAxis = _axes.Count - 1;
            if (_grid.Columns.Output > 0)
            {
                foreach (long start in _grid.Columns.Starts)
                {
                    int cx = _grid.InputLeft + (int)start * _grid.Cell + _grid.Cell / 2;
                    Tick(svg, columnAxis, start, "M" + SvgWriter.I(cx) + " " + SvgWriter.I(bottom + 3) + " L" + SvgWriter.I(cx - 4) + " " + SvgWriter.I(bottom + 10)
                        + " L" + SvgWriter.I(cx + 4) + " " + SvgWriter.I(bottom + 10) + " Z");
                }
            }
            if (_axes.Count == 2 && _grid.Rows.Output > 0)
            {
                foreach (long start in _grid.Rows.Starts)
                {
                    int cy = _grid.InputTop + (int)start * _grid.Cell + _grid.Cell / 2;
                    int left = _grid.InputLeft;
                    Tick(svg, 0, start, "M" + SvgWriter.I(left - 3) + " " + SvgWriter.I(cy) + " L" + SvgWriter.I(left - 10) + " " + SvgWriter.I(cy - 4)
                        + " L" + SvgWriter.I(left - 10) + " " + SvgWriter.I(cy + 4) + " Z");
                }
            }
            svg.Close("g");
        }

        private static void Tick(SvgWriter svg, int axis, long start, string path) =>
            svg.Empty("path", "class", "window-start", "data-axis", SvgWriter.I(axis), "data-start", SvgWriter.I(start), "d", path);

        private void OutputCells(SvgWriter svg)
        {
            int middle = _grid.InputTop + _grid.InputHeight / 2;
            int from = _grid.InputLeft + _grid.InputWidth + 12, to = _grid.OutputLeft - 12;
            svg.Empty("line", "class", "arrow", "x1", SvgWriter.I(from), "y1", SvgWriter.I(middle), "x2", SvgWriter.I(to - 6), "y2", SvgWriter.I(middle), "stroke", Palette.Muted, "stroke-width", "1.5");
            svg.Empty("path", "class", "arrow", "d", "M" + SvgWriter.I(to) + " " + SvgWriter.I(middle) + " L" + SvgWriter.I(to - 8) + " " + SvgWriter.I(middle - 4)
                + " L" + SvgWriter.I(to - 8) + " " + SvgWriter.I(middle + 4) + " Z", "fill", Palette.Muted);
            svg.Open("g", "class", "output");
            if (!_grid.HasOutput)
                svg.Text("text", NoOutput, "x", SvgWriter.I(_grid.OutputLeft), "y", SvgWriter.I(middle + 4), "fill", Palette.DroppedStroke);
            for (int r = 0; r < _grid.Rows.Output; r++)
            {
                for (int c = 0; c < _grid.Columns.Output; c++)
                {
                    svg.Empty("rect", CellStyle.Rect("cell output", _grid.OutputLeft + c * _grid.Cell + 1, _grid.OutputTop + r * _grid.Cell + 1, _grid.Cell - 2,
                        CellStyle.Output, "data-row", SvgWriter.I(r), "data-col", SvgWriter.I(c)));
                }
            }
            svg.Close("g");
        }

        private void Labels(SvgWriter svg)
        {
            svg.Open("g", "class", "labels", "font-size", SvgWriter.I(LabelSize), "fill", Palette.Muted);
            svg.Text("text", _inputLabel, "x", SvgWriter.I(_grid.InputLeft), "y", SvgWriter.I(_labelY));
            if (_outputLabel.Length > 0)
                svg.Text("text", _outputLabel, "x", SvgWriter.I(_grid.OutputLeft), "y", SvgWriter.I(_labelY));
            svg.Close("g");
        }

        private void Caption(SvgWriter svg)
        {
            svg.Open("g", "class", "caption", "fill", Palette.Ink);
            for (int n = 0; n < _caption.Count; n++)
            {
                svg.Text("text", _caption[n].Text, "x", SvgWriter.I(Palette.Margin + 18 * _caption[n].Indent), "y", SvgWriter.I(_captionY + n * Palette.LineHeight));
            }
            svg.Close("g");
        }
    }
}
