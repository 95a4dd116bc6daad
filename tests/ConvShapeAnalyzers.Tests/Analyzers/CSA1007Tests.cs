using System.Threading.Tasks;
using Xunit;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>CSA1007: From, Add, Concat and Mirrors may only name earlier layers (or Network.Input); Mirrors only a convolution.</summary>
public class CSA1007Tests
{
    [Fact]
    public async Task From_LaterLayer_Errors()
    {
        // b reads the input itself, so it is fine; a reads b, declared after it.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(16, 16, 3, Padding = 1, From = {|#0:nameof(b)|})] public object? a;
                [Conv2d(3, 16, 3, Padding = 1, From = Network.Input)] public object? b;
            }
            """,
            Verify.Diagnostic("CSA1007").WithLocation(0)
                .WithMessage("a: From names 'b', which is a later layer; only earlier layers may be read, so the network stays a chain of earlier results. Use nameof() of an earlier layer, or Network.Input"));
    }

    [Fact]
    public async Task From_TheLayerItself_Errors()
    {
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, From = {|#0:nameof(a)|})] public object? a;
            }
            """,
            Verify.Diagnostic("CSA1007").WithLocation(0)
                .WithMessage("a: From names 'a', which is the layer itself. Use nameof() of an earlier layer, or Network.Input"));
    }

    [Fact]
    public async Task From_UnknownName_Errors()
    {
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3)] public object? a;
                [Conv2d(16, 16, 3, From = {|#0:"conv0"|})] public object? b;
            }
            """,
            Verify.Diagnostic("CSA1007").WithLocation(0)
                .WithMessage("b: From names 'conv0', which is no layer of Net. Use nameof() of an earlier layer, or Network.Input"));
    }

    [Fact]
    public async Task From_EarlierLayerAndInput_AreFine()
    {
        // a: 16×32×32; b reads the input: 16×32×32; c reads a: 16×32×32.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Padding = 1)] public object? a;
                [Conv2d(3, 16, 3, Padding = 1, From = Network.Input)] public object? b;
                [Conv2d(16, 16, 3, Padding = 1, From = nameof(a))] public object? c;
            }
            """);
    }

    [Fact]
    public async Task Concat_UnknownString_ErrorsOnThatArgument()
    {
        // The second name (argument index 1) is unknown.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 8, 3, Padding = 1)] public object? a;
                [Conv2d(3, 8, 3, Padding = 1, From = Network.Input)] public object? b;
                [Concat(nameof(a), {|#0:"nope"|})] public object? cat;
            }
            """,
            Verify.Diagnostic("CSA1007").WithLocation(0)
                .WithMessage("cat: Concat names 'nope', which is no layer of Net. Use nameof() of an earlier layer, or Network.Input"));
    }

    [Fact]
    public async Task Concat_OfEarlierLayers_IsFine()
    {
        // 8×32×32 and 8×32×32 → 16×32×32; both branches keep the size at every input size, so no CSA3003.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 8, 3, Padding = 1)] public object? a;
                [Conv2d(3, 8, 3, Padding = 1, From = Network.Input)] public object? b;
                [Concat(nameof(a), nameof(b))] public object? cat;
            }
            """);
    }

    [Fact]
    public async Task Add_LaterLayer_ErrorsOnThatArgument()
    {
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(8, 16, 16)]
            public partial class Net
            {
                [Conv2d(8, 8, 3, Padding = 1)] public object? a;
                [Add(nameof(a), {|#0:nameof(b)|})] public object? sum;
                [Conv2d(8, 8, 3, Padding = 1)] public object? b;
            }
            """,
            Verify.Diagnostic("CSA1007").WithLocation(0)
                .WithMessage("sum: Add names 'b', which is a later layer; only earlier layers may be read, so the network stays a chain of earlier results. Use nameof() of an earlier layer, or Network.Input"));
    }

    [Fact]
    public async Task Mirrors_PoolingLayer_Errors()
    {
        // pool: ⌊(16 − 2)/2⌋ + 1 = 8. up: o = (8 − 1)·2 − 2·0 + 1·(2 − 1) + 0 + 1 = 16, but a pooling is no convolution to mirror.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(8, 16, 16)]
            public partial class Net
            {
                [MaxPool2d(2)] public object? pool;
                [ConvTranspose2d(8, 8, 2, Stride = 2, Mirrors = {|#0:nameof(pool)|})] public object? up;
            }
            """,
            Verify.Diagnostic("CSA1007").WithLocation(0)
                .WithMessage("up: Mirrors names 'pool', a MaxPool2d; a transposed convolution mirrors a convolution. Name the Conv layer whose input size it restores"));
    }

    [Fact]
    public async Task Mirrors_LaterLayer_Errors()
    {
        // up: (8 − 1)·2 + 1 + 1 = 16 → 8×16×16; down: ⌊(16 − 2)/2⌋ + 1 = 8, r = 0.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(16, 8, 8)]
            public partial class Net
            {
                [ConvTranspose2d(16, 8, 2, Stride = 2, Mirrors = {|#0:nameof(down)|})] public object? up;
                [Conv2d(8, 16, 2, Stride = 2)] public object? down;
            }
            """,
            Verify.Diagnostic("CSA1007").WithLocation(0)
                .WithMessage("up: Mirrors names 'down', which is a later layer; only earlier layers may be read, so the network stays a chain of earlier results. Use nameof() of an earlier layer, or Network.Input"));
    }

    [Fact]
    public async Task Mirrors_EarlierConvolutionRestored_IsFine()
    {
        // down: ⌊(16 + 2·1 − 3)/2⌋ + 1 = 8, r = 15 mod 2 = 1 ≤ pr = 1. up: (8 − 1)·2 − 2·1 + 1·(3 − 1) + 1 + 1 = 16 = down's input.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(8, 16, 16)]
            public partial class Net
            {
                [Conv2d(8, 16, 3, Stride = 2, Padding = 1)] public object? down;
                [ConvTranspose2d(16, 8, 3, Stride = 2, Padding = 1, OutputPadding = 1, Mirrors = nameof(down))] public object? up;
            }
            """);
    }
}
