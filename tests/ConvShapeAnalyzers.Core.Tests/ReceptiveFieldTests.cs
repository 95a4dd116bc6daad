using System.Linq;
using ConvShapeAnalyzers.Core;
using Xunit;
using static ConvShapeAnalyzers.Core.Tests.Layers;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>Receptive field and jump per axis (r ← r + (k̂ − 1)·j, j ← j·s), worked out by hand.</summary>
    public sealed class ReceptiveFieldTests
    {
        private static ReceptiveField[] Field(NetworkReport report, string layer) => report.Layer(layer).ReceptiveField.ToArray();

        [Fact]
        public void TwoConvs3x3ThenPool2x2_SeeSixWithJumpTwo()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(3, 32, 32),
                Conv2d("c1", 3, 8, 3, padding: 1),
                Conv2d("c2", 8, 8, 3, padding: 1),
                MaxPool2d("pool", 2));

            Assert.Equal(new[] { new ReceptiveField(3, 1), new ReceptiveField(3, 1) }, Field(report, "c1"));
            Assert.Equal(new[] { new ReceptiveField(5, 1), new ReceptiveField(5, 1) }, Field(report, "c2"));
            Assert.Equal(new[] { new ReceptiveField(6, 2), new ReceptiveField(6, 2) }, Field(report, "pool"));
        }

        [Fact]
        public void LeNet5_FieldGrowsWithTheJumps_AndEndsAtFlatten()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(1, 32, 32), NetworkCountTests.LeNet);

            // conv1 5 (j 1); pool1 5 + 1·1 = 6 (j 2); conv2 6 + 4·2 = 14 (j 2); pool2 14 + 1·2 = 16 (j 4).
            Assert.Equal(new long[] { 5, 6, 14, 16 }, report.Layers.Take(4).Select(l => l.ReceptiveField[0].Size));
            Assert.Equal(new long[] { 1, 2, 2, 4 }, report.Layers.Take(4).Select(l => l.ReceptiveField[0].Jump));
            Assert.True(report.Layer("flat").ReceptiveField.IsEmpty);
        }

        [Fact]
        public void DilatedConv_UsesTheEffectiveKernel()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(1, 16, 16), Conv2d("dilated", 1, 1, 3, dilation: 2), Conv2d("strided", 1, 1, 3, stride: 2));

            Assert.Equal(5, Field(report, "dilated")[0].Size);                    // k̂ = 2·2 + 1
            Assert.Equal(new ReceptiveField(7, 2), Field(report, "strided")[0]);  // 5 + 2·1, jump 2
        }

        [Fact]
        public void Add_TakesTheWiderBranch()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(3, 32, 32),
                Conv2d("narrow", 3, 8, 3, padding: 1),
                Conv2d("wide", 3, 8, 5, padding: 2) with { From = NetworkSpec.InputName },
                Add("sum", "narrow", "wide"));

            Assert.True(report.Findings.IsEmpty, report.Describe());
            Assert.Equal(new ReceptiveField(5, 1), Field(report, "sum")[0]);
        }

        /// <summary>
        /// PyTorch joins element m with element m: a branch a padding or crop shifted reads other positions, so the join's
        /// field is the union of the spans (checked with PyTorch's autograd on a 12-long input: output 5 of the concat reads
        /// inputs 4 and 5; output 4 of the sum reads 4 to 7).
        /// </summary>
        [Fact]
        public void Join_OfAShiftedBranch_IsTheUnionOfTheSpans()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(1, 12),
                new LayerSpec("shifted", LayerKind.ZeroPad, 1) { Padding = SizeArg.Of(1, -1), From = NetworkSpec.InputName },
                Concat("both", NetworkSpec.InputName, "shifted"),                   // m with m − 1: 2 positions
                Conv1d("conv", 1, 1, 3) with { From = NetworkSpec.InputName },      // m … m + 2
                new LayerSpec("cropped", LayerKind.ZeroPad, 1) { Padding = SizeArg.Of(-3, 1), From = NetworkSpec.InputName },    // m + 3
                Add("sum", "conv", "cropped"));                                     // m … m + 3: 4, not the widest 3

            Assert.True(report.Findings.IsEmpty, report.Describe());
            Assert.Equal(new[] { new ReceptiveField(1, 1) }, Field(report, "shifted"));
            Assert.Equal(new[] { new ReceptiveField(2, 1) }, Field(report, "both"));
            Assert.Equal(new[] { new ReceptiveField(4, 1) }, Field(report, "sum"));
        }

        /// <summary>
        /// An even kernel padded the TensorFlow way puts the extra position after the input (SAME_UPPER: m … m + 1), the ONNX
        /// SAME_LOWER way before it (m − 1 … m); their sum reads m − 1 … m + 1 (PyTorch's autograd on F.pad and conv1d agrees).
        /// </summary>
        [Fact]
        public void Join_OfEvenKernelsPaddedOnOppositeSides_IsTheUnionOfTheSpans()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(1, 12),
                Conv1d("upper", 1, 1, 2) with { Padding = SizeArg.Pad(PadMode.SameUpper), From = NetworkSpec.InputName },
                Conv1d("lower", 1, 1, 2) with { Padding = SizeArg.Pad(PadMode.SameLower), From = NetworkSpec.InputName },
                Add("sum", "upper", "lower"));

            Assert.Equal(12, report.Layer("sum").Output!.Sizes[0]);
            Assert.Equal(new[] { new ReceptiveField(2, 1) }, Field(report, "upper"));
            Assert.Equal(new[] { new ReceptiveField(3, 1) }, Field(report, "sum"));
        }

        [Theory]
        // PyTorch's window j reads ⌊j·i/o⌋ … ⌈(j + 1)·i/o⌉ − 1. After the 3×3 convolution (field 3, jump 1):
        [InlineData(8, 1, 10, 8)]    // 8 to 1, global pooling: one window of 8, so 3 + 7·1 = 10, jump 8
        [InlineData(8, 4, 4, 2)]     // 8 to 4: windows 0–1, 2–3, 4–5, 6–7: width 2, step 2, 3 + 1·1 = 4
        [InlineData(28, 3, 12, 9)]   // 28 to 3: 0–9, 9–18, 18–27: width 10, step 9, 3 + 9·1 = 12
        [InlineData(4, 3, 4, 1)]     // 4 to 3: 0–1, 1–2, 2–3: width 2, step 1
        [InlineData(5, 5, 3, 1)]     // 5 to 5: every window one position, the field passes through
        [InlineData(5, 3, 0, 0)]     // 5 to 3: 0–1, 1–3, 3–4: widths 2, 3, 2, no one field
        [InlineData(29, 3, 0, 0)]    // 29 to 3: 0–9, 9–19, 19–28: starts 9 then 10 apart
        [InlineData(2, 3, 0, 0)]     // 2 to 3: 0, 0–1, 1: windows overlap unevenly
        public void AdaptivePooling_HasAFieldWhereItsWindowsAreAlike(long size, long output, long field, long jump)
        {
            var adaptive = new LayerSpec("pool", LayerKind.AdaptiveAvgPool, 1) { Size = SizeArg.Of(output) };
            NetworkReport report = Net.Analyze(TensorShape.Spatial(1, size + 2), Conv1d("c", 1, 1, 3), adaptive);

            Assert.True(report.Findings.IsEmpty, report.Describe());
            Assert.Equal(output, report.Layer("pool").Output!.Sizes[0]);
            Assert.Equal(field == 0 ? new ReceptiveField[0] : new[] { new ReceptiveField(field, jump) }, Field(report, "pool"));
        }

        [Fact]
        public void AdaptivePooling_OneAxisWhoseWindowsDiffer_LeavesTheWholeFieldUndefined()
        {
            var adaptive = new LayerSpec("pool", LayerKind.AdaptiveMaxPool, 2) { Size = SizeArg.Of(1, 3) };
            NetworkReport report = Net.Analyze(TensorShape.Spatial(4, 7, 5), adaptive);

            Assert.True(report.Findings.IsEmpty, report.Describe());
            Assert.Empty(Field(report, "pool"));                 // Height 7 to 1 alike, Width 5 to 3 not
        }

        [Fact]
        public void ConvTranspose_LeavesTheFieldUndefined()
        {
            NetworkReport report = Net.Analyze(TensorShape.Spatial(4, 8, 8), Conv2d("c", 4, 4, 3, padding: 1), ConvTranspose2d("up", 4, 4, 2, stride: 2));

            Assert.False(report.Layer("c").ReceptiveField.IsEmpty);
            Assert.True(report.Layer("up").ReceptiveField.IsEmpty);
        }
    }
}
