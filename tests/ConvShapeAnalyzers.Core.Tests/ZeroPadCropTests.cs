using System.Collections.Generic;
using System.Linq;
using ConvShapeAnalyzers.Core;
using Xunit;
using Xunit.Abstractions;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>
    /// Negative zero padding crops. PyTorch's constant_pad_nd narrows the input by each negative value first and pads by
    /// the positive ones after, so a crop larger than the axis is refused even where o = i + pl + pr would be positive
    /// (PyTorch 1.13: "start (0) + length (−1) exceeds dimension size (1)"). The expectation here replays those steps on
    /// a list of input positions; a result of 0 positions is an empty tensor, which the core refuses too (CSA1002).
    /// </summary>
    public sealed class ZeroPadCropTests
    {
        private readonly ITestOutputHelper output;

        public ZeroPadCropTests(ITestOutputHelper output) => this.output = output;

        /// <summary>The padded axis's length as PyTorch builds it, or null where a narrowing step has too little to take.</summary>
        private static long? PyTorchPaddedLength(long input, long before, long after)
        {
            var positions = Enumerable.Range(0, (int)input).ToList();
            if (before < 0)
            {
                if (-before > positions.Count)
                    return null;
                positions.RemoveRange(0, (int)-before);
            }
            if (after < 0)
            {
                if (-after > positions.Count)
                    return null;
                positions.RemoveRange(positions.Count + (int)after, (int)-after);
            }
            return positions.Count + System.Math.Max(before, 0) + System.Math.Max(after, 0);
        }

        [Fact]
        public void ZeroPad1d_CropBeyondTheInput_IsRefused_EvenWhenTheOtherSideMakesUpForIt()
        {
            var failures = new List<string>();
            int compared = 0, refusedThoughPositive = 0;
            for (long i = 1; i <= 6; i++)
                for (long before = -7; before <= 4; before++)
                    for (long after = -7; after <= 4; after++)
                    {
                        compared++;
                        long? expected = PyTorchPaddedLength(i, before, after);
                        refusedThoughPositive += expected is null && i + before + after >= 1 ? 1 : 0;
                        var layer = new LayerSpec("pad", LayerKind.ZeroPad, 1) { Padding = SizeArg.Of(before, after) };
                        NetworkReport report = Net.Analyze(TensorShape.Spatial(2, i), layer);
                        string name = "i=" + i + " pads (" + before + ", " + after + "): PyTorch " + (expected?.ToString() ?? "refuses");
                        if (expected is null or < 1)
                        {
                            if (report.FindingsOf(Rule.OutputBelowOne).Length != 1)
                                failures.Add(name + ", expected CSA1002, got " + report.Describe());
                        }
                        else if (report.Errors().Length > 0 || report.Layers[0].Output != TensorShape.Spatial(2, expected.Value))
                            failures.Add(name + ", core " + (report.Layers[0].Output?.ToString() ?? "none") + "; " + report.Describe());
                    }
            output.WriteLine("compared " + compared + " ZeroPad1d configurations, " + refusedThoughPositive + " refused though i + pl + pr ≥ 1");
            Assert.True(failures.Count == 0, failures.Count + " mismatches:\n" + string.Join("\n", failures.Take(25)));
            Assert.Equal(6 * 12 * 12, compared);
            Assert.True(refusedThoughPositive > 0);
        }

        [Fact]
        public void ZeroPad2d_CropBeyondTheInput_NamesTheAxisTheCropAndTheLimit()
        {
            // Width 1 (the first pair, left and right): crop 2 on the left, pad 2 on the right; o = 1 − 2 + 2 would be 1.
            var layer = new LayerSpec("pad", LayerKind.ZeroPad, 2) { Padding = SizeArg.Of(-2, 2, 0, 0) };
            NetworkReport report = Net.Analyze(TensorShape.Spatial(4, 3, 1), layer);
            Finding finding = Assert.Single(report.Findings);
            Assert.Equal(Rule.OutputBelowOne, finding.Rule);
            Assert.Equal("pad: Width: the negative padding crops 2 from an input of 1 before the other side is padded, more than the input has "
                + "(PyTorch crops first), though o = 1 + -2 + 2 = 1; crop at most 1", finding.Message);
        }

        [Theory]
        // PyTorch 1.13, as F.pad: pairs last axis first; fewer pairs pad only the last axes, one pair more pads the channels.
        [InlineData(2, new long[] { 4, 9, 9 }, new long[] { 1, 2 }, new long[] { 4, 9, 12 })]                  // ZeroPad2d((1, 2))
        [InlineData(3, new long[] { 4, 5, 6, 7 }, new long[] { 1, 2 }, new long[] { 4, 5, 6, 10 })]            // ConstantPad3d((1, 2), 0)
        [InlineData(3, new long[] { 4, 5, 6, 7 }, new long[] { 1, 2, 3, 4 }, new long[] { 4, 5, 13, 10 })]    // ConstantPad3d((1, 2, 3, 4), 0)
        [InlineData(1, new long[] { 4, 9 }, new long[] { 1, 1, 1, 1 }, new long[] { 6, 11 })]                  // ConstantPad1d((1, 1, 1, 1), 0)
        [InlineData(2, new long[] { 4, 9, 9 }, new long[] { 1, 1, 1, 1, 1, 1 }, new long[] { 6, 11, 11 })]     // ZeroPad2d((1, 1, 1, 1, 1, 1))
        [InlineData(2, new long[] { 16, 8, 8 }, new long[] { 0, 0, 0, 0, 8, 8 }, new long[] { 32, 8, 8 })]     // a ResNet "option A" shortcut's channels
        [InlineData(2, new long[] { 4, 9, 9 }, new long[] { 0, 0, 0, 0, -1, -2 }, new long[] { 1, 9, 9 })]    // ZeroPad2d((0, 0, 0, 0, -1, -2)) crops channels
        public void ZeroPad_PairsAsPyTorchsPad_PadTheLastAxesAndThenTheChannels(int rank, long[] input, long[] padding, long[] expected)
        {
            var layer = new LayerSpec("pad", LayerKind.ZeroPad, rank) { Padding = SizeArg.List(padding) };
            NetworkReport report = Net.Analyze(ChainCase.Shape(input), layer);
            output.WriteLine(report.Describe());
            Assert.Empty(report.Findings);
            Assert.Equal(ChainCase.Shape(expected), report.Layers[0].Output);
        }

        [Theory]
        // PyTorch 1.13: "Padding length must be divisible by 2" for an odd count, a list of one included.
        [InlineData(2, new long[] { 1, 1, 1 })]
        [InlineData(1, new long[] { 1 })]
        // Four pairs on a 2-D layer would pad the batch axis, which a network's shapes leave out.
        [InlineData(2, new long[] { 1, 1, 1, 1, 1, 1, 1, 1 })]
        public void ZeroPad_PairsPyTorchRefusesOrThatPadTheBatch_AreCSA1001(int rank, long[] padding)
        {
            var layer = new LayerSpec("pad", LayerKind.ZeroPad, rank) { Padding = SizeArg.List(padding) };
            NetworkReport report = Net.Analyze(TensorShape.Spatial(4, Enumerable.Repeat(9L, rank).ToArray()), layer);
            Finding finding = Assert.Single(report.Findings);
            Assert.Equal(Rule.OutOfRange, finding.Rule);
            Assert.Equal(Param.Padding, finding.Param);
        }

        [Fact]
        public void ZeroPad2d_ChannelCropBeyondTheChannels_NamesTheChannels()
        {
            var layer = new LayerSpec("pad", LayerKind.ZeroPad, 2) { Padding = SizeArg.Of(0, 0, 0, 0, -3, 2) };
            NetworkReport report = Net.Analyze(TensorShape.Spatial(2, 5, 5), layer);
            Finding finding = Assert.Single(report.Findings);
            Assert.Equal(Rule.OutputBelowOne, finding.Rule);
            Assert.Equal("pad: Channels: the negative padding crops 3 from an input of 2 before the other side is padded, more than the input has "
                + "(PyTorch crops first), though c = 2 + -3 + 2 = 1; crop at most 2", finding.Message);
        }

        [Fact]
        public void ZeroPad2d_PaddingBeyond32Bits_IsAnOverflow_NotAWrappedSize()
        {
            // 9 + long.MaxValue + long.MaxValue wraps to 7 in 64 bits; the value alone is beyond a 32-bit size.
            var layer = new LayerSpec("pad", LayerKind.ZeroPad, 2) { Padding = SizeArg.Of(long.MaxValue, long.MaxValue, 0, 0) };
            NetworkReport report = Net.Analyze(TensorShape.Spatial(2, 9, 9), layer);
            Finding finding = Assert.Single(report.Findings);
            Assert.Equal(Rule.Overflow, finding.Rule);
            Assert.Equal("pad: padding = new[] { 9223372036854775807, 9223372036854775807, 0, 0 } overflows a 32-bit size", finding.Message);
            Assert.Null(report.Layers[0].Output);
        }
    }
}
