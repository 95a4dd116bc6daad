using System.Threading.Tasks;
using Xunit;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>CSA1004: a transposed convolution's output padding must be below max(stride, dilation) on every axis (PyTorch).</summary>
public class CSA1004Tests
{
    [Fact]
    public async Task ConvTranspose_OutputPaddingEqualToStride_Errors()
    {
        // Height: op = 2 ≥ max(s = 2, d = 1) = 2.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(16, 8, 8)]
            public partial class Net
            {
                [ConvTranspose2d(16, 8, 3, Stride = 2, Padding = 1, OutputPadding = {|#0:2|})] public object? up;
            }
            """,
            Verify.Diagnostic("CSA1004").WithLocation(0)
                .WithMessage("up: OutputPadding = 2 must be smaller than the stride or the dilation (Height: max(2, 1) = 2); PyTorch refuses it (\"output padding must be smaller than either stride or dilation\")"));
    }

    [Fact]
    public async Task ConvTranspose_OutputPaddingBelowStride_IsFine()
    {
        // o = (8 − 1)·2 − 2·1 + 1·(3 − 1) + 1 + 1 = 14 − 2 + 2 + 1 + 1 = 16 (Relationship 14).
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(16, 8, 8)]
            public partial class Net
            {
                [ConvTranspose2d(16, 8, 3, Stride = 2, Padding = 1, OutputPadding = 1)] public object? up;
            }
            """);
    }

    [Fact]
    public async Task ConvTranspose_OutputPaddingBelowDilation_IsFine()
    {
        // Stride 1 but dilation 2: op = 1 < max(1, 2) = 2. o = (8 − 1)·1 − 2·1 + 2·(3 − 1) + 1 + 1 = 7 − 2 + 4 + 1 + 1 = 11.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(16, 8, 8)]
            public partial class Net
            {
                [ConvTranspose2d(16, 8, 3, Padding = 1, Dilation = 2, OutputPadding = 1)] public object? up;
            }
            """);
    }

    [Fact]
    public async Task ConvTranspose1d_OutputPaddingWithUnitStride_Errors()
    {
        // Length: op = 1 ≥ max(1, 1) = 1.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(4, 10)]
            public partial class Net
            {
                [ConvTranspose1d(4, 4, 3, OutputPadding = {|#0:1|})] public object? up;
            }
            """,
            Verify.Diagnostic("CSA1004").WithLocation(0)
                .WithMessage("up: OutputPadding = 1 must be smaller than the stride or the dilation (Length: max(1, 1) = 1); PyTorch refuses it (\"output padding must be smaller than either stride or dilation\")"));
    }

    [Fact]
    public async Task ConvTranspose_PerAxisOutputPadding_NamesTheAxisThatFails()
    {
        // Height: 1 < 2; Width: 2 ≥ max(2, 1) = 2. The values differ, so the message writes the array.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(16, 8, 8)]
            public partial class Net
            {
                [ConvTranspose2d(16, 8, 3, Stride = 2, Padding = 1, OutputPadding = {|#0:new[] { 1, 2 }|})] public object? up;
            }
            """,
            Verify.Diagnostic("CSA1004").WithLocation(0)
                .WithMessage("up: OutputPadding = new[] { 1, 2 } must be smaller than the stride or the dilation (Width: max(2, 1) = 2); PyTorch refuses it (\"output padding must be smaller than either stride or dilation\")"));
    }
}
