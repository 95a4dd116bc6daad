using System.Collections.Generic;
using System.Linq;
using ConvShapeAnalyzers.Core;
using ConvShapeAnalyzers.Figures;
using Xunit;

namespace ConvShapeAnalyzers.Figures.Tests
{
    /// <summary>
    /// A transposed convolution is drawn as the guide's equivalent direct convolution (section 4): the input stretched
    /// with s − 1 zeros between units, i′ = (i − 1)(s − 1) + i, padded by k − p − 1 (dilated: d(k − 1) − p) on each side,
    /// plus a rows/columns of output padding on the bottom/right, and a stride-1 kernel (Relationships 12–14).
    /// </summary>
    public sealed class TransposedFigureTests
    {
        // The guide's 4.x (DESIGN 3.1) and a dilated case: i, k, s, p, d, a, and by hand i′, p′, o.
        public static TheoryData<long, long, long, long, long, long, long, long, long> Cases => new TheoryData<long, long, long, long, long, long, long, long, long>
        {
            { 2, 3, 1, 0, 1, 0, 2, 2, 4 },   // 4.1: p′ = 3 − 0 − 1 = 2, o = 2 + 4 − 3 + 1
            { 6, 4, 1, 2, 1, 0, 6, 1, 5 },   // 4.2: p′ = 4 − 2 − 1 = 1, o = 6 + 2 − 4 + 1
            { 5, 3, 1, 1, 1, 0, 5, 1, 5 },   // 4.3
            { 7, 3, 1, 2, 1, 0, 7, 0, 5 },   // 4.4: p′ = 0
            { 2, 3, 2, 0, 1, 0, 3, 2, 5 },   // 4.5: i′ = 1·1 + 2 = 3, o = 3 + 4 − 3 + 1
            { 3, 3, 2, 1, 1, 0, 5, 1, 5 },   // 4.6: i′ = 2·1 + 3 = 5, o = 5 + 2 − 3 + 1
            { 3, 3, 2, 1, 1, 1, 5, 1, 6 },   // 4.7: a = 1 more, o = 6
            { 3, 3, 2, 1, 2, 0, 5, 3, 7 },   // dilated: p′ = 2·2 − 1 = 3, k̂ = 5, o = 5 + 6 − 5 + 1
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public void Transposed2d_DrawsStretchedPaddedInputAndOutputPadding(long i, long k, long s, long p, long d, long a, long stretched, long padding, long o)
        {
            FigureAxis axis = FigureAxis.Symmetric(i, k, s, p, d, a);
            Svg svg = Svg.Render(FigureLayer.Transposed, true, 0, axis, axis);
            var cells = svg.InputCells();

            // Along a row that holds input, and along a column that does: the same sequence.
            int row = cells.First(c => c.Kind == "input").Row, col = cells.First(c => c.Kind == "input").Col;
            AssertLine(cells.Where(c => c.Row == row).OrderBy(c => c.Col).Select(c => c.Kind).ToList(), i, s, stretched, padding, a);
            AssertLine(cells.Where(c => c.Col == col).OrderBy(c => c.Row).Select(c => c.Kind).ToList(), i, s, stretched, padding, a);

            Assert.Equal(o * o, svg.OutputCells().Count);
            Assert.Equal(o * o, svg.WithClass("placement").Count());
            Assert.Equal(o, AxisArithmetic.Transposed(i, k, s, d, AxisPadding.Symmetric(p), a).Value?.Output);
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Transposed1d_DirectViewAgreesWithTheCore(long i, long k, long s, long p, long d, long a, long stretched, long padding, long o)
        {
            FigureAxis axis = FigureAxis.Symmetric(i, k, s, p, d, a);
            DirectConvolution direct = DirectConvolution.Of(axis);
            Svg svg = Svg.Render(FigureLayer.Transposed, false, 0, axis);

            Assert.Equal(stretched, direct.Stretched);
            Assert.Equal(padding, direct.PaddingBefore);
            Assert.Equal(padding, direct.PaddingAfter);
            Assert.Equal(a, direct.Extra);
            Assert.Equal(o, direct.Output);
            AssertLine(svg.InputCells().OrderBy(c => c.Col).Select(c => c.Kind).ToList(), i, s, stretched, padding, a);
            Assert.Equal(o, svg.OutputCells().Count);
            Assert.Equal(o, svg.WithClass("window-start").Count());
        }

        [Fact]
        public void Transposed_PaddingBeyondTheKernelReach_IsRefused()
        {
            // p = 3 > d(k − 1) = 2: the direct view would crop its input.
            var error = Assert.Throws<FigureException>(() => Svg.Render(FigureLayer.Transposed, false, 0, FigureAxis.Symmetric(5, 3, 2, 3)));

            Assert.Contains("d(k − 1) = 2", error.Message);
        }

        [Fact]
        public void Transposed_Caption_ShowsTheDirectView()
        {
            // 4.7: i′ = (3 − 1)·(2 − 1) + 3 = 5, p′ = 3 − 1 − 1 = 1, a = 1: o = 5 + 2·1 + 1 − 3 + 1 = 6.
            FigureAxis axis = FigureAxis.Symmetric(3, 3, 2, 1, outputPadding: 1);
            Svg svg = Svg.Render(FigureLayer.Transposed, false, 0, axis, axis);

            Assert.Contains(svg.WithClass("caption").Single().Elements(), e =>
                e.Value == "as a stride-1 convolution (guide §4): i′ = (3 − 1)·(2 − 1) + 3 = 5, p′ = 3 − 1 − 1 = 1, a = 1 on the bottom/right, stride 1: o = 5 + 2·1 + 1 − 3 + 1 = 6");
        }

        // padding, then the stretched input (input every s cells, zeros between), padding, then a extra cells.
        private static void AssertLine(List<string> kinds, long i, long s, long stretched, long padding, long a)
        {
            var expected = new List<string>();
            expected.AddRange(Enumerable.Repeat("padding", (int)padding));
            for (long n = 0; n < stretched; n++)
                expected.Add(n % s == 0 ? "input" : "zero");
            expected.AddRange(Enumerable.Repeat("padding", (int)padding));
            expected.AddRange(Enumerable.Repeat("extra", (int)a));
            Assert.Equal(expected, kinds);
            Assert.Equal(i, kinds.Count(k => k == "input"));
            Assert.Equal((i - 1) * (s - 1), kinds.Count(k => k == "zero"));
        }
    }
}
