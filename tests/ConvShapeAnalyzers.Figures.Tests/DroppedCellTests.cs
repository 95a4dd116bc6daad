using System.Linq;
using ConvShapeAnalyzers.Core;
using ConvShapeAnalyzers.Figures;
using Xunit;

namespace ConvShapeAnalyzers.Figures.Tests
{
    /// <summary>
    /// The cells marked never read are the last max(0, r − pr) input positions per axis, r = (i + 2p − k̂) mod s: the core's
    /// Dropped, and the CSA3001 picture.
    /// </summary>
    public sealed class DroppedCellTests
    {
        // i, k, s, p, hand-computed dropped
        public static TheoryData<long, long, long, long, long> Cases => new TheoryData<long, long, long, long, long>
        {
            { 6, 3, 2, 0, 1 },    // r = 3 mod 2 = 1 > 0
            { 7, 3, 3, 0, 1 },    // r = 4 mod 3 = 1
            { 8, 3, 3, 0, 2 },    // r = 5 mod 3 = 2
            { 6, 3, 2, 1, 0 },    // r = 5 mod 2 = 1 ≤ pr = 1
            { 10, 3, 4, 1, 0 },   // r = 9 mod 4 = 1 ≤ 1
            { 11, 3, 4, 1, 1 },   // r = 10 mod 4 = 2, 2 − 1 = 1
            { 5, 3, 2, 1, 0 },    // r = 4 mod 2 = 0
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public void Conv1d_MarksTheLastDroppedInputCells(long i, long k, long s, long p, long dropped)
        {
            Svg svg = Svg.Render(FigureLayer.Convolution, false, 0, FigureAxis.Symmetric(i, k, s, p));

            var inputs = svg.InputCells().Where(c => c.Kind == "input").OrderBy(c => c.Col).ToList();
            Assert.Equal(i, inputs.Count);
            Assert.Equal(dropped, inputs.Count(c => c.Dropped));
            Assert.All(inputs.Skip((int)(i - dropped)), c => Assert.True(c.Dropped));
            Assert.Equal(dropped, AxisArithmetic.Convolution(i, k, s, 1, AxisPadding.Symmetric(p)).Value?.Dropped);
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Conv2d_MarksDroppedRowsAndColumnsPerAxis(long i, long k, long s, long p, long dropped)
        {
            // Width: a second case, 7 with k = 3, s = 3, p = 0 drops 1 column.
            const long widthInput = 7, widthDropped = 1;
            Svg svg = Svg.Render(FigureLayer.Convolution, false, 0, FigureAxis.Symmetric(i, k, s, p), FigureAxis.Symmetric(widthInput, 3, 3));

            var inputs = svg.InputCells().Where(c => c.Kind == "input").ToList();
            int firstRow = inputs.Min(c => c.Row), firstCol = inputs.Min(c => c.Col);
            // A row is dropped when every input cell in it is; likewise a column.
            int droppedRows = inputs.GroupBy(c => c.Row).Count(row => row.All(c => c.Dropped));
            int droppedCols = inputs.GroupBy(c => c.Col).Count(col => col.All(c => c.Dropped));
            Assert.Equal(dropped, droppedRows);
            Assert.Equal(widthDropped, droppedCols);
            Assert.All(inputs, c => Assert.Equal(c.Row - firstRow >= i - dropped || c.Col - firstCol >= widthInput - widthDropped, c.Dropped));
            Assert.Equal(widthDropped, AxisArithmetic.Convolution(widthInput, 3, 3, 1, AxisPadding.Symmetric(0)).Value?.Dropped);
        }

        [Fact]
        public void Padding_IsNeverMarkedDropped()
        {
            // r = (6 + 2·1 − 3) mod 2 = 1 ≤ pr: the unread position is the right padding, not input.
            Svg svg = Svg.Render(FigureLayer.Convolution, false, 0, FigureAxis.Symmetric(6, 3, 2, 1), FigureAxis.Symmetric(6, 3, 2, 1));

            Assert.DoesNotContain(svg.InputCells(), c => c.Dropped);
            Assert.Empty(svg.WithClass("dropped"));
        }

        [Fact]
        public void CeilModePool_DropsNothing()
        {
            // Floor mode on 7 with k = s = 2 drops the last position; ceil mode reads it.
            FigureAxis axis = FigureAxis.Symmetric(7, 2, 2);
            Svg floor = Svg.Parse(FigureRenderer.Render(new FigureRequest(FigureLayer.MaxPool, new[] { axis })));
            Svg ceil = Svg.Parse(FigureRenderer.Render(new FigureRequest(FigureLayer.MaxPool, new[] { axis }, CeilMode: true)));

            Assert.Equal(1, floor.InputCells().Count(c => c.Dropped));
            Assert.Equal(0, ceil.InputCells().Count(c => c.Dropped));
        }
    }
}
