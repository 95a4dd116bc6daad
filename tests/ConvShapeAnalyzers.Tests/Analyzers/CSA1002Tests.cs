using System.Threading.Tasks;
using Xunit;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>
/// CSA1002: an output size below 1. Convolution and pooling: the padded input i + pl + pr is smaller than k̂ = d(k − 1) + 1.
/// AvgPool3d: the unpadded input is smaller than the kernel (PyTorch checks it before padding). Transposed convolution:
/// o = (i − 1)s − pl − pr + d(k − 1) + op + 1 &lt; 1. Messages from AxisArithmetic.TooSmall / Transposed and PoolingRules.
/// </summary>
public class CSA1002Tests
{
    [Fact]
    public async Task Conv2d_KernelLargerThanPaddedInput_Errors()
    {
        // i = 4, p = 1, k = 7: i + 2p = 6 < 7, so o < 1 (Height is the first axis that fails; Width is not repeated).
        // Smallest input: max(1, k̂ − 2p) = 7 − 2 = 5. Padding: (k̂ − i + 1)/2 = (7 − 4 + 1)/2 = 2, and 4 + 2·2 = 8 ≥ 7.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 4, 4)]
            public partial class Net
            {
                [{|#0:Conv2d(3, 8, 7, Padding = 1)|}] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1002").WithLocation(0)
                .WithMessage("conv: Height: the padded input 4 + 2·1 = 6 is smaller than the kernel 7, so o < 1; use an input of at least 5 or pad by 2 on each side"));
    }

    [Fact]
    public async Task Conv2d_KernelFitsPaddedInput_IsFine()
    {
        // o = ⌊(4 + 2·2 − 7)/1⌋ + 1 = 2.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 4, 4)]
            public partial class Net
            {
                [Conv2d(3, 8, 7, Padding = 2)] public object? conv;
            }
            """);
    }

    [Fact]
    public async Task Conv1d_DilatedKernelLargerThanInput_ErrorsWithEffectiveKernel()
    {
        // k̂ = 4·(3 − 1) + 1 = 9 > 8. Smallest input 9; padding (9 − 8 + 1)/2 = 1.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(1, 8)]
            public partial class Net
            {
                [{|#0:Conv1d(1, 1, 3, Dilation = 4)|}] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1002").WithLocation(0)
                .WithMessage("conv: Length: the padded input 8 + 2·0 = 8 is smaller than the kernel k̂ = 4·(3 − 1) + 1 = 9, so o < 1; use an input of at least 9 or pad by 1 on each side"));
    }

    [Fact]
    public async Task Conv1d_DilatedKernelFits_IsFine()
    {
        // k̂ = 3·2 + 1 = 7, o = 8 − 7 + 1 = 2.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(1, 8)]
            public partial class Net
            {
                [Conv1d(1, 1, 3, Dilation = 3)] public object? conv;
            }
            """);
    }

    [Fact]
    public async Task MaxPool2d_InputSmallerThanWindow_Errors()
    {
        // i = 2 < k = 3; smallest input 3; padding (3 − 2 + 1)/2 = 1 (≤ ⌊3/2⌋, so a legal pooling padding).
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 2, 2)]
            public partial class Net
            {
                [{|#0:MaxPool2d(3)|}] public object? pool;
            }
            """,
            Verify.Diagnostic("CSA1002").WithLocation(0)
                .WithMessage("pool: Height: the padded input 2 + 2·0 = 2 is smaller than the kernel 3, so o < 1; use an input of at least 3 or pad by 1 on each side"));
    }

    [Fact]
    public async Task DilatedMaxPool_PaddingThatWouldFitIsBeyondHalfTheKernel_SuggestsTheMostPoolingAllows()
    {
        // k̂ = 4·(3 − 1) + 1 = 9 > i = 2. Padding by (9 − 2 + 1)/2 = 4 would fit, but pooling refuses p > ⌊3/2⌋ = 1 (CSA1005):
        // with Padding = 1 the input must be at least 9 − 2·1 = 7.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 2, 2)]
            public partial class Net
            {
                [{|#0:MaxPool2d(3, Dilation = 4)|}] public object? pool;
            }
            """,
            Verify.Diagnostic("CSA1002").WithLocation(0)
                .WithMessage("pool: Height: the padded input 2 + 2·0 = 2 is smaller than the kernel k̂ = 4·(3 − 1) + 1 = 9, so o < 1; use an input of at least 9, "
                    + "or of at least 7 with Padding = 1 (pooling pads at most ⌊3/2⌋ = 1 on each side)"));
    }

