using ConvShapeAnalyzers.Core;
using Xunit;
using static ConvShapeAnalyzers.Core.Tests.Layers;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>Each rule of DESIGN.md 2.3 found in a small network, at the right layer, with the fix the design asks for.</summary>
    public sealed class NetworkFindingTests
    {
        private static Finding Single(NetworkReport report, Rule rule, string layer)
        {
            Finding[] found = report.FindingsOf(rule);
            Assert.True(found.Length == 1, "expected one " + rule.Id() + ", got:\n" + report.Describe());
            Assert.Equal(report.Layer(layer).Index, found[0].Layer);
            Assert.Equal(rule.IsError(), (int)rule < 3000);
            return found[0];
        }

        [Fact]
        public void Conv_InChannelsDifferFromIncoming_ReportsChannelMismatchWithTheIncomingCount()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(3, 32, 32), Conv2d("conv1", 3, 16, 3, padding: 1), Conv2d("conv2", 8, 32, 3));

            Finding finding = Single(report, Rule.ChannelMismatch, "conv2");
            Assert.Equal("16", finding.Fix);
            Assert.Equal(Param.InChannels, finding.Param);
        }

        [Fact]
        public void Linear_InFeaturesDifferFromFlattened_ReportsFeatureMismatchWithTheCount()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(32, 8, 8), Flatten("flat"), Linear("fc", 100, 10));

            Finding finding = Single(report, Rule.FeatureMismatch, "fc");
            Assert.Equal("2048", finding.Fix);
            Assert.Contains("2048", finding.Message);
        }

        [Fact]
        public void Linear_InFeaturesWrittenAsProduct_FixWritesTheFlattenedProduct()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(32, 8, 8), Flatten("flat"), Linear("fc", 16 * 8 * 8, 10) with { InFeaturesIsProduct = true });

            Assert.Equal("32 * 8 * 8", Single(report, Rule.FeatureMismatch, "fc").Fix);
        }

        [Fact]
        public void Add_OfDifferentShapes_ReportsAddMismatch()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(3, 32, 32),
                Conv2d("same", 3, 8, 3, padding: 1),
                Conv2d("valid", 3, 8, 3) with { From = NetworkSpec.InputName },
                Add("sum", "same", "valid"));

            Single(report, Rule.AddMismatch, "sum");
            Assert.Null(report.Layer("sum").Output);
        }

        [Fact]
        public void Concat_OfDifferentSpatialSizes_ReportsConcatMismatch()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(3, 32, 32),
                Conv2d("big", 3, 8, 3, padding: 1),
                Conv2d("small", 3, 4, 3) with { From = NetworkSpec.InputName },
                Concat("cat", "big", "small"));

            Single(report, Rule.ConcatMismatch, "cat");
        }

        [Fact]
        public void Conv2d_AfterFlatten_ReportsWrongRank()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(3, 8, 8), Flatten("flat"), Conv2d("conv", 3, 8, 3));

            Single(report, Rule.WrongRank, "conv");
        }

        [Fact]
        public void From_NamingALaterLayer_ReportsUnknownLayer()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(3, 8, 8),
                Conv2d("first", 3, 3, 1) with { From = "second" },
                Conv2d("second", 3, 3, 1));

            Finding finding = Single(report, Rule.UnknownLayer, "first");
            Assert.Equal(Param.From, finding.Param);
        }

        [Fact]
        public void Conv_StrideRemainderDropsRow_Reports()
        {
            // o = ⌊(224 − 3)/2⌋ + 1 = 111, r = 221 mod 2 = 1 > pr = 0: row and column 223 are never read. Padding 1 gives
            // (224 + 2 − 3) mod 2 = 1 ≤ pr = 1: exact.
            NetworkReport report = Net.Analyze(TensorShape.Spatial(3, 224, 224), Conv2d("conv", 3, 8, 3, stride: 2));

            Finding finding = Single(report, Rule.StrideRemainder, "conv");
            Assert.Contains("111", finding.Message);
            Assert.Equal("1", finding.Fix);
            Assert.Equal(TensorShape.Spatial(8, 111, 111), report.Layers[0].Output);
            Assert.True(report.Layers[0].Emittable); // a warning keeps the shape
        }

        [Fact]
        public void Conv3d_StrideRemainderOnEveryAxis_NamesTheAxesAsOneList()
        {
            // o = ⌊(16 − 3)/2⌋ + 1 = 7 on each axis, r = 13 mod 2 = 1 > pr = 0: the last frame, row and column are never read.
            NetworkReport report = Net.Analyze(TensorShape.Spatial(3, 16, 16, 16), Conv3d("conv", 3, 8, 3, stride: 2));

            string message = Single(report, Rule.StrideRemainder, "conv").Message;
            Assert.StartsWith("conv: Depth, Height and Width: o = ⌊(16 + 2·0 − 3)/2⌋ + 1 = 7", message);
            Assert.Contains("the last input frame, row and column never read", message);
        }

        [Theory]
        [InlineData(new string[0], "")]
        [InlineData(new[] { "Length" }, "Length")]
        [InlineData(new[] { "Height", "Width" }, "Height and Width")]
        [InlineData(new[] { "Depth", "Height", "Width" }, "Depth, Height and Width")]
        public void Axes_NamedTogether_AsAnEnglishList(string[] names, string expected) => Assert.Equal(expected, Axes.Together(names));

        [Fact]
        public void Conv_StrideRemainderInsidePadding_DoesNotReport()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(3, 224, 224), Conv2d("conv", 3, 8, 3, stride: 2, padding: 1));

            Assert.Empty(report.FindingsOf(Rule.StrideRemainder));
            Assert.Equal(TensorShape.Spatial(8, 112, 112), report.Layers[0].Output);
        }

        [Fact]
        public void ConvTranspose_MirroringWithoutOutputPadding_ReportsMirrorMismatchWithA()
        {
            // down: 32 → ⌊(32 + 2 − 3)/2⌋ + 1 = 16; up: (16 − 1)·2 − 2 + 2 + 0 + 1 = 31 ≠ 32; a = (32 + 2 − 3) mod 2 = 1.
            NetworkReport report = Net.Analyze(TensorShape.Spatial(16, 32, 32),
                Conv2d("down", 16, 32, 3, stride: 2, padding: 1),
                ConvTranspose2d("up", 32, 16, 3, stride: 2, padding: 1) with { Mirrors = "down" });

            Assert.Equal(TensorShape.Spatial(16, 31, 31), report.Layer("up").Output);
            Assert.Equal("1", Single(report, Rule.MirrorMismatch, "up").Fix);
        }

        [Fact]
        public void ConvTranspose_MirroringWithRelationship14Padding_RestoresTheInput()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(16, 32, 32),
                Conv2d("down", 16, 32, 3, stride: 2, padding: 1),
                ConvTranspose2d("up", 32, 16, 3, stride: 2, padding: 1, outputPadding: 1) with { Mirrors = "down" });

            Assert.True(report.Findings.IsEmpty, report.Describe());
            Assert.Equal(TensorShape.Spatial(16, 32, 32), report.Layer("up").Output);
        }

        [Fact]
        public void ConvTranspose_MirrorNeedingOutputPaddingBelowDilation_OffersIt()
        {
            // down: ⌊(8 + 2 − 3)/2⌋ + 1 = 4; up (s = 1, d = 3): (4 − 1)·1 − 0 + 3·(2 − 1) + 0 + 1 = 7, one short of 8. PyTorch takes
            // an output padding below max(s, d) = 3, so OutputPadding = 1 gives 8 (PyTorch 1.13: ConvTranspose1d(1, 1, 2,
            // dilation=3, output_padding=1) on the 4 gives 8).
            NetworkReport report = Net.Analyze(TensorShape.Spatial(1, 8),
                Conv1d("down", 1, 1, 3, stride: 2, padding: 1),
                ConvTranspose1d("up", 2, dilation: 3) with { Mirrors = "down" });

            Assert.Equal(TensorShape.Spatial(1, 7), report.Layer("up").Output);
            Finding finding = Single(report, Rule.MirrorMismatch, "up");
            Assert.Equal("1", finding.Fix);
            Assert.Contains("OutputPadding = 1 restores it", finding.Message);
        }

        [Fact]
        public void ConvTranspose_MirrorNeedingOutputPaddingEqualToStride_OffersNoFix()
        {
            // down: 8 → 4; up (k = 2, s = 2, p = 1): (4 − 1)·2 − 2 + 1 + 0 + 1 = 6, two short of 8. An output padding of 2 is not
            // below max(s, d) = 2, which PyTorch refuses ("output padding must be smaller than either stride or dilation").
            NetworkReport report = Net.Analyze(TensorShape.Spatial(1, 8),
                Conv1d("down", 1, 1, 3, stride: 2, padding: 1),
                ConvTranspose1d("up", 2, stride: 2, padding: 1) with { Mirrors = "down" });

            Assert.Equal(TensorShape.Spatial(1, 6), report.Layer("up").Output);
            Finding finding = Single(report, Rule.MirrorMismatch, "up");
            Assert.Null(finding.Fix);
            Assert.Contains("no output padding below max(stride, dilation) = 2 can restore it", finding.Message);
        }

        [Fact]
        public void ConcatHint_NeverNamesAnInputSizeTheFirstLayerRefuses()
        {
            // a: i − 2; b (s = 2) from a: ⌊(i − 5)/2⌋ + 1. They differ at every i ≥ 5 (a − b ≥ (i − 1)/2 > 0); below 5, b (i = 3, 4)
            // or a (i = 1, 2) has no window, so no input size makes the join fit, and sizes where a is refused must not count.
            NetworkReport report = Net.Analyze(TensorShape.Spatial(1, 5),
                Conv1d("a", 1, 1, 3),
                Conv1d("b", 1, 1, 3, stride: 2) with { From = "a" },
                Layers.Concat("joined", "a", "b"));

            Assert.EndsWith(". No input Length within 256 of 5 makes the join fit", Single(report, Rule.ConcatMismatch, "joined").Message);
        }

        [Fact]
        public void CenterCrop_FittingOnlyAtEvenInputs_ReportsSizeDependentMismatch()
        {
            // enc: i − 2; down (k = 3, s = 2): ⌊(i − 5)/2⌋ + 1; up (k = 3, s = 2, a = 1): 2·⌊(i − 5)/2⌋ + 4, which is i − 2 for even i
            // and i − 1 for odd i, one more than enc: the crop of enc to up fits at even sizes only (PyTorch 1.13 at 7: enc 5,
            // up 6; at 8: 6 and 6). Below 6, down has no window (i = 4) or the crop fails (i = 5); of 1 to 42, 6, 8, …, 42 fit.
            NetworkReport report = Net.Analyze(TensorShape.Spatial(1, 10),
                Conv1d("enc", 1, 1, 3),
                Conv1d("down", 1, 1, 3, stride: 2),
                ConvTranspose1d("up", 3, stride: 2) with { OutputPadding = SizeArg.Of(1) },
                new LayerSpec("crop", LayerKind.CenterCrop, 0) { From = "enc", Sources = EquatableArray.Of("up") },
                Layers.Concat("joined", "crop", "up"));

            Assert.Equal("crop: Length: fits at the declared size 10, but not at every input size: of 1 to 42 only 6, 8, 10, 12, 14, 16, 18, 20 and 11 more fit. "
                + "A fully convolutional network run at another size would fail there; document the sizes it takes, or make the branches agree for every size",
                Single(report, Rule.SizeDependentMismatch, "crop").Message);
        }

        [Fact]
        public void MaxPool_CeilModeDifferingFromOnnx_ReportsOnnxHazard()
        {
            // 5 + 2·1 padded, k = 2, s = 2: ⌈5/2⌉ + 1 = 4 windows, but the 4th would start at 6 ≥ 5 + 1, in the right padding:
            // PyTorch gives 3, ONNX 4.
            NetworkReport report = Net.Analyze(TensorShape.Spatial(1, 5, 5), MaxPool2d("pool", 2, stride: 2, padding: 1, ceilMode: true));

            Single(report, Rule.OnnxCeilHazard, "pool");
            Assert.Equal(TensorShape.Spatial(1, 3, 3), report.Layers[0].Output);
            Assert.Empty(report.Errors());
        }

        [Fact]
        public void MaxPool_CeilModeAgreeingWithOnnx_DoesNotReport()
        {
            // 6 + 2·1, k = 3, s = 2: ⌈5/2⌉ + 1 = 4, and the 4th window starts at 6 < 6 + 1.
            NetworkReport report = Net.Analyze(TensorShape.Spatial(1, 6, 6), MaxPool2d("pool", 3, stride: 2, padding: 1, ceilMode: true));

            Assert.True(report.Findings.IsEmpty, report.Describe());
            Assert.Equal(TensorShape.Spatial(1, 4, 4), report.Layers[0].Output);
        }

        [Fact]
        public void Conv_SamePaddingEvenKernel_ReportsAsymmetricPaddingInfo()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(3, 16, 16), Conv2d("conv", 3, 8, 4) with { Padding = SizeArg.Pad(PadMode.Same) });

            Single(report, Rule.AsymmetricSamePadding, "conv");
            Assert.Empty(report.Errors());
            Assert.Equal(TensorShape.Spatial(8, 16, 16), report.Layers[0].Output);
        }

        [Fact]
        public void Conv_SamePaddingStride2_ReportsSameNeedsUnitStrideWithSameUpperFix()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(3, 16, 16), Conv2d("conv", 3, 8, 3, stride: 2) with { Padding = SizeArg.Pad(PadMode.Same) });

            Finding finding = Single(report, Rule.SameNeedsUnitStride, "conv");
            Assert.Equal("Pad.SameUpper", finding.Fix);
            Assert.Null(report.Layers[0].Output);
        }

        [Theory]
        [InlineData("Input")]
        [InlineData("Output")]
        [InlineData("Summary")]
        [InlineData("Shapes")]
        public void Layer_NamedLikeAGeneratedName_ReportsInvalidDeclaration(string name)
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(3, 8, 8), Conv2d(name, 3, 8, 3));

            Single(report, Rule.InvalidDeclaration, name);
        }
    }
}
