using System.Threading.Tasks;
using Xunit;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>CSA1006: PyTorch's padding="same" (Pad.Same) works with stride 1 only; Pad.SameUpper is the strided alternative.</summary>
public class CSA1006Tests
{
    [Fact]
    public async Task Conv_PadSameWithStrideTwo_Errors()
    {
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Stride = 2, Padding = {|#0:Pad.Same|})] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1006").WithLocation(0)
                .WithMessage("conv: Padding = Pad.Same needs stride 1, but Stride = 2; PyTorch refuses it (\"padding='same' is not supported for strided convolutions\"). Pad.SameUpper gives o = ⌈i/s⌉ as TensorFlow and ONNX do"));
    }

    [Fact]
    public async Task Conv_PadSameWithStrideAndAKernelPyTorchRefuses_NamesBoth()
    {
        // PyTorch refuses padding='same' with a stride as it builds the module, before the kernel list of one (CSA1001) can
        // fail; found by a second seed of the list chains. Both are named, so one build shows every mistake.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, {|#1:new[] { 3 }|}, Stride = 2, Padding = {|#0:Pad.Same|})] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1006").WithLocation(0)
                .WithMessage("conv: Padding = Pad.Same needs stride 1, but Stride = 2; PyTorch refuses it (\"padding='same' is not supported for strided convolutions\"). Pad.SameUpper gives o = ⌈i/s⌉ as TensorFlow and ONNX do"),
            Verify.Diagnostic("CSA1001").WithLocation(1)
                .WithMessage("conv: kernelSize = new[] { 3 } is a list of one value; Conv2d takes a number for every axis or a list of one value per axis (Height, Width), as PyTorch does: write 3, or new[] { 3, 3 }"));
    }

    [Fact]
    public async Task Conv_PadSameWithStrideOnOneAxis_ErrorsWithThePerAxisStride()
    {
        // Any axis with s ≠ 1 is refused; the strides differ, so the message writes the array.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Stride = new[] { 1, 2 }, Padding = {|#0:Pad.Same|})] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1006").WithLocation(0)
                .WithMessage("conv: Padding = Pad.Same needs stride 1, but Stride = new[] { 1, 2 }; PyTorch refuses it (\"padding='same' is not supported for strided convolutions\"). Pad.SameUpper gives o = ⌈i/s⌉ as TensorFlow and ONNX do"));
    }

    [Fact]
    public async Task Conv_PadSameWithStrideOne_IsFine()
    {
        // Total d(k − 1) = 2, split 1 and 1 (symmetric, so no CSA4002); o = 32 (Relationship 3).
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Stride = 1, Padding = Pad.Same)] public object? conv;
            }
            """);
    }

    [Fact]
    public async Task Conv_PadSameUpperWithStrideTwo_IsFine()
    {
        // o = ⌈33/2⌉ = 17, total = max((17 − 1)·2 + 3 − 33, 0) = 2, split 1 and 1; ⌊(33 + 2 − 3)/2⌋ + 1 = 17, r = 0.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 33, 33)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Stride = 2, Padding = Pad.SameUpper)] public object? conv;
            }
            """);
    }
}
