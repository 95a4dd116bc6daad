namespace ConvShapeAnalyzers.Figures
{
    /// <summary>Where a layer figure's input and output grids sit, relative to its panel. Rows is a single pseudo row in 1-D.</summary>
    internal sealed record GridGeometry(AxisLayout Rows, AxisLayout Columns, int Cell, int InputLeft, int InputTop, int OutputLeft, int OutputTop)
    {
        public int InputWidth => Columns.Cells.Length * Cell;

        public int InputHeight => Rows.Cells.Length * Cell;

        public bool HasOutput => Rows.Output > 0 && Columns.Output > 0;

        public int OutputWidth => (int)Columns.Output * Cell;

        public int OutputHeight => (int)Rows.Output * Cell;

        /// <summary>Cells shrink as the grid grows, so a figure stays about the same size.</summary>
        public static int CellSize(int cellsOnLongestAxis) => System.Math.Max(14, System.Math.Min(34, 420 / System.Math.Max(1, cellsOnLongestAxis)));
    }
}
