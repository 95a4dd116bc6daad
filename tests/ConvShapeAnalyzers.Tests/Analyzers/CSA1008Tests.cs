using System.Threading.Tasks;
using Xunit;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>CSA1008: sizes (and so the generated int constants) must fit 32 bits, element counts 64 bits.</summary>
public class CSA1008Tests
{
    [Fact]
    public async Task Conv_StrideBeyond32Bits_Errors()
    {
        // 3000000000 > int.MaxValue = 2147483647.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Stride = {|#0:3000000000L|})] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1008").WithLocation(0)
                .WithMessage("conv: Stride = 3000000000 overflows a 32-bit size"));
    }

    [Fact]
    public async Task Conv_StrideAsSmallLong_IsFine()
    {
        // A long constant that fits is accepted: ⌊(32 + 2·1 − 3)/2⌋ + 1 = 16, r = 1 ≤ pr = 1.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Stride = 2L, Padding = 1)] public object? conv;
            }
            """);
    }

    [Fact]
    public async Task Flatten_FeaturesBeyond32Bits_Errors()
    {
        // 64 · 8192 · 8192 = 2^6 · 2^13 · 2^13 = 2^32 = 4294967296 > 2147483647. The Linear after it gets no input and is not checked.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(64, 8192, 8192)]
            public partial class Net
            {
                [{|#0:Flatten|}] public object? flat;
                [Linear(1024, 10)] public object? fc;
            }
            """,
            Verify.Diagnostic("CSA1008").WithLocation(0)
                .WithMessage("flat: the flattened size 64 · 8192 · 8192 = 4294967296 overflows a 32-bit size; reduce the sizes"));
    }

    [Fact]
    public async Task Flatten_FeaturesWithin32Bits_IsFine()
    {
        // 16 · 8192 · 8192 = 2^30 = 1073741824 fits; Linear parameters 2^30 · 10 + 10 fit 64 bits.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(16, 8192, 8192)]
            public partial class Net
            {
                [Flatten] public object? flat;
                [Linear(16 * 8192 * 8192, 10)] public object? fc;
            }
            """);
    }

    [Fact]
    public async Task ConvTranspose_OutputBeyond32Bits_Errors()
    {
        // o = (3 − 1)·2147483647 − 2·0 + 1·(3 − 1) + 0 + 1 = 4294967294 + 2 + 1 = 4294967297 (p = 0, s > 1, op = 0: Relationship 12).
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(1, 3)]
            public partial class Net
            {
                [{|#0:ConvTranspose1d(1, 1, 3, Stride = 2147483647)|}] public object? up;
            }
            """,
            Verify.Diagnostic("CSA1008").WithLocation(0)
                .WithMessage("up: Length: the output size 4294967297 overflows a 32-bit size (o = (3 − 1)·2147483647 − 2·0 + 1·(3 − 1) + 0 + 1 = 4294967297 (Relationship 12))"));
    }

    [Fact]
    public async Task Conv_ParameterCountBeyond64Bits_Errors()
    {
        // Weights = out · in · k = 2147483647 · 2147483647 · 4 ≈ 1.8·10^19 > long.MaxValue ≈ 9.2·10^18 (o = 4 − 4 + 1 = 1).
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(2147483647, 4)]
            public partial class Net
            {
                [{|#0:Conv1d(2147483647, 2147483647, 4)|}] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1008").WithLocation(0)
                .WithMessage("conv: the parameter count overflows 64 bits; reduce the channels or the kernel"));
    }

    [Fact]
    public async Task Concat_ChannelsBeyond32Bits_Errors()
    {
        // a: 2147483647×1; concatenated with itself: 2 · 2147483647 = 4294967294 channels.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(1, 1)]
            public partial class Net
            {
                [Conv1d(1, 2147483647, 1)] public object? a;
                [{|#0:Concat(nameof(a), nameof(a))|}] public object? cat;
            }
            """,
            Verify.Diagnostic("CSA1008").WithLocation(0)
                .WithMessage("cat: the concatenated channel count = 4294967294 overflows a 32-bit size; reduce the sizes"));
    }
}
