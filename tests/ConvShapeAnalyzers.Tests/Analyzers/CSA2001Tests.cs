using System.Threading.Tasks;
using Xunit;
using Fix = ConvShapeAnalyzers.Tests.Harness.CodeFixVerifier;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>CSA2001: in_channels (or BatchNorm's num_features) differs from the channels coming in; the fix writes the incoming count.</summary>
public class CSA2001Tests
{
    // conv1: 3×32×32 → o = ⌊(32 + 2·1 − 3)/1⌋ + 1 = 32 (R3) → 16×32×32; conv2 declares 8 input channels.
    private const string WrongConvBefore = """
        using ConvShape;

        [Network(3, 32, 32)]
        public partial class Net
        {
            [Conv2d(3, 16, 3, Padding = 1)] public object? conv1;
            [Conv2d({|#0:8|}, 32, 3)] public object? conv2;
        }
        """;

    private const string WrongConvAfter = """
        using ConvShape;

        [Network(3, 32, 32)]
        public partial class Net
        {
            [Conv2d(3, 16, 3, Padding = 1)] public object? conv1;
            [Conv2d(16, 32, 3)] public object? conv2;
        }
        """;

    private static readonly Harness.ExpectedDiagnostic WrongConv = Verify.Diagnostic("CSA2001").WithLocation(0).WithMessage(
        "conv2: in_channels is 8 but the input 16×32×32 has 16 channels; PyTorch would fail with "
        + "\"expected input to have 8 channels, but got 16 channels instead\". Set inChannels to 16");

    // conv: 16×32×32 (as above); bn declares 32 features, the running mean PyTorch allocates has 32 entries, 16 come in.
    private const string WrongBatchNormBefore = """
        using ConvShape;

        [Network(3, 32, 32)]
        public partial class Net
        {
            [Conv2d(3, 16, 3, Padding = 1)] public object? conv;
            [BatchNorm2d({|#0:32|})] public object? bn;
        }
        """;

    private const string WrongBatchNormAfter = """
        using ConvShape;

        [Network(3, 32, 32)]
        public partial class Net
        {
            [Conv2d(3, 16, 3, Padding = 1)] public object? conv;
            [BatchNorm2d(16)] public object? bn;
        }
        """;

    private static readonly Harness.ExpectedDiagnostic WrongBatchNorm = Verify.Diagnostic("CSA2001").WithLocation(0).WithMessage(
        "bn: num_features is 32 but the input 16×32×32 has 16 channels; PyTorch would fail with "
        + "\"running_mean should contain 16 elements not 32\". Set numFeatures to 16");

    [Fact]
    public Task Conv_InChannelsDifferFromIncoming_ErrorAtInChannels() =>
        Verify.VerifyAsync(WrongConvBefore, WrongConv.WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Error));

    [Fact]
    public Task Conv_InChannelsMatchIncoming_NoDiagnostic() => Verify.VerifyAsync(WrongConvAfter);

    [Fact]
    public Task Conv_FirstLayerReadsNetworkInputChannels_ErrorAtInChannels() =>
        // The network input has 3 channels (RGB); the layer declares 1 (greyscale).
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 28, 28)]
            public partial class Net
            {
                [Conv2d({|#0:1|}, 8, 3)] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA2001").WithLocation(0).WithMessage(
                "conv: in_channels is 1 but the input 3×28×28 has 3 channels; PyTorch would fail with "
                + "\"expected input to have 1 channels, but got 3 channels instead\". Set inChannels to 3"));

    [Fact]
    public Task BatchNorm_NumFeaturesDifferFromIncoming_ErrorAtNumFeatures() => Verify.VerifyAsync(WrongBatchNormBefore, WrongBatchNorm);

    [Fact]
    public Task BatchNorm_NumFeaturesMatchIncoming_NoDiagnostic() => Verify.VerifyAsync(WrongBatchNormAfter);

    [Fact]
    public Task Fix_Conv_WritesIncomingChannelsIntoInChannels() => Fix.VerifyFixAsync(WrongConvBefore, WrongConvAfter, WrongConv);

    [Fact]
    public Task Fix_BatchNorm_WritesIncomingChannelsIntoNumFeatures() => Fix.VerifyFixAsync(WrongBatchNormBefore, WrongBatchNormAfter, WrongBatchNorm);

    [Fact]
    public Task FixAll_TwoMismatchesInOneDocument_FixesBoth() =>
        // trunk: o = ⌊(32 + 2·1 − 3)/1⌋ + 1 = 32 → 16×32×32. head1 reads trunk (the layer before), head2 reads it by From;
        // both declare the wrong count, both get 16. Heads are 1×1 convolutions: o = 32 − 1 + 1 = 32, nothing else to report.
        Fix.VerifyFixAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class TwoHeads
            {
                [Conv2d(3, 16, 3, Padding = 1)] public object? trunk;
                [Conv2d({|#0:8|}, 4, 1)] public object? head1;
                [Conv2d({|#1:32|}, 4, 1, From = nameof(trunk))] public object? head2;
            }
            """, """
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class TwoHeads
            {
                [Conv2d(3, 16, 3, Padding = 1)] public object? trunk;
                [Conv2d(16, 4, 1)] public object? head1;
                [Conv2d(16, 4, 1, From = nameof(trunk))] public object? head2;
            }
            """,
            Verify.Diagnostic("CSA2001").WithLocation(0).WithMessage(
                "head1: in_channels is 8 but the input 16×32×32 has 16 channels; PyTorch would fail with "
                + "\"expected input to have 8 channels, but got 16 channels instead\". Set inChannels to 16"),
            Verify.Diagnostic("CSA2001").WithLocation(1).WithMessage(
                "head2: in_channels is 32 but the input 16×32×32 has 16 channels; PyTorch would fail with "
                + "\"expected input to have 32 channels, but got 16 channels instead\". Set inChannels to 16"));

    [Fact]
    public Task FixAll_ChainOfTwoMismatches_BothReportedAndFixed() =>
        // A layer in error still passes its shape on (out_channels × sizes), so the layer after it is checked too: conv2
        // (8 declared, 16 come in) gives 32×32×32 (o = ⌊(32 + 2·1 − 3)/1⌋ + 1 = 32), and conv3 declares 8 of those 32.
        Fix.VerifyFixAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Padding = 1)] public object? conv1;
                [Conv2d({|#0:8|}, 32, 3, Padding = 1)] public object? conv2;
                [Conv2d({|#1:8|}, 64, 3, Padding = 1)] public object? conv3;
            }
            """, """
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Padding = 1)] public object? conv1;
                [Conv2d(16, 32, 3, Padding = 1)] public object? conv2;
                [Conv2d(32, 64, 3, Padding = 1)] public object? conv3;
            }
            """,
            Verify.Diagnostic("CSA2001").WithLocation(0).WithMessage(
                "conv2: in_channels is 8 but the input 16×32×32 has 16 channels; PyTorch would fail with "
                + "\"expected input to have 8 channels, but got 16 channels instead\". Set inChannels to 16"),
            Verify.Diagnostic("CSA2001").WithLocation(1).WithMessage(
                "conv3: in_channels is 8 but the input 32×32×32 has 32 channels; PyTorch would fail with "
                + "\"expected input to have 8 channels, but got 32 channels instead\". Set inChannels to 32"));

    [Fact]
    public async Task ConvTranspose_WrongChannelsAndOutputPaddingTooLarge_ReportsBoth()
    {
        // PyTorch 1.13 stops at the channels ("Given transposed=1, weight of size [8, 2, 7, 2], expected input[2, 4, 7, 6] to have
        // 8 channels, but got 4 channels instead"); once they are fixed it refuses the output padding of 1 on the height,
        // where max(stride 1, dilation 1) = 1. One build names both.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(4, 7, 6)]
            public partial class Net
            {
                [ConvTranspose2d({|#0:8|}, 8, new[] { 7, 2 }, Stride = new[] { 1, 4 }, Padding = new[] { 1, 4 }, Groups = 4, OutputPadding = {|#1:1|})] public object? up;
            }
            """,
            Verify.Diagnostic("CSA2001").WithLocation(0).WithMessage(
                "up: in_channels is 8 but the input 4×7×6 has 4 channels; PyTorch would fail with "
                + "\"expected input to have 8 channels, but got 4 channels instead\". Set inChannels to 4"),
            Verify.Diagnostic("CSA1004").WithLocation(1).WithMessage(
                "up: OutputPadding = 1 must be smaller than the stride or the dilation (Height: max(1, 1) = 1); "
                + "PyTorch refuses it (\"output padding must be smaller than either stride or dilation\")"));
    }

    [Fact]
    public Task Fix_InChannelsNamedAfterOutChannels_WritesInChannels() =>
        // Named arguments in another order: in_channels is the second one written; the fix must write it, not the first.
        Fix.VerifyFixAsync("""
            using ConvShape;

            [Network(3, 28, 28)]
            public partial class Named
            {
                [Conv2d(outChannels: 8, inChannels: {|#0:1|}, kernelSize: 3)] public object? conv;
            }
            """, """
            using ConvShape;

            [Network(3, 28, 28)]
            public partial class Named
            {
                [Conv2d(outChannels: 8, inChannels: 3, kernelSize: 3)] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA2001").WithLocation(0).WithMessage(
                "conv: in_channels is 1 but the input 3×28×28 has 3 channels; PyTorch would fail with "
                + "\"expected input to have 1 channels, but got 3 channels instead\". Set inChannels to 3"));

    [Fact]
    public Task Fix_CommentAfterTheValue_IsKept() =>
        // The comment is the value's own trailing trivia: rewriting the value must keep it.
        Fix.VerifyFixAsync("""
            using ConvShape;

            [Network(3, 28, 28)]
            public partial class Commented
            {
                [Conv2d({|#0:1|} /* grayscale once */, 8, 3)] public object? conv;
            }
            """, """
            using ConvShape;

            [Network(3, 28, 28)]
            public partial class Commented
            {
                [Conv2d(3 /* grayscale once */, 8, 3)] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA2001").WithLocation(0).WithMessage(
                "conv: in_channels is 1 but the input 3×28×28 has 3 channels; PyTorch would fail with "
                + "\"expected input to have 1 channels, but got 3 channels instead\". Set inChannels to 3"));

    [Fact]
    public Task BatchNorm_WithoutRunningStatistics_QuotesTheWeightCheck() =>
        // PyTorch: BatchNorm2d(5, track_running_stats=False) on 3 channels: "weight should contain 3 elements not 5".
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 8, 8)]
            public partial class Net
            {
                [BatchNorm2d({|#0:5|}, TrackRunningStats = false)] public object? bn;
            }
            """,
            Verify.Diagnostic("CSA2001").WithLocation(0).WithMessage(
                "bn: num_features is 5 but the input 3×8×8 has 3 channels; PyTorch would fail with \"weight should contain 3 elements not 5\". Set numFeatures to 3"));

    [Fact]
    public Task BatchNorm_WithoutAffineAndRunningStatistics_NeverReadsNumFeatures() =>
        // PyTorch runs BatchNorm2d(5, affine=False, track_running_stats=False) on 3 channels: it holds nothing of size 5.
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 8, 8)]
            public partial class Net
            {
                [BatchNorm2d(5, Affine = false, TrackRunningStats = false)] public object? bn;
            }
            """);
}
