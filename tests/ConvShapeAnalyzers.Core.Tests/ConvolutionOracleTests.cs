using System.Collections.Generic;
using System.Linq;
using ConvShapeAnalyzers.Core;
using Xunit;
using Xunit.Abstractions;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>The core's convolution against counted window placements, on every small configuration.</summary>
    public sealed class ConvolutionOracleTests
    {
        private readonly ITestOutputHelper output;

        public ConvolutionOracleTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void Conv_EverySymmetricSmallConfiguration_MatchesCountedPlacements()
        {
            var failures = new List<string>();
            int compared = 0, refused = 0;
            for (int i = 1; i <= 12; i++)
                for (int k = 1; k <= 5; k++)
                    for (int s = 1; s <= 4; s++)
                        for (int p = 0; p <= 4; p++)
                            for (int d = 1; d <= 3; d++)
                            {
                                compared++;
                                if (!Matches(i, k, s, p, p, d, failures))
                                    refused++;
                            }
            output.WriteLine("compared " + compared + " symmetric configurations with the oracle (" + refused + " where no window fits)");
            Assert.True(failures.Count == 0, failures.Count + " mismatches:\n" + string.Join("\n", failures.Take(25)));
            Assert.Equal(12 * 5 * 4 * 5 * 3, compared);
        }

        [Fact]
        public void Conv_EveryAsymmetricSmallConfiguration_MatchesCountedPlacements()
        {
            var failures = new List<string>();
            int compared = 0;
            for (int i = 1; i <= 8; i++)
                for (int k = 1; k <= 4; k++)
                    for (int s = 1; s <= 3; s++)
                        for (int pl = 0; pl <= 3; pl++)
                            for (int pr = 0; pr <= 3; pr++)
                                for (int d = 1; d <= 2; d++)
                                {
                                    compared++;
                                    Matches(i, k, s, pl, pr, d, failures);
                                }
            output.WriteLine("compared " + compared + " asymmetric configurations with the oracle");
            Assert.True(failures.Count == 0, failures.Count + " mismatches:\n" + string.Join("\n", failures.Take(25)));
            Assert.Equal(8 * 4 * 3 * 4 * 4 * 2, compared);
        }

        [Fact]
        public void Conv_StrideRemainderDropsRow_ReportsRemainderAndDropped()
        {
            // 224 with k = 3, s = 2, no padding: windows at 0, 2, …, 220 cover 0 … 222; position 223 is read by none.
            Slide slide = AxisOracle.Convolution(224, 3, 2, 0, 0, 1);
            AxisResult core = AxisArithmetic.Convolution(224, 3, 2, 1, AxisPadding.Symmetric(0)).Ok();

            Assert.Equal((111, 1, 1), (slide.Placements, slide.Remainder, slide.Dropped));
            Assert.Equal((111L, 1L, 1L), (core.Output, core.Remainder, core.Dropped));
        }

        [Fact]
        public void Conv_RemainderInsideRightPadding_DropsNoInput()
        {
            // 6 + 1 + 1 padded, k = 3, s = 2: windows at 0, 2, 4 end at 6; position 7 is the right padding.
            Slide slide = AxisOracle.Convolution(6, 3, 2, 1, 1, 1);
            AxisResult core = AxisArithmetic.Convolution(6, 3, 2, 1, AxisPadding.Symmetric(1)).Ok();

            Assert.Equal((3, 1, 0), (slide.Placements, slide.Remainder, slide.Dropped));
            Assert.Equal((3L, 1L, 0L), (core.Output, core.Remainder, core.Dropped));
        }

        /// <summary>Compares one configuration; false when no window fits (the core must refuse with CSA1002).</summary>
        private static bool Matches(int i, int k, int s, int pl, int pr, int d, List<string> failures)
        {
            Slide slide = AxisOracle.Convolution(i, k, s, pl, pr, d);
            Outcome<AxisResult> core = AxisArithmetic.Convolution(i, k, s, d, new AxisPadding(pl, pr));
            string name = "i=" + i + " k=" + k + " s=" + s + " pl=" + pl + " pr=" + pr + " d=" + d;
            if (slide.Placements == 0)
            {
                if (core.IsOk || core.Refusal!.Rule != Rule.OutputBelowOne)
                    failures.Add(name + ": no window fits, but the core gives " + core);
                return false;
            }
            if (core.Value is not { } value)
                failures.Add(name + ": " + slide.Placements + " windows fit, but the core refuses: " + core);
            else if (value.Output != slide.Placements || value.Remainder != slide.Remainder || value.Dropped != slide.Dropped)
                failures.Add(name + ": oracle o=" + slide.Placements + " r=" + slide.Remainder + " dropped=" + slide.Dropped
                    + ", core o=" + value.Output + " r=" + value.Remainder + " dropped=" + value.Dropped);
            return true;
        }
    }
}
