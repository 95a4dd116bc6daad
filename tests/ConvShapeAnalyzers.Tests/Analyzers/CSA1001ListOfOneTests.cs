using System.Threading.Tasks;
using Xunit;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>
/// CSA1001 for a list of one value (<c>new[] { 3 }</c>) on a 2-D or 3-D layer. PyTorch 1.13 reads such a list as the number
/// for a convolution's stride, padding, dilation and output padding and for every pooling window argument, and refuses it
/// for a convolution's kernel (the weight gets one kernel axis), the sizes of adaptive pooling and Upsample, and ZeroPad
/// (checked with PyTorch; tests/fixtures/pytorch-list-chains.json holds 300 random chains of both). Messages are worked
/// out by hand from HyperParameters.PerAxis and ResizeRules.
/// </summary>
public class CSA1001ListOfOneTests
{
    [Fact]
    public async Task Conv2d_KernelListOfOne_Errors()
    {
        // PyTorch: Conv2d(3, 16, (3,)) fails with "expected stride to be a single integer value or a list of 1 values".
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, {|#0:new[] { 3 }|})] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("conv: kernelSize = new[] { 3 } is a list of one value; Conv2d takes a number for every axis or a list of one value per axis (Height, Width), as PyTorch does: write 3, or new[] { 3, 3 }"));
    }

    [Fact]
    public async Task ConvTranspose3d_KernelListOfOne_Errors()
    {
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(4, 8, 8, 8)]
            public partial class Net
            {
                [ConvTranspose3d(4, 4, {|#0:new[] { 2 }|}, Stride = 2)] public object? up;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("up: kernelSize = new[] { 2 } is a list of one value; ConvTranspose3d takes a number for every axis or a list of one value per axis (Depth, Height, Width), as PyTorch does: write 2, or new[] { 2, 2, 2 }"));
    }

    [Fact]
    public async Task Conv1d_KernelListOfOne_IsFine()
    {
        // One axis, one value: o = 32 − 3 + 1 = 30 (Relationship 1), and 16 · 30 features reach the Linear.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32)]
            public partial class Net
            {
                [Conv1d(3, 16, new[] { 3 })] public object? conv;
                [Flatten] public object? flat;
                [Linear(16 * 30, 10)] public object? fc;
            }
            """);
    }

    [Fact]
    public async Task Conv2d_StrideListOfOne_ActsAsTheNumber()
    {
        // PyTorch: Conv2d(3, 16, 3, stride=(2,)) on 33×33 gives 16×16×16: o = ⌊(33 − 3)/2⌋ + 1 = 16 on both axes, so the
        // Linear fits only if the stride applies to both.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 33, 33)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Stride = new[] { 2 }, Padding = new[] { 0 }, Dilation = new[] { 1 })] public object? conv;
                [Flatten] public object? flat;
                [Linear(16 * 16 * 16, 10)] public object? fc;
            }
            """);
    }

    [Fact]
    public async Task MaxPool2d_KernelListOfOne_ActsAsTheNumber()
    {
        // PyTorch: MaxPool2d((2,)) on 3×32×32 gives 3×16×16 (ATen's pooling takes "a single int, or a tuple of two ints").
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [MaxPool2d(new[] { 2 })] public object? pool;
                [Flatten] public object? flat;
                [Linear(3 * 16 * 16, 10)] public object? fc;
            }
            """);
    }

    [Fact]
    public async Task AdaptiveAvgPool2d_SizeListOfOne_Errors()
    {
        // PyTorch: AdaptiveAvgPool2d((5,)) fails with "adaptive_avg_pool2d: output_size must be 2".
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [AdaptiveAvgPool2d({|#0:new[] { 5 }|})] public object? pool;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("pool: outputSize = new[] { 5 } is a list of one value; AdaptiveAvgPool2d takes a number for every axis or a list of one value per axis (Height, Width), as PyTorch does: write 5, or new[] { 5, 5 }"));
    }

    [Fact]
    public async Task Upsample_SizeListOfOneOnA2DInput_Errors()
    {
        // PyTorch: Upsample(size=(18,)) on a 2-D input fails with "Input and output must have the same number of spatial dimensions".
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 9, 9)]
            public partial class Net
            {
                [Upsample(Size = {|#0:new[] { 18 }|})] public object? up;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("up: Size = new[] { 18 } is a list of one value; Upsample takes a number for every axis or a list of one value per axis (Height, Width), as PyTorch does: write 18, or new[] { 18, 18 }"));
    }

    [Fact]
    public async Task Upsample_ScaleFactorListOfOneOnA2DInput_Errors()
    {
        // PyTorch: Upsample(scale_factor=(2.0,)) on a 2-D input fails with "Input and scale_factor must have the same number
        // of spatial dimensions"; N(2.0) with the "R" format is "2".
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 9, 9)]
            public partial class Net
            {
                [Upsample(ScaleFactor = {|#0:new[] { 2.0 }|})] public object? up;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("up: ScaleFactor is a list of one value (2); the input 3×9×9 takes a number for every axis or a list of one value per axis (Height, Width), as PyTorch does: write 2"));
    }

    [Fact]
    public async Task Upsample_ScaleFactorListOfOneOnA1DInput_IsFine()
    {
        // One axis: o = ⌊9 · 2⌋ = 18, and 3 · 18 features reach the Linear.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 9)]
            public partial class Net
            {
                [Upsample(ScaleFactor = new[] { 2.0 })] public object? up;
                [Flatten] public object? flat;
                [Linear(3 * 18, 10)] public object? fc;
            }
            """);
    }

    [Fact]
    public async Task ZeroPad1d_ListOfOne_Errors()
    {
        // PyTorch pads by pairs: ConstantPad1d((1,), 0) fails with "Padding length must be divisible by 2", in 1-D too.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 9)]
            public partial class Net
            {
                [ZeroPad1d({|#0:new[] { 1 }|})] public object? pad;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("pad: padding = new[] { 1 } is not a valid ZeroPad1d padding: give one number for every side, or (before, after) pairs as PyTorch does, last axis first (left, right), and a further pair for the channels"));
    }
}