    [Fact]
    public async Task DilatedMaxPool_AlreadyPaddedToTheLimit_SuggestsOnlyALargerInput()
    {
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 2, 2)]
            public partial class Net
            {
                [{|#0:MaxPool2d(3, Dilation = 4, Padding = 1)|}] public object? pool;
            }
            """,
            Verify.Diagnostic("CSA1002").WithLocation(0)
                .WithMessage("pool: Height: the padded input 2 + 2·1 = 4 is smaller than the kernel k̂ = 4·(3 − 1) + 1 = 9, so o < 1; use an input of at least 7 "
                    + "(pooling pads at most ⌊3/2⌋ = 1 on each side)"));
    }

    [Fact]
    public async Task AvgPool3d_InputSmallerThanKernel_ErrorsEvenWhenPaddingWouldFit()
    {
        // Depth: i = 2 < k = 3. With p = 1 the padded input 4 would fit, but avg_pool3d checks the unpadded input.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(1, 2, 8, 8)]
            public partial class Net
            {
                [{|#0:AvgPool3d(3, Padding = 1)|}] public object? pool;
            }
            """,
            Verify.Diagnostic("CSA1002").WithLocation(0)
                .WithMessage("pool: Depth: the input 2 is smaller than the kernel 3; PyTorch's AvgPool3d checks the input before padding (\"input image smaller than kernel size\"). Use an input of at least 3"));
    }

    [Fact]
    public async Task MaxPool3d_SameInput_IsFine()
    {
        // max_pool3d has no such check: Depth o = ⌊(2 + 2·1 − 3)/3⌋ + 1 = 1, r = 1 ≤ pr = 1.
        // Height and Width: ⌊(8 + 2 − 3)/3⌋ + 1 = 3, r = 7 mod 3 = 1 ≤ pr = 1: nothing dropped.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(1, 2, 8, 8)]
            public partial class Net
            {
                [MaxPool3d(3, Padding = 1)] public object? pool;
            }
            """);
    }

    [Fact]
    public async Task AvgPool3d_InputAsLargeAsKernel_IsFine()
    {
        // Depth: i = 4 ≥ 3, o = ⌊(4 + 2 − 3)/3⌋ + 1 = 2, r = 0. Height and Width as above: 3, r = 1 ≤ pr.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(1, 4, 8, 8)]
            public partial class Net
            {
                [AvgPool3d(3, Padding = 1)] public object? pool;
            }
            """);
    }

    [Fact]
    public async Task ConvTranspose2d_OutputBelowOne_ErrorsOnThePadding()
    {
        // o = (1 − 1)·1 − 2·2 + 1·(3 − 1) + 0 + 1 = 0 − 4 + 2 + 0 + 1 = −1 (printed with an ASCII minus by N()).
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(8, 1, 1)]
            public partial class Net
            {
                [ConvTranspose2d(8, 4, 3, Padding = {|#0:2|})] public object? up;
            }
            """,
            Verify.Diagnostic("CSA1002").WithLocation(0)
                .WithMessage("up: Height: the transposed output o = (1 − 1)·1 − 2·2 + 1·(3 − 1) + 0 + 1 = -1 is below 1: the padding 2·2 removes more than the kernel adds; lower the padding or raise the input size"));
    }

    [Fact]
    public async Task Upsample_ScaleBelowOneOnSizeOne_ErrorsOnTheScale()
    {
        // o = ⌊1 · 0.5⌋ = 0 (Height is the first axis; N(0.0) prints "0").
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 1, 1)]
            public partial class Net
            {
                [Upsample(ScaleFactor = {|#0:0.5|})] public object? down;
            }
            """,
            Verify.Diagnostic("CSA1002").WithLocation(0)
                .WithMessage("down: Height: o = ⌊1 · 0.5⌋ = 0 is below 1; use a larger scale"));
    }

    [Fact]
    public async Task ZeroPad_CroppingMoreThanTheInput_ErrorsOnThePadding()
    {
        // Height (pair top, bottom): o = 32 + (−20) + (−20) = −8; the formula adds the negative values as written.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [ZeroPad2d({|#0:-20|})] public object? crop;
            }
            """,
            Verify.Diagnostic("CSA1002").WithLocation(0)
                .WithMessage("crop: Height: o = 32 + -20 + -20 = -8 is below 1: the negative padding crops more than the input has"));
    }

    [Fact]
    public async Task ZeroPad_CroppingMoreThanTheInputBeforePaddingTheOtherSide_Errors()
    {
        // Width 4 after the 8 → 4 pooling; the first pair (left, right) crops 5 and pads 3: o = 4 − 5 + 3 = 2 > 0, but
        // PyTorch narrows by the 5 first and refuses (1.13: "Dimension out of range (expected to be in range of [-4, 3], but got 5)").
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 8, 8)]
            public partial class Net
            {
                [MaxPool2d(2)]                             public object? pool;
                [ZeroPad2d({|#0:new[] { -5, 3, 0, 0 }|})] public object? crop;
            }
            """,
            Verify.Diagnostic("CSA1002").WithLocation(0)
                .WithMessage("crop: Width: the negative padding crops 5 from an input of 4 before the other side is padded, more than the input has (PyTorch crops first), though o = 4 + -5 + 3 = 2; crop at most 4"));
    }

    [Fact]
    public async Task ConvTranspose2d_HalfPadding_IsFine()
    {
        // o = 0 − 2·1 + 2 + 0 + 1 = 1 (Relationship 10).
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(8, 1, 1)]
            public partial class Net
            {
                [ConvTranspose2d(8, 4, 3, Padding = 1)] public object? up;
            }
            """);
    }
}
