using ConvShapeAnalyzers.Core;
using Xunit;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>
    /// The text of every kind of formula, written out by hand from DESIGN.md section 3 with the guide's figures plugged in.
    /// The formula is kept as numbers and written only when asked for, so each wording is pinned here once.
    /// </summary>
    public sealed class AxisFormulaTests
    {
        [Fact]
        public void Conv_HalfAndFullPadding_NameThePaddingBesideTheRelationship()
        {
            // Figures 2.3 and 2.4.
            Assert.Equal("o = ⌊(5 + 2·1 − 3)/1⌋ + 1 = 5 (Relationship 3, half padding)", Conv(5, 3, 1, 1, 1));
            Assert.Equal("o = ⌊(5 + 2·2 − 3)/1⌋ + 1 = 7 (Relationship 4, full padding)", Conv(5, 3, 1, 2, 1));
        }

        [Fact]
        public void Conv_Dilated_StartsWithTheEffectiveKernel()
        {
            // Figure 5.1: k̂ = 2·(3 − 1) + 1 = 5.
            Assert.Equal("k̂ = 2·(3 − 1) + 1 = 5; o = ⌊(7 + 2·0 − 5)/1⌋ + 1 = 3 (Relationship 15)", Conv(7, 3, 1, 0, 2));
        }

        [Fact]
        public void Conv_AsymmetricPadding_WritesBothSidesAndNoRelationship()
        {
            Outcome<AxisResult> axis = AxisArithmetic.Convolution(6, 4, 1, 1, new AxisPadding(1, 2));
            Assert.Equal("o = ⌊(6 + 1 + 2 − 4)/1⌋ + 1 = 6", axis.Ok().Formula);
        }

        [Fact]
        public void Transposed_GuideFigures_WriteTheTransposedRelationship()
        {
            // Figures 4.3, 4.4 and 4.7.
            Assert.Equal("o = (5 − 1)·1 − 2·1 + 1·(3 − 1) + 0 + 1 = 5 (Relationship 10, half padding)", Transposed(5, 3, 1, 1, 0));
            Assert.Equal("o = (7 − 1)·1 − 2·2 + 1·(3 − 1) + 0 + 1 = 5 (Relationship 11, full padding)", Transposed(7, 3, 1, 2, 0));
            Assert.Equal("o = (3 − 1)·2 − 2·1 + 1·(3 − 1) + 1 + 1 = 6 (Relationship 14)", Transposed(3, 3, 2, 1, 1));
        }

        [Fact]
        public void Pool_Floor_IsRelationship7OnlyWithoutPadding()
        {
            Assert.Equal("o = ⌊(5 + 2·0 − 3)/2⌋ + 1 = 2 (Relationship 7)", Pool(5, 3, 2, 0, ceil: false));
            Assert.Equal("o = ⌊(5 + 2·1 − 3)/2⌋ + 1 = 3", Pool(5, 3, 2, 1, ceil: false));
        }

        [Fact]
        public void Pool_Ceil_SaysWhenTheLastWindowIsDropped()
        {
            // ⌈(5 + 2 − 2)/2⌉ + 1 = 4, but the fourth window would start at (4 − 1)·2 = 6 ≥ 5 + 1, in the right padding: 3.
            Assert.Equal("o = ⌈(5 + 2·1 − 2)/2⌉ + 1 = 4, less the window that would start in the right padding ((4 − 1)·2 ≥ 5 + 1) = 3", Pool(5, 2, 2, 1, ceil: true));
            Assert.Equal("o = ⌈(5 + 2·0 − 2)/2⌉ + 1 = 3", Pool(5, 2, 2, 0, ceil: true));
        }

        [Fact]
        public void MaxPool1d_EmptyOutput_SaysItIsEmpty()
        {
            // ⌊(2 − 3)/3⌋ = −1, so o = 0, which max_pool1d alone accepts.
            var spec = new NetworkSpec("net", TensorShape.Spatial(1, 2), EquatableArray.Of(new LayerSpec("pool", LayerKind.MaxPool, 1) { Kernel = SizeArg.Of(3) }));
            LayerReport pool = NetworkAnalyzer.Analyze(spec).Layers[0];
            Assert.Equal("o = ⌊(2 + 2·0 − 3)/3⌋ + 1 = 0: an empty output, which MaxPool1d allows", pool.Axes[0].Formula);
        }

        [Fact]
        public void Formula_OfTheSameNumbers_IsEqual()
        {
            // Reports stay value-equal: the formula is compared by its numbers.
            Assert.Equal(AxisArithmetic.Convolution(32, 3, 2, 1, AxisPadding.Symmetric(1)).Value, AxisArithmetic.Convolution(32, 3, 2, 1, AxisPadding.Symmetric(1)).Value);
            Assert.NotEqual(AxisArithmetic.Convolution(32, 3, 2, 1, AxisPadding.Symmetric(1)).Ok().Arithmetic, AxisArithmetic.Convolution(33, 3, 2, 1, AxisPadding.Symmetric(1)).Ok().Arithmetic);
        }

        [Fact]
        public void ComputedFormulas_HoldNoCharacterXmlReserves()
        {
            // The generator writes computed formulas into doc comments unescaped; only a given size's wording is free text.
            long[] numbers = { -7, 0, 1, 2, 3, 10, 11, 14, long.MaxValue, long.MinValue };
            foreach (FormulaKind kind in new[] { FormulaKind.Floor, FormulaKind.Ceil, FormulaKind.Transposed, FormulaKind.EmptyFloor, FormulaKind.EmptyCeil })
                foreach (long a in numbers)
                    foreach (long b in numbers)
                        for (int relationship = 0; relationship <= 15; relationship++)
                        {
                            string text = new AxisFormula(kind, a, b, a, b, new AxisPadding(a, b), b, a, b, relationship, null).ToString();
                            Assert.True(text.IndexOfAny(new[] { '&', '<', '>' }) < 0, text);
                        }
        }

        private static string Conv(long i, long k, long s, long p, long d) => AxisArithmetic.Convolution(i, k, s, d, AxisPadding.Symmetric(p)).Ok().Formula;

        private static string Transposed(long i, long k, long s, long p, long op) => AxisArithmetic.Transposed(i, k, s, 1, AxisPadding.Symmetric(p), op).Ok().Formula;

        private static string Pool(long i, long k, long s, long p, bool ceil) => AxisArithmetic.Pool(i, k, s, 1, AxisPadding.Symmetric(p), ceil).Ok().Formula;
    }
}
