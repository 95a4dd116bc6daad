using System.Collections.Generic;
using System.Linq;
using ConvShapeAnalyzers.Core;
using Xunit;
using Xunit.Abstractions;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>The guide's and the padding modes' size properties, checked exhaustively over small ranges.</summary>
    public sealed class PropertyTests
    {
        private readonly ITestOutputHelper output;

        public PropertyTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void Transposed_Relationship14_RestoresEveryInput()
        {
            var failures = new List<string>();
            int checkedCount = 0;
            for (long i = 1; i <= 64; i++)
                for (long k = 1; k <= 7; k++)
                    for (long s = 1; s <= 5; s++)
                        for (long p = 0; p <= k - 1; p++)
                            for (long d = 1; d <= 3; d++)
                            {
                                var padding = AxisPadding.Symmetric(p);
                                if (AxisArithmetic.Convolution(i, k, s, d, padding).Value is not { } conv)
                                    continue; // the padded input is smaller than the kernel
                                checkedCount++;
                                long a = AxisArithmetic.MirrorOutputPadding(i, k, s, d, padding);
                                Outcome<AxisResult> back = AxisArithmetic.Transposed(conv.Output, k, s, d, padding, a);
                                if (a >= System.Math.Max(s, d) || back.Value?.Output != i)
                                    failures.Add("i=" + i + " k=" + k + " s=" + s + " p=" + p + " d=" + d + ": o=" + conv.Output + ", a=" + a + ", back to " + back);
                            }
            output.WriteLine("checked Relationship 14 on " + checkedCount + " convolutions");
            Assert.True(failures.Count == 0, string.Join("\n", failures.Take(25)));
            Assert.True(checkedCount > 64 * 7 * 5);
        }

        [Fact]
        public void Conv_HalfPadding_OddKernelUnitStride_KeepsTheSize()
        {
            for (long i = 1; i <= 64; i++)
                for (long k = 1; k <= 15; k += 2)
                {
                    AxisResult result = AxisArithmetic.Convolution(i, k, 1, 1, AxisPadding.Symmetric(k / 2)).Ok();
                    Assert.Equal(i, result.Output);
                    Assert.Equal(k == 1 ? 1 : 3, result.Relationship); // k = 1 pads nothing: Relationship 1
                }
        }

        [Theory]
        [InlineData(PadMode.SameUpper)]
        [InlineData(PadMode.SameLower)]
        public void Conv_SameUpperAndLower_GiveCeilOfInputOverStride(PadMode mode)
        {
            for (long i = 1; i <= 64; i++)
                for (long k = 1; k <= 7; k++)
                    for (long s = 1; s <= 5; s++)
                        for (long d = 1; d <= 3; d++)
                        {
                            AxisPadding padding = AxisArithmetic.ResolvePadding(mode, 0, i, k, s, d);
                            string name = mode + " i=" + i + " k=" + k + " s=" + s + " d=" + d + " padding " + padding;
                            Assert.True(padding.Before >= 0 && padding.After >= 0 && System.Math.Abs(padding.Before - padding.After) <= 1, name);
                            // The odd position goes after (SAME_UPPER) or before (SAME_LOWER).
                            Assert.True(mode == PadMode.SameUpper ? padding.After >= padding.Before : padding.Before >= padding.After, name);
                            Outcome<AxisResult> result = AxisArithmetic.Convolution(i, k, s, d, padding);
                            Assert.True(result.Value?.Output == (i + s - 1) / s, name + ": " + result);
                            // The padding is the least that gives ⌈i/s⌉ windows.
                            if (padding.Total > 0)
                                Assert.True(AxisArithmetic.Convolution(i, k, s, d, new AxisPadding(0, padding.Total - 1)).Value?.Output != (i + s - 1) / s, name + ": less padding would do");
                        }
        }

        [Fact]
        public void Conv_PyTorchSame_UnitStride_KeepsTheSizeForAnyKernelAndDilation()
        {
            for (long i = 1; i <= 64; i++)
                for (long k = 1; k <= 8; k++)
                    for (long d = 1; d <= 4; d++)
                    {
                        AxisPadding padding = AxisArithmetic.ResolvePadding(PadMode.Same, 0, i, k, 1, d);
                        Assert.Equal(d * (k - 1), padding.Total);
                        Assert.Equal(padding.Total / 2, padding.Before); // PyTorch puts the odd position on the right
                        Assert.Equal(i, AxisArithmetic.Convolution(i, k, 1, d, padding).Ok().Output);
                    }
        }

        [Fact]
        public void Conv_FullPadding_GivesInputPlusEffectiveKernelMinusOne()
        {
            for (long i = 1; i <= 64; i++)
                for (long k = 1; k <= 7; k++)
                    for (long d = 1; d <= 3; d++)
                    {
                        long kHat = (k - 1) * d + 1;
                        AxisPadding padding = AxisArithmetic.ResolvePadding(PadMode.Full, 0, i, k, 1, d);
                        Assert.Equal(AxisPadding.Symmetric(kHat - 1), padding);
                        AxisResult result = AxisArithmetic.Convolution(i, k, 1, d, padding).Ok();
                        Assert.Equal(i + kHat - 1, result.Output);
                        if (d == 1 && k > 1)
                            Assert.Equal(4, result.Relationship);
                    }
        }

        [Fact]
        public void Conv_NoPaddingUnitStride_IsRelationship1()
        {
            for (long i = 1; i <= 32; i++)
                for (long k = 1; k <= i; k++)
                {
                    AxisResult result = AxisArithmetic.Convolution(i, k, 1, 1, AxisPadding.Symmetric(0)).Ok();
                    Assert.Equal(i - k + 1, result.Output);
                    Assert.Equal(1, result.Relationship);
                }
        }
    }
}
