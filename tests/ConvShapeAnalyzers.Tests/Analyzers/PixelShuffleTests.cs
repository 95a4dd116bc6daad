using System.Threading.Tasks;
using Xunit;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>
/// PixelShuffle and PixelUnshuffle, with the checks PyTorch 1.13 makes (every case below was run there;
/// tests/fixtures/pytorch-shuffle-chains.json holds 200 random chains of them).
/// </summary>
public class PixelShuffleTests
{
    [Fact]
    public Task PixelShuffle_ChannelsNotAMultipleOfTheSquare_Errors() =>
        // PixelShuffle(3) on 12 channels: "pixel_shuffle expects its input's 'channel' dimension to be divisible by the square of
        // upscale_factor, but input.size(-3)=12 is not divisible by 9".
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(12, 5, 5)]
            public partial class Net
            {
                [PixelShuffle({|#0:3|})] public object? shuffle;
            }
            """,
            Verify.Diagnostic("CSA2001").WithLocation(0).WithMessage(
                "shuffle: PixelShuffle(3) turns each 3² = 9 channels into one, but the input 12×5×5 has 12 channels (12 mod 9 = 3); PyTorch would fail with "
                + "\"pixel_shuffle expects its input's 'channel' dimension to be divisible by the square of upscale_factor\". Give it a multiple of 9 channels"));

    [Fact]
    public Task PixelUnshuffle_HeightAndWidthNotDivisible_ReportsTheHeightAsPyTorchDoes() =>
        // PixelUnshuffle(2) on 3×7×5: both fail; "pixel_unshuffle expects height to be divisible by downscale_factor, but
        // input.size(-2)=7 is not divisible by 2".
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 7, 5)]
            public partial class Net
            {
                [PixelUnshuffle({|#0:2|})] public object? unshuffle;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0).WithMessage(
                "unshuffle: Height: PixelUnshuffle(2) folds 2×2 blocks into channels, but 7 is not a multiple of 2 (7 mod 2 = 1); PyTorch refuses it "
                + "(\"pixel_unshuffle expects height to be divisible by downscale_factor\"). Use a factor that divides both sizes, or an input of 6 or 8"));

    [Fact]
    public Task PixelShuffle_FactorZero_Errors() =>
        // "pixel_shuffle expects a positive upscale_factor, but got 0", at the first forward pass.
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(4, 5, 5)]
            public partial class Net
            {
                [PixelShuffle({|#0:0|})] public object? shuffle;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0).WithMessage(
                "shuffle: upscale_factor = 0 is out of range: it must be at least 1 (PyTorch: \"pixel_shuffle expects a positive upscale_factor\")"));

    [Fact]
    public Task PixelShuffle_OnASignal_ErrorsWrongRank() =>
        // PyTorch shuffles the last three axes; on a batch of 1-D signals those are the batch, the channels and the length.
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(4, 16)]
            public partial class Net
            {
                [{|#0:PixelShuffle(2)|}] public object? shuffle;
            }
            """,
            Verify.Diagnostic("CSA2005").WithLocation(0).WithMessage(
                "shuffle: PixelShuffle needs a 2-D input (channels × Height × Width), but its input 4×16 is 1-D; it has no 1-D form"));

    [Fact]
    public Task UnshuffleThenShuffle_GiveBackTheInput() =>
        // 3×6×4 → PixelUnshuffle(2) → 12×3×2 → PixelShuffle(2) → 3×6×4; the Linear checks 3·6·4 = 72 features.
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 6, 4)]
            public partial class Net
            {
                [PixelUnshuffle(2)] public object? unshuffle;
                [Conv2d(12, 12, 1)] public object? mix;
                [PixelShuffle(2)] public object? shuffle;
                [Flatten] public object? flat;
                [Linear(72, 10)] public object? fc;
            }
            """);
}
