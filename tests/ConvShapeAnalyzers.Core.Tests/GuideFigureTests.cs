using ConvShapeAnalyzers.Core;
using Xunit;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>
    /// Every row of DESIGN.md 3.1: the figures of Dumoulin &amp; Visin, "A guide to convolution arithmetic for deep learning",
    /// with the output the guide draws and the relationship the guide illustrates with that figure.
    /// </summary>
    public sealed class GuideFigureTests
    {
        // figure, i, k, s, p, d, o, relationship
        public static TheoryData<string, long, long, long, long, long, long, int> ConvolutionFigures => new TheoryData<string, long, long, long, long, long, long, int>
        {
            { "2.1 no padding, unit stride", 4, 3, 1, 0, 1, 2, 1 },
            { "2.2 arbitrary padding, unit stride", 5, 4, 1, 2, 1, 6, 2 },
            { "2.3 half padding", 5, 3, 1, 1, 1, 5, 3 },
            { "2.4 full padding", 5, 3, 1, 2, 1, 7, 4 },
            { "2.5 no padding, stride 2", 5, 3, 2, 0, 1, 2, 5 },
            { "2.6 padding, stride 2", 5, 3, 2, 1, 1, 3, 6 },
            { "2.7 padding, stride 2, odd", 6, 3, 2, 1, 1, 3, 6 },
            { "5.1 dilated", 7, 3, 1, 0, 2, 3, 15 },
        };

        // figure, i, k, s, p, op, o, relationship
        public static TheoryData<string, long, long, long, long, long, long, int> TransposedFigures => new TheoryData<string, long, long, long, long, long, long, int>
        {
            { "4.1 transposed of 2.1", 2, 3, 1, 0, 0, 4, 8 },
            { "4.2 transposed of 2.2", 6, 4, 1, 2, 0, 5, 9 },
            { "4.3 transposed of 2.3", 5, 3, 1, 1, 0, 5, 10 },
            { "4.4 transposed of 2.4", 7, 3, 1, 2, 0, 5, 11 },
            { "4.5 transposed of 2.5", 2, 3, 2, 0, 0, 5, 12 },
            { "4.6 transposed of 2.6", 3, 3, 2, 1, 0, 5, 13 },
            { "4.7 transposed of 2.7, a = 1", 3, 3, 2, 1, 1, 6, 14 },
        };

        [Theory]
        [MemberData(nameof(ConvolutionFigures))]
        public void Conv_GuideFigure_GivesTheGuidesOutputAndRelationship(string figure, long i, long k, long s, long p, long d, long o, int relationship)
        {
            Outcome<AxisResult> result = AxisArithmetic.Convolution(i, k, s, d, AxisPadding.Symmetric(p));

            Assert.True(result.IsOk, figure + ": " + result);
            Assert.Equal(o, result.Ok().Output);
            Assert.Equal(relationship, result.Ok().Relationship);
            Assert.Contains("(Relationship " + relationship, result.Ok().Formula);
        }

        [Theory]
        [MemberData(nameof(TransposedFigures))]
        public void Transposed_GuideFigure_GivesTheGuidesOutputAndRelationship(string figure, long i, long k, long s, long p, long op, long o, int relationship)
        {
            Outcome<AxisResult> result = AxisArithmetic.Transposed(i, k, s, 1, AxisPadding.Symmetric(p), op);

            Assert.True(result.IsOk, figure + ": " + result);
            Assert.Equal(o, result.Ok().Output);
            Assert.Equal(relationship, result.Ok().Relationship);
        }

        [Theory]
        [InlineData(4, 3, 1, 0)]  // 2.1 → 4.1
        [InlineData(5, 4, 1, 2)]  // 2.2 → 4.2
        [InlineData(5, 3, 1, 1)]  // 2.3 → 4.3
        [InlineData(5, 3, 1, 2)]  // 2.4 → 4.4
        [InlineData(5, 3, 2, 0)]  // 2.5 → 4.5
        [InlineData(5, 3, 2, 1)]  // 2.6 → 4.6
        [InlineData(6, 3, 2, 1)]  // 2.7 → 4.7 (needs a = 1)
        public void Transposed_OfEachConvFigure_RestoresItsInput(long i, long k, long s, long p)
        {
            var padding = AxisPadding.Symmetric(p);
            long o = AxisArithmetic.Convolution(i, k, s, 1, padding).Ok().Output;
            long a = AxisArithmetic.MirrorOutputPadding(i, k, s, 1, padding);

            Assert.Equal(i, AxisArithmetic.Transposed(o, k, s, 1, padding, a).Ok().Output);
        }

        [Fact]
        public void Conv_Figures26And27_ShareTheirOutput_SoOnlyOutputPaddingTellsTheInputsApart()
        {
            var padding = AxisPadding.Symmetric(1);

            Assert.Equal(3, AxisArithmetic.Convolution(5, 3, 2, 1, padding).Ok().Output);
            Assert.Equal(3, AxisArithmetic.Convolution(6, 3, 2, 1, padding).Ok().Output);
            Assert.Equal(0, AxisArithmetic.MirrorOutputPadding(5, 3, 2, 1, padding));
            Assert.Equal(1, AxisArithmetic.MirrorOutputPadding(6, 3, 2, 1, padding));
        }

        [Fact]
        public void Conv_Figure25_FormulaShowsTheNumbersAndRelationship()
        {
            // DESIGN.md section 1: "o = ⌊(224 + 2·0 − 3)/2⌋ + 1 = 111 (Relationship 5)".
            Assert.Equal("o = ⌊(5 + 2·0 − 3)/2⌋ + 1 = 2 (Relationship 5)", AxisArithmetic.Convolution(5, 3, 2, 1, AxisPadding.Symmetric(0)).Ok().Formula);
            Assert.Equal("o = ⌊(224 + 2·0 − 3)/2⌋ + 1 = 111 (Relationship 5)", AxisArithmetic.Convolution(224, 3, 2, 1, AxisPadding.Symmetric(0)).Ok().Formula);
        }
    }
}
