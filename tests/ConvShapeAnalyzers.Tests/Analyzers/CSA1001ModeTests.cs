using System.Threading.Tasks;
using Xunit;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>
/// CSA1001 for PyTorch's keywords that change no size but that PyTorch checks: a convolution's padding_mode, Upsample's
/// mode, align_corners and recompute_scale_factor, AvgPool's divisor_override. Each refusal was run in PyTorch 1.13 (the
/// quoted message is its own; tests/fixtures/pytorch-option-chains.json holds 400 random chains of them).
/// </summary>
public class CSA1001ModeTests
{
    [Fact]
    public Task Conv_ReflectPaddingAsWideAsTheInput_Errors() =>
        // Conv2d(3, 8, 3, padding=3, padding_mode='reflect') on 3×8×3: Height 8 takes 3 a side (3 ≤ 7), Width 3 does not
        // (3 > 2): "Argument #4: Padding size should be less than the corresponding input dimension, but got: padding (3, 3) ...".
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 8, 3)]
            public partial class Net
            {
                [Conv2d(3, 8, 3, Padding = {|#0:3|}, PaddingMode = "reflect")] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0).WithMessage(
                "conv: Width: PaddingMode = \"reflect\" pads 3 on each side of an input of 3, but a reflection mirrors the input without repeating its edge, "
                + "so each side must be below the input size; PyTorch refuses it (\"Padding size should be less than the corresponding input dimension\"). "
                + "Use Padding = 2 or less, an input of at least 4, or PaddingMode = \"replicate\""));

    [Fact]
    public Task Conv_ReflectPaddingBelowTheInput_IsFine() =>
        // PyTorch: Conv2d(3, 8, 3, padding=2, padding_mode='reflect') on 3×3×3 gives 8×5×5; the Linear checks o = 3 + 4 − 3 + 1 = 5.
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 3, 3)]
            public partial class Net
            {
                [Conv2d(3, 8, 3, Padding = 2, PaddingMode = "reflect")] public object? conv;
                [Flatten] public object? flat;
                [Linear(8 * 5 * 5, 10)] public object? fc;
            }
            """);

    [Fact]
    public Task Conv_CircularPaddingWiderThanTheInput_Errors() =>
        // Conv1d(2, 4, 3, padding=5, padding_mode='circular') on 2×4: "Padding value causes wrapping around more than once."
        // Padding 4 (the whole input) still runs.
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(2, 4)]
            public partial class Net
            {
                [Conv1d(2, 4, 3, Padding = 4, PaddingMode = "circular")] public object? fits;
                [Conv1d(4, 4, 3, Padding = {|#0:11|}, PaddingMode = "circular")] public object? wraps;
            }
            """,
            // fits: o = 4 + 8 − 3 + 1 = 10, so wraps pads 11 on an input of 10.
            Verify.Diagnostic("CSA1001").WithLocation(0).WithMessage(
                "wraps: Length: PaddingMode = \"circular\" pads 11 on each side of an input of 10, but circular padding wraps around at most once, "
                + "so each side must be at most the input size; PyTorch refuses it (\"Padding value causes wrapping around more than once.\"). "
                + "Use Padding = 10 or less, an input of at least 11, or PaddingMode = \"replicate\""));

    [Fact]
    public Task Conv_ReflectWithSamePadding_ChecksTheLargerSide() =>
        // Pad.Same with kernel 6: total 5, 2 before and 3 after; a 3-wide input takes 2 but not 3 (PyTorch: "padding (2, 3)").
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(1, 3)]
            public partial class Net
            {
                [Conv1d(1, 1, 6, Padding = {|#0:Pad.Same|}, PaddingMode = "reflect")] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0).WithMessage(
                "conv: Length: PaddingMode = \"reflect\" pads 2 before and 3 after of an input of 3, but a reflection mirrors the input without repeating its edge, "
                + "so each side must be below the input size; PyTorch refuses it (\"Padding size should be less than the corresponding input dimension\"). "
                + "Use an input of at least 4, or PaddingMode = \"replicate\""));

    [Fact]
    public Task Conv_UnknownPaddingMode_Errors() =>
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 8, 8)]
            public partial class Net
            {
                [Conv2d(3, 8, 3, PaddingMode = {|#0:"mirror"|})] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0).WithMessage(
                "conv: PaddingMode = \"mirror\" is not a padding mode; PyTorch takes \"zeros\", \"reflect\", \"replicate\", \"circular\" (\"padding_mode must be one of ...\")"));

    [Fact]
    public Task ConvTranspose_ReflectPadding_Errors() =>
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(8, 4, 4)]
            public partial class Net
            {
                [ConvTranspose2d(8, 4, 2, Stride = 2, PaddingMode = {|#0:"reflect"|})] public object? up;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0).WithMessage(
                "up: PaddingMode = \"reflect\" is not for a transposed convolution: PyTorch's ConvTranspose2d takes \"zeros\" only "
                + "(\"Only \"zeros\" padding mode is supported for ConvTranspose2d\"). Remove it"));

    [Fact]
    public Task Upsample_UnknownMode_Errors() =>
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 8, 8)]
            public partial class Net
            {
                [Upsample(ScaleFactor = 2, Mode = {|#0:"cubic"|})] public object? up;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0).WithMessage(
                "up: Mode = \"cubic\" is not an Upsample mode; PyTorch takes \"nearest\", \"linear\", \"bilinear\", \"bicubic\", \"trilinear\", \"area\", \"nearest-exact\" "
                + "(\"Input Error: ... (got cubic)\")"));

    [Fact]
    public Task Upsample_AlignCornersWithNearest_ErrorsEvenWhenFalse() =>
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 8, 8)]
            public partial class Net
            {
                [Upsample(ScaleFactor = 2, AlignCorners = {|#0:false|})] public object? up;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0).WithMessage(
                "up: AlignCorners = false is set with Mode = \"nearest\"; PyTorch refuses any value there "
                + "(\"align_corners option can only be set with the interpolating modes: linear | bilinear | bicubic | trilinear\"). Remove it"));

    [Fact]
    public Task Upsample_RecomputeScaleFactorWithSize_Errors() =>
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 8, 8)]
            public partial class Net
            {
                [Upsample(Size = 16, RecomputeScaleFactor = {|#0:true|})] public object? up;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0).WithMessage(
                "up: RecomputeScaleFactor = true with a Size; PyTorch refuses it (\"recompute_scale_factor is not meaningful with an explicit size.\"). Remove it"));

    [Fact]
    public Task Upsample_BilinearWithAlignCornersOn2d_IsFine() =>
        // PyTorch: Upsample(scale_factor=1.7, mode='bilinear', align_corners=True) on 3×5×5 gives 3×8×8 (⌊5 · 1.7⌋ = 8).
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 5, 5)]
            public partial class Net
            {
                [Upsample(ScaleFactor = 1.7, Mode = "bilinear", AlignCorners = true, RecomputeScaleFactor = true)] public object? up;
                [Flatten] public object? flat;
                [Linear(3 * 8 * 8, 10)] public object? fc;
            }
            """);

    [Fact]
    public Task AvgPool_DivisorOverrideZero_Errors() =>
        // PyTorch: AvgPool2d(2, divisor_override=0) fails in forward with "divisor must be not zero"; a negative divisor runs.
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 8, 8)]
            public partial class Net
            {
                [AvgPool2d(2, DivisorOverride = -3, CountIncludePad = false)] public object? negative;
                [AvgPool2d(2, DivisorOverride = {|#0:0|})] public object? zero;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0).WithMessage(
                "zero: DivisorOverride = 0 would divide every window's sum by zero; PyTorch refuses it (\"divisor must be not zero\"). Remove it to divide by the window size"));

    [Fact]
    public Task Mode_Null_ErrorsOnTheArgument() =>
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 8, 8)]
            public partial class Net
            {
                [Upsample(ScaleFactor = 2, Mode = {|#0:null|})] public object? up;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0).WithMessage(
                "up: Mode is null; write one of PyTorch's modes as a string, or leave it out for the default"));
}
