using System.Linq;
using ConvShapeAnalyzers.Figures;
using Xunit;

namespace ConvShapeAnalyzers.Figures.Tests
{
    /// <summary>One kernel placement per output cell: as frames when animated, as window-start marks per axis always.</summary>
    public sealed class PlacementTests
    {
        // layer, i, k, s, p, d, hand-computed o
        public static TheoryData<FigureLayer, long, long, long, long, long, long> Axes => new TheoryData<FigureLayer, long, long, long, long, long, long>
        {
            { FigureLayer.Convolution, 4, 3, 1, 0, 1, 2 },     // 4 − 3 + 1
            { FigureLayer.Convolution, 5, 4, 1, 2, 1, 6 },     // 5 + 4 − 4 + 1
            { FigureLayer.Convolution, 5, 3, 2, 1, 1, 3 },     // ⌊4/2⌋ + 1
            { FigureLayer.Convolution, 6, 3, 2, 0, 1, 2 },     // ⌊3/2⌋ + 1
            { FigureLayer.Convolution, 7, 3, 1, 0, 2, 3 },     // k̂ = 5: 7 − 5 + 1
            { FigureLayer.MaxPool, 6, 2, 2, 0, 1, 3 },         // ⌊4/2⌋ + 1
            { FigureLayer.AvgPool, 7, 3, 2, 1, 1, 4 },         // ⌊6/2⌋ + 1
            { FigureLayer.Transposed, 2, 3, 2, 0, 1, 5 },      // (2 − 1)·2 + 3
            { FigureLayer.Transposed, 3, 3, 2, 1, 1, 5 },      // (3 − 1)·2 − 2 + 3
            { FigureLayer.Transposed, 3, 3, 1, 0, 2, 7 },      // (3 − 1)·1 + 2·2 + 1
        };

        [Theory]
        [MemberData(nameof(Axes))]
        public void Animated1d_HasOneFramePerOutputPosition(FigureLayer layer, long i, long k, long s, long p, long d, long o)
        {
            Svg svg = Svg.Render(layer, true, 0, FigureAxis.Symmetric(i, k, s, p, d));

            Assert.Equal(o, svg.WithClass("placement").Count());
            Assert.Equal(o > 1 ? o : 0, svg.WithClass("placement").Count(g => g.Elements().Any(e => e.Name.LocalName == "animate")));
            Assert.Equal(o, svg.OutputCells().Count);
        }

        [Theory]
        [MemberData(nameof(Axes))]
        public void Animated2d_HasOneFramePerOutputCell(FigureLayer layer, long i, long k, long s, long p, long d, long o)
        {
            // The second axis is a plain 3-wide convolution of 4: 2 outputs.
            FigureAxis second = layer == FigureLayer.Transposed ? FigureAxis.Symmetric(2, 3) : FigureAxis.Symmetric(4, 3);
            long o2 = layer == FigureLayer.Transposed ? 4 : 2;

            Svg svg = Svg.Render(layer, true, 0, FigureAxis.Symmetric(i, k, s, p, d), second);

            Assert.Equal(o * o2, svg.WithClass("placement").Count());
            Assert.Equal(Enumerable.Range(0, (int)(o * o2)), svg.WithClass("placement").Select(g => Svg.Int(g, "data-position")));
            Assert.Equal(o, svg.WithClass("window-start").Count(t => (string?)t.Attribute("data-axis") == "0"));
            Assert.Equal(o2, svg.WithClass("window-start").Count(t => (string?)t.Attribute("data-axis") == "1"));
        }

        [Theory]
        [MemberData(nameof(Axes))]
        public void Static1d_MarksEveryWindowStartAndShowsOnePlacement(FigureLayer layer, long i, long k, long s, long p, long d, long o)
        {
            Svg svg = Svg.Render(layer, false, o - 1, FigureAxis.Symmetric(i, k, s, p, d));

            Assert.Equal(o, svg.WithClass("window-start").Count());
            var placement = Assert.Single(svg.WithClass("placement"));
            Assert.Equal(o - 1, Svg.Int(placement, "data-position"));
            // Stride s between window starts (the direct view of a transposed convolution has stride 1).
            long step = layer == FigureLayer.Transposed ? 1 : s;
            Assert.Equal(Enumerable.Range(0, (int)o).Select(j => (int)(j * step)), svg.WithClass("window-start").Select(t => Svg.Int(t, "data-start")));
        }

        [Fact]
        public void Static2d_Position_CountsRowByRow()
        {
            // Figure 2.6, 3×3 output: placement 5 is row 1, column 2, starting at input row 2, column 4 (stride 2).
            Svg svg = Svg.Render(FigureLayer.Convolution, false, 5, FigureAxis.Symmetric(5, 3, 2, 1), FigureAxis.Symmetric(5, 3, 2, 1));

            var placement = Assert.Single(svg.WithClass("placement"));
            Assert.Equal(1, Svg.Int(placement, "data-row"));
            Assert.Equal(2, Svg.Int(placement, "data-col"));
        }

        [Theory]
        [InlineData(-1)]
        [InlineData(9)]
        public void Position_OutsideTheOutput_IsRefused(long position)
        {
            var error = Assert.Throws<FigureException>(() =>
                Svg.Render(FigureLayer.Convolution, false, position, FigureAxis.Symmetric(5, 3, 2, 1), FigureAxis.Symmetric(5, 3, 2, 1)));

            Assert.Contains("0 to 8", error.Message);
        }

        [Fact]
        public void InputSmallerThanKernel_DrawsTheKernelOverhangingAndNoOutput()
        {
            // CSA1002: 4 + 2·0 < 5, so no placement fits; the 5×5 kernel covers 4×4 input and 9 cells outside it.
            Svg svg = Svg.Render(FigureLayer.Convolution, false, 0, FigureAxis.Symmetric(4, 5), FigureAxis.Symmetric(4, 5));

            Assert.Empty(svg.WithClass("placement"));
            Assert.Empty(svg.OutputCells());
            Assert.Empty(svg.WithClass("window-start"));
            Assert.Single(svg.WithClass("overhang"));
            Assert.Equal(16, svg.InputCells().Count(c => c.Kind == "input"));
            Assert.Equal(25 - 16, svg.InputCells().Count(c => c.Kind == "beyond"));
        }

        [Fact]
        public void CeilModePool_WindowReachesPastTheInput()
        {
            // MaxPool1d(2, ceil) on 5: ⌈3/2⌉ + 1 = 3 windows at 0, 2, 4; the last reads position 5, outside the input.
            Svg svg = Svg.Parse(FigureRenderer.Render(new FigureRequest(FigureLayer.MaxPool, new[] { FigureAxis.Symmetric(5, 2, 2) }, CeilMode: true, Animate: true)));

            Assert.Equal(3, svg.WithClass("placement").Count());
            Assert.Equal(new[] { "input", "input", "input", "input", "input", "beyond" }, svg.InputCells().Select(c => c.Kind));
        }
    }
}
