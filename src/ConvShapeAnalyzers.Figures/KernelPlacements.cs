namespace ConvShapeAnalyzers.Figures
{
    /// <summary>
    /// The kernel's shaded taps over the input and the output cell they produce, one group per placement. Animated, every
    /// placement is a frame shown in turn (SMIL, discrete steps, looping); otherwise only the chosen placement is drawn.
    /// The taps are defined once and each placement uses them at its offset, which keeps animations small.
    /// </summary>
    internal static class KernelPlacements
    {
        public static void Draw(SvgWriter svg, GridGeometry grid, bool animate, long shown)
        {
            long total = grid.Rows.Output * grid.Columns.Output;
            svg.Open("g", "class", "placements");
            if (total == 0)
            {
                Overhang(svg, grid);
                svg.Close("g");
                return;
            }
            string shape = svg.NewId("kernel");
            svg.Open("defs");
            svg.Open("g", "id", shape);
            Taps(svg, grid, (r, c) => CellStyle.Tap);
            svg.Empty("rect", "class", "kernel", "x", "0", "y", "0", "width", SvgWriter.I((int)grid.Columns.Span * grid.Cell),
                "height", SvgWriter.I((int)grid.Rows.Span * grid.Cell), "fill", "none", "stroke", Palette.Kernel, "stroke-width", "2.5");
            svg.Close("g");
            svg.Close("defs");
            if (!animate)
            {
                Placement(svg, grid, shape, shown, null, total);
            }
            else
            {
                for (long n = 0; n < total; n++)
                    Placement(svg, grid, shape, n, n == 0 ? "visible" : "hidden", total);
            }
            svg.Close("g");
        }

        private static void Placement(SvgWriter svg, GridGeometry grid, string shape, long position, string? visibility, long total)
        {
            long row = position / grid.Columns.Output, column = position % grid.Columns.Output;
            var attributes = new[] { "class", "placement", "data-position", SvgWriter.I(position), "data-row", SvgWriter.I(row), "data-col", SvgWriter.I(column) };
            svg.Open("g", visibility is null ? attributes : Append(attributes, "visibility", visibility));
            if (visibility is not null && total > 1)
                Frame(svg, position, total);
            svg.Empty("use", "href", "#" + shape,
                "x", SvgWriter.I(grid.InputLeft + (int)grid.Columns.Starts[column] * grid.Cell), "y", SvgWriter.I(grid.InputTop + (int)grid.Rows.Starts[row] * grid.Cell));
            svg.Empty("rect", CellStyle.Rect("output-highlight", grid.OutputLeft + (int)column * grid.Cell + 1, grid.OutputTop + (int)row * grid.Cell + 1,
                grid.Cell - 2, new[] { "fill", Palette.OutputHighlight, "stroke", Palette.Kernel, "stroke-width", "2" }));
            svg.Close("g");
        }

        // CSA1002: no placement fits, so the kernel is drawn once at the origin; its taps outside the input are red.
        private static void Overhang(SvgWriter svg, GridGeometry grid)
        {
            svg.Open("g", "class", "overhang", "transform", "translate(" + SvgWriter.I(grid.InputLeft) + "," + SvgWriter.I(grid.InputTop) + ")");
            Taps(svg, grid, (r, c) => grid.Rows.Cells[r] == CellKind.Beyond || grid.Columns.Cells[c] == CellKind.Beyond ? CellStyle.OverhangTap : CellStyle.Tap);
            svg.Empty("rect", "class", "kernel", "x", "0", "y", "0", "width", SvgWriter.I((int)grid.Columns.Span * grid.Cell),
                "height", SvgWriter.I((int)grid.Rows.Span * grid.Cell), "fill", "none", "stroke", Palette.KernelOverhang, "stroke-width", "2.5", "stroke-dasharray", Palette.Dash);
            svg.Close("g");
        }

        // The taps of a kernel placed at the origin; dilation spaces them Step cells apart.
        private static void Taps(SvgWriter svg, GridGeometry grid, System.Func<long, long, string[]> style)
        {
            for (long r = 0; r < grid.Rows.Kernel; r++)
            {
                for (long c = 0; c < grid.Columns.Kernel; c++)
                {
                    long row = r * grid.Rows.Step, column = c * grid.Columns.Step;
                    svg.Empty("rect", CellStyle.Rect("tap", (int)column * grid.Cell + 1, (int)row * grid.Cell + 1, grid.Cell - 2, style(row, column)));
                }
            }
        }

        // Frame n of N is visible from n/N to (n + 1)/N of the loop.
        private static void Frame(SvgWriter svg, long n, long total)
        {
            string start = SvgWriter.F((double)n / total), end = SvgWriter.F((double)(n + 1) / total);
            string values, keyTimes;
            if (n == 0)
                (values, keyTimes) = ("visible;hidden", "0;" + end);
            else if (n == total - 1)
                (values, keyTimes) = ("hidden;visible", "0;" + start);
            else
                (values, keyTimes) = ("hidden;visible;hidden", "0;" + start + ";" + end);
            svg.Empty("animate", "attributeName", "visibility", "calcMode", "discrete", "values", values, "keyTimes", keyTimes,
                "dur", SvgWriter.I(total * Palette.FrameMilliseconds) + "ms", "repeatCount", "indefinite");
        }

        private static string[] Append(string[] attributes, string name, string value)
        {
            var all = new string[attributes.Length + 2];
            attributes.CopyTo(all, 0);
            all[attributes.Length] = name;
            all[attributes.Length + 1] = value;
            return all;
        }
    }
}
