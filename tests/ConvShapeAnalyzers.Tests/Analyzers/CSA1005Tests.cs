using System.Threading.Tasks;
using Xunit;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>CSA1005: a pooling's padding may be at most ⌊k/2⌋ of the undilated kernel (PyTorch).</summary>
public class CSA1005Tests
{
    [Fact]
    public async Task MaxPool2d_PaddingAboveHalfKernel_Errors()
    {
        // Height: p = 2 > ⌊3/2⌋ = 1.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [MaxPool2d(3, Padding = {|#0:2|})] public object? pool;
            }
            """,
            Verify.Diagnostic("CSA1005").WithLocation(0)
                .WithMessage("pool: Padding = 2 is more than half the kernel (Height: 2 > ⌊3/2⌋ = 1); PyTorch refuses it (\"pad should be at most half of kernel size\"), since a window could then lie entirely in the padding. Use Padding = 1 or less, or a larger kernel"));
    }

    [Fact]
    public async Task MaxPool2d_PaddingHalfKernel_IsFine()
    {
        // p = 1 = ⌊3/2⌋. s = k = 3: o = ⌊(32 + 2·1 − 3)/3⌋ + 1 = 10 + 1 = 11, r = 31 mod 3 = 1 ≤ pr = 1: nothing dropped.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [MaxPool2d(3, Padding = 1)] public object? pool;
            }
            """);
    }

    [Fact]
    public async Task AvgPool2d_PerAxisPaddingAboveHalfKernel_NamesTheAxis()
    {
        // Kernel (3, 2): Height p = 1 ≤ 1; Width p = 2 > ⌊2/2⌋ = 1.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [AvgPool2d(new[] { 3, 2 }, Padding = {|#0:new[] { 1, 2 }|})] public object? pool;
            }
            """,
            Verify.Diagnostic("CSA1005").WithLocation(0)
                .WithMessage("pool: Padding = new[] { 1, 2 } is more than half the kernel (Width: 2 > ⌊2/2⌋ = 1); PyTorch refuses it (\"pad should be at most half of kernel size\"), since a window could then lie entirely in the padding. Use Padding = 1 or less, or a larger kernel"));
    }

    [Fact]
    public async Task MaxPool_DilationDoesNotRaiseTheLimit()
    {
        // The limit uses the undilated kernel: k = 2, d = 3 (k̂ = 4), p = 2 > ⌊2/2⌋ = 1.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32)]
            public partial class Net
            {
                [MaxPool1d(2, Padding = {|#0:2|}, Dilation = 3)] public object? pool;
            }
            """,
            Verify.Diagnostic("CSA1005").WithLocation(0)
                .WithMessage("pool: Padding = 2 is more than half the kernel (Length: 2 > ⌊2/2⌋ = 1); PyTorch refuses it (\"pad should be at most half of kernel size\"), since a window could then lie entirely in the padding. Use Padding = 1 or less, or a larger kernel"));
    }
}
