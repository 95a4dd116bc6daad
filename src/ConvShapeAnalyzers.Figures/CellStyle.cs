namespace ConvShapeAnalyzers.Figures
{
    /// <summary>Fill and outline of each kind of cell, shared by the grids and the legend.</summary>
    internal static class CellStyle
    {
        public static string ClassOf(CellKind kind) => kind.ToString().ToLowerInvariant();

        public static string[] Of(CellKind kind, bool dropped)
        {
            if (dropped)
                return new[] { "fill", "url(#" + Palette.HatchId + ")", "stroke", Palette.DroppedStroke, "stroke-width", "2" };
            switch (kind)
            {
                case CellKind.Input:
                    return new[] { "fill", Palette.InputFill, "stroke", Palette.InputStroke };
                case CellKind.Zero:
                    return new[] { "fill", Palette.StretchFill, "stroke", Palette.ZeroStroke, "stroke-dasharray", Palette.Dash };
                case CellKind.Padding:
                    return new[] { "fill", Palette.ZeroFill, "stroke", Palette.ZeroStroke, "stroke-dasharray", Palette.Dash };
                case CellKind.Extra:
                    return new[] { "fill", Palette.ZeroFill, "stroke", Palette.ExtraStroke, "stroke-width", "1.5", "stroke-dasharray", Palette.Dash };
                default:
                    return new[] { "fill", "none", "stroke", Palette.BeyondStroke, "stroke-dasharray", "2 3" };
            }
        }

        public static string[] Output => new[] { "fill", Palette.OutputFill, "stroke", Palette.OutputStroke };

        public static string[] Tap => new[] { "fill", Palette.Kernel, "fill-opacity", "0.45" };

        /// <summary>A kernel tap with no input under it (CSA1002).</summary>
        public static string[] OverhangTap => new[] { "fill", Palette.KernelOverhang, "fill-opacity", "0.45" };

        /// <summary>Attributes joined: a cell's position and size, then its style.</summary>
        public static string[] Rect(string cssClass, int x, int y, int size, string[] style, params string[] data)
        {
            var head = new[] { "class", cssClass };
            var box = new[] { "x", SvgWriter.I(x), "y", SvgWriter.I(y), "width", SvgWriter.I(size), "height", SvgWriter.I(size) };
            var all = new string[head.Length + data.Length + box.Length + style.Length];
            head.CopyTo(all, 0);
            data.CopyTo(all, head.Length);
            box.CopyTo(all, head.Length + data.Length);
            style.CopyTo(all, head.Length + data.Length + box.Length);
            return all;
        }
    }
}
