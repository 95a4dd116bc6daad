using System.Threading.Tasks;
using Xunit;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>CSA2004: Concat of different spatial sizes, at the offending name, with the input sizes that would fit.</summary>
public class CSA2004Tests
{
    // The pooling drops row 65 on the way down: ⌊(65 + 2·0 − 2)/2⌋ + 1 = 32 (Relationship 7), r = 63 mod 2 = 1 > pr = 0
    // (CSA3001). Padding 1 would give ⌊(65 + 2 − 2)/2⌋ + 1 = 33 with r = 65 mod 2 = 1 ≤ pr = 1; 64 (r = 62 mod 2 = 0) and
    // 66 (r = 0) are the exact sizes next to 65. Width 64 is exact already, so the padding written is Height's alone: new[] { 1, 0 }.
    private static readonly Harness.ExpectedDiagnostic DownDropsRow65 = Verify.Diagnostic("CSA3001").WithLocation(1).WithMessage(
        "down: Height: o = ⌊(65 + 2·0 − 2)/2⌋ + 1 = 32 (Relationship 7); the stride remainder r = (65 + 2·0 − 2) mod 2 = 1 "
        + "leaves the last input row never read. Padding = new[] { 1, 0 } makes it exact (o = 33), as are input sizes 64 and 66");

    [Fact]
    public Task Concat_UNetLevelOnOddHeight_ErrorAtSecondNameWithFittingSizes()
    {
        // enc: o = ⌊(65 + 2·1 − 3)/1⌋ + 1 = 65 (R3) × 64 → 16×65×64; down 16×32×32; bottom 16×32×32 (R3);
        // up: o = (32 − 1)·2 − 2·0 + 1·(2 − 1) + 0 + 1 = 64 → 16×64×64. Height 65 vs 64; Width 64 vs 64.
        // One Height axis of size i: enc i, up 2⌊i/2⌋: equal iff i is even, so 64 or 66. Width 64 fits as declared.
        return Verify.VerifyAsync("""
            using ConvShape;

            [Network(1, 65, 64)]
            public partial class OddUNet
            {
                [Conv2d(1, 16, 3, Padding = 1)] public object? enc;
                [{|#1:MaxPool2d(2)|}] public object? down;
                [Conv2d(16, 16, 3, Padding = 1)] public object? bottom;
                [ConvTranspose2d(16, 16, 2, Stride = 2)] public object? up;
                [Concat(nameof(enc), {|#0:nameof(up)|})] public object? skip;
            }
            """,
            Verify.Diagnostic("CSA2004").WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithMessage(
                "skip: cannot concatenate enc (16×65×64) and up (16×64×64) along the channels: the spatial sizes must be equal; "
                + "PyTorch would fail with \"Sizes of tensors must match except in dimension 1\". They differ in Height 65 vs 64; "
                + "crop the larger with [CenterCrop(nameof(smaller))] or change the input size. The network fits at input Height 64 or 66"),
            DownDropsRow65);
    }

    [Fact]
    public Task Concat_ThirdNameDiffers_ErrorAtThirdName()
    {
        // a, b: o = ⌊(32 + 2·1 − 3)/1⌋ + 1 = 32; c: o = 32 − 3 + 1 = 30 (R1). On one axis a and b are i and c is i − 2 for
        // every i, so no size fits.
        return Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 4, 3, Padding = 1)] public object? a;
                [Conv2d(3, 4, 3, Padding = 1, From = Network.Input)] public object? b;
                [Conv2d(3, 4, 3, From = Network.Input)] public object? c;
                [Concat(nameof(a), nameof(b), {|#0:nameof(c)|})] public object? cat;
            }
            """,
            Verify.Diagnostic("CSA2004").WithLocation(0).WithMessage(
                "cat: cannot concatenate a (4×32×32) and c (4×30×30) along the channels: the spatial sizes must be equal; "
                + "PyTorch would fail with \"Sizes of tensors must match except in dimension 1\". They differ in Height 32 vs 30, Width 32 vs 30; "
                + "crop the larger with [CenterCrop(nameof(smaller))] or change the input size. No input Height within 256 of 32 or Width within 256 of 32 makes the join fit"));
    }

    [Fact]
    public Task Concat_UNetLevelCroppedToTheUpsampledBranch_NoConcatMismatch()
    {
        // The same level with the original U-Net's crop: enc 65×64 cropped to up's 64×64 (65 − 64 = 1 row: 0 before, 1 after).
        // up is 2⌊i/2⌋ ≤ i at every size, so the crop always fits: no CSA2004 and no CSA3003; only the pooling's CSA3001 remains.
        return Verify.VerifyAsync("""
            using ConvShape;

            [Network(1, 65, 64)]
            public partial class CroppedUNet
            {
                [Conv2d(1, 16, 3, Padding = 1)] public object? enc;
                [{|#1:MaxPool2d(2)|}] public object? down;
                [Conv2d(16, 16, 3, Padding = 1)] public object? bottom;
                [ConvTranspose2d(16, 16, 2, Stride = 2)] public object? up;
                [CenterCrop(nameof(up), From = nameof(enc))] public object? crop;
                [Concat(nameof(crop), nameof(up))] public object? skip;
            }
            """,
            DownDropsRow65);
    }

    [Fact]
    public Task Concat_DifferentChannelsSameSizes_NoDiagnostic()
    {
        // Channels add up (16 + 8); only the spatial sizes (32×32 both) must agree, at every input size (both branches R3).
        return Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Padding = 1)] public object? a;
                [Conv2d(3, 8, 5, Padding = 2, From = Network.Input)] public object? b;
                [Concat(nameof(a), nameof(b))] public object? cat;
            }
            """);
    }

    [Fact]
    public Task Concat_FlatAndSpatial_NamesPyTorchsDimensionCountAndNoInputSize()
    {
        // conv: o = ⌊(8 + 2·1 − 3)/1⌋ + 1 = 8 (R3) → 4×8×8; flat: 4·8·8 = 256. torch.cat counts batch and channels too:
        // [2, 256] has 2 dimensions, [2, 4, 8, 8] has 4 (PyTorch 1.13: "Tensors must have same number of dimensions: got 2 and 4").
        // No input size makes a flat vector and a 2-D tensor fit, so none is searched for.
        return Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 8, 8)]
            public partial class Net
            {
                [Conv2d(3, 4, 3, Padding = 1)] public object? conv;
                [Flatten] public object? flat;
                [Concat(nameof(flat), {|#0:nameof(conv)|})] public object? cat;
            }
            """,
            Verify.Diagnostic("CSA2004").WithLocation(0).WithMessage(
                "cat: cannot concatenate flat (256) and conv (4×8×8) along the channels: the ranks must be equal; PyTorch would fail with "
                + "\"Tensors must have same number of dimensions: got 2 and 4\". The ranks differ (flat (features only) and 2-D): "
                + "flatten both branches, or join them before the Flatten"));
    }
}
