using System.Threading.Tasks;
using Xunit;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>CSA2003: Add of different shapes, reported at the first name whose shape differs from the first one's.</summary>
public class CSA2003Tests
{
    [Fact]
    public Task Add_OfAChannelZeroPaddedShortcut_IsFine()
    {
        // The CIFAR ResNets' "option A" shortcut, F.pad(x[:, :, ::2, ::2], (0, 0, 0, 0, 8, 8)): x[::2] is a 1×1 window with
        // stride 2, o = ⌊(33 − 1)/2⌋ + 1 = 17, and the third pair pads the channels, 16 + 8 + 8 = 32 (PyTorch 1.13 gives
        // 32×17×17). The branch: o = ⌊(33 + 2·1 − 3)/2⌋ + 1 = 17 with 32 channels. Equal shapes, so the Add fits.
        return Verify.VerifyAsync("""
            using ConvShape;

            [Network(16, 33, 33)]
            public partial class Net
            {
                [Conv2d(16, 32, 3, Stride = 2, Padding = 1)] public object? conv;
                [MaxPool2d(1, Stride = 2, From = Network.Input)] public object? every2nd;
                [ZeroPad2d(new[] { 0, 0, 0, 0, 8, 8 })] public object? pad;
                [Add(nameof(conv), nameof(pad))] public object? sum;
            }
            """);
    }

    [Fact]
    public Task Add_DownUpBranchOnOddSize_ErrorAtSecondNameWithFittingSizes()
    {
        // down: o = ⌊(33 + 2·1 − 3)/2⌋ + 1 = 17 (r = 32 mod 2 = 0); up: ⌊17 · 2⌋ = 34; skip (1×1): 33 − 1 + 1 = 33.
        // On one axis of size i: down gives ⌊(i − 1)/2⌋ + 1 = ⌈i/2⌉, up 2⌈i/2⌉, skip i: equal iff i is even, so the nearest
        // sizes that fit are 32 and 34 on both axes.
        return Verify.VerifyAsync("""
            using ConvShape;

            [Network(16, 33, 33)]
            public partial class Net
            {
                [Conv2d(16, 16, 3, Stride = 2, Padding = 1)] public object? down;
                [Upsample(ScaleFactor = 2)] public object? up;
                [Conv2d(16, 16, 1, From = Network.Input)] public object? skip;
                [Add(nameof(up), {|#0:nameof(skip)|})] public object? sum;
            }
            """,
            Verify.Diagnostic("CSA2003").WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithMessage(
                "sum: cannot add up (16×34×34) and skip (16×33×33): Add needs equal shapes; PyTorch would fail with "
                + "\"The size of tensor a must match the size of tensor b\". They differ in Height 34 vs 33, Width 34 vs 33; "
                + "crop the larger with [CenterCrop(nameof(smaller))] or change the input size. The network fits at input Height 32 or 34, Width 32 or 34"));
    }

    [Fact]
    public Task Add_KeptAxisAgainstFixedSize_HintNamesTheOneFittingHeight()
    {
        // kept: Height keeps the input's i (null), Width 5; fixed: 6×5 whatever the input. Equal iff i = 6; no Width breaks.
        return Verify.VerifyAsync("""
            using ConvShape;

            [Network(4, 10, 12)]
            public partial class Net
            {
                [AdaptiveAvgPool2d(new object?[] { null, 5 })] public object? kept;
                [AdaptiveAvgPool2d(new[] { 6, 5 }, From = Network.Input)] public object? fixedSize;
                [Add(nameof(kept), {|#0:nameof(fixedSize)|})] public object? sum;
            }
            """,
            Verify.Diagnostic("CSA2003").WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithMessage(
                "sum: cannot add kept (4×10×5) and fixedSize (4×6×5): Add needs equal shapes; PyTorch would fail with "
                + "\"The size of tensor a must match the size of tensor b\". They differ in Height 10 vs 6; "
                + "crop the larger with [CenterCrop(nameof(smaller))] or change the input size. The network fits at input Height 6"));
    }

    [Fact]
    public Task Add_PooledContextToEveryPosition_SaysPyTorchBroadcastsAndHowToDeclareIt()
    {
        // PyTorch 1.13: zeros(2, 64, 8, 8) + zeros(2, 64, 1, 1) gives (2, 64, 8, 8); an Add wants equal shapes. Nearest
        // upsampling of the 1×1 context to 8×8 repeats it, which is the broadcast. At input size 1 both branches are 1×1.
        return Verify.VerifyAsync("""
            using ConvShape;

            [Network(64, 8, 8)]
            public partial class Net
            {
                [Identity] public object? x;
                [AdaptiveAvgPool2d(1)] public object? context;
                [Add(nameof(x), {|#0:nameof(context)|})] public object? sum;
            }
            """,
            Verify.Diagnostic("CSA2003").WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithMessage(
                "sum: cannot add x (64×8×8) and context (64×1×1): Add needs equal shapes; PyTorch would broadcast the axes of size 1 and give 64×8×8, "
                + "which an Add does not do (a residual of another size is almost always a mistake); to mean it, give the branch of 64×1×1 an "
                + "[Upsample(Size = new[] { 8, 8 })] first. The network fits at input Height 1, Width 1"));
    }

    [Fact]
    public Task Add_SizeOneOnDifferentAxes_NamesBothBranchesToExpand()
    {
        // PyTorch 1.13: zeros(2, 4, 1, 8) + zeros(2, 4, 8, 1) gives (2, 4, 8, 8).
        return Verify.VerifyAsync("""
            using ConvShape;

            [Network(4, 8, 8)]
            public partial class Net
            {
                [AdaptiveAvgPool2d(new object?[] { 1, null })] public object? rows;
                [AdaptiveAvgPool2d(new object?[] { null, 1 }, From = Network.Input)] public object? columns;
                [Add(nameof(rows), {|#0:nameof(columns)|})] public object? sum;
            }
            """,
            Verify.Diagnostic("CSA2003").WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithMessage(
                "sum: cannot add rows (4×1×8) and columns (4×8×1): Add needs equal shapes; PyTorch would broadcast the axes of size 1 and give 4×8×8, "
                + "which an Add does not do (a residual of another size is almost always a mistake); to mean it, give the branches of 4×1×8 and 4×8×1 an "
                + "[Upsample(Size = new[] { 8, 8 })] first. The network fits at input Height 1, Width 1"));
    }

    [Fact]
    public Task Add_OneChannelToMany_SaysPyTorchBroadcastsTheChannel()
    {
        // PyTorch 1.13: zeros(2, 64, 8, 8) + zeros(2, 1, 8, 8) gives (2, 64, 8, 8); no layer repeats a channel, so no fix is offered.
        return Verify.VerifyAsync("""
            using ConvShape;

            [Network(64, 8, 8)]
            public partial class Net
            {
                [Identity] public object? x;
                [Conv2d(64, 1, 1)] public object? gate;
                [Add(nameof(x), {|#0:nameof(gate)|})] public object? sum;
            }
            """,
            Verify.Diagnostic("CSA2003").WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithMessage(
                "sum: cannot add x (64×8×8) and gate (1×8×8): Add needs equal shapes; PyTorch would broadcast the axes of size 1 and give 64×8×8, "
                + "which an Add does not do (a residual of another size is almost always a mistake)"));
    }

    [Fact]
    public Task Add_DifferentChannelCounts_NoInputSizeIsSearched()
    {
        // 64 and 32 channels at every input size: the message names no sizes (PyTorch 1.13: "The size of tensor a (64) must
        // match the size of tensor b (32) at non-singleton dimension 1").
        return Verify.VerifyAsync("""
            using ConvShape;

            [Network(64, 8, 8)]
            public partial class Net
            {
                [Identity] public object? x;
                [Conv2d(64, 32, 1)] public object? narrow;
                [Add(nameof(x), {|#0:nameof(narrow)|})] public object? sum;
            }
            """,
            Verify.Diagnostic("CSA2003").WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithMessage(
                "sum: cannot add x (64×8×8) and narrow (32×8×8): Add needs equal shapes; PyTorch would fail with \"The size of tensor a must match the size of tensor b\""));
    }

    [Fact]
    public Task Add_DownUpBranchOnEvenSize_NoAddMismatch()
    {
        // The same network at 32: down ⌊(32 + 2 − 3)/2⌋ + 1 = 16 (r = 1 ≤ pr = 1), up 32, skip 32. Every even size fits,
        // every odd one breaks the Add (i = 1: down ⌊(1 + 2 − 3)/2⌋ + 1 = 1, up 2 ≠ 1), so CSA3003 (not CSA2003) names the
        // sizes: the neighbourhood is max(1, 32 − 32) = 1 to 32 + 32 = 64, where the 32 even sizes 2 … 64 fit (the first 8 listed).
        return Verify.VerifyAsync("""
            using ConvShape;

            [Network(16, 32, 32)]
            public partial class Net
            {
                [Conv2d(16, 16, 3, Stride = 2, Padding = 1)] public object? down;
                [Upsample(ScaleFactor = 2)] public object? up;
                [Conv2d(16, 16, 1, From = Network.Input)] public object? skip;
                [{|#0:Add(nameof(up), nameof(skip))|}] public object? sum;
            }
            """,
            Verify.Diagnostic("CSA3003").WithLocation(0).WithMessage(
                "sum: Height and Width: fits at the declared size 32, but not at every input size: of 1 to 64 only 2, 4, 6, 8, 10, 12, 14, 16 and 24 more fit. "
                + "A fully convolutional network run at another size would fail there; document the sizes it takes, or make the branches agree for every size"));
    }

    [Fact]
    public Task Add_ResidualWithUnpaddedConv_ErrorSaysNoInputSizeFits()
    {
        // DESIGN's CSA2003 page: x 64×56×56; conv2 without padding o = ⌊(56 + 2·0 − 3)/1⌋ + 1 = 54 (R1). On one axis x is i
        // and conv2 i − 2 for every i, so no input size fits (searched 256 either side of 56).
        return Verify.VerifyAsync("""
            using ConvShape;

            [Network(64, 56, 56)]
            public partial class Block
            {
                [Identity] public object? x;
                [Conv2d(64, 64, 3, Padding = 1)] public object? conv1;
                [Conv2d(64, 64, 3)] public object? conv2;
                [Add(nameof(x), {|#0:nameof(conv2)|})] public object? sum;
            }
            """,
            Verify.Diagnostic("CSA2003").WithLocation(0).WithMessage(
                "sum: cannot add x (64×56×56) and conv2 (64×54×54): Add needs equal shapes; PyTorch would fail with "
                + "\"The size of tensor a must match the size of tensor b\". They differ in Height 56 vs 54, Width 56 vs 54; "
                + "crop the larger with [CenterCrop(nameof(smaller))] or change the input size. No input Height within 256 of 56 or Width within 256 of 56 makes the join fit"));
    }

    [Fact]
    public Task Add_ResidualWithHalfPadding_NoDiagnostic()
    {
        // The fix of the page: conv2 with half padding, o = ⌊(56 + 2·1 − 3)/1⌋ + 1 = 56 (R3) at every size.
        return Verify.VerifyAsync("""
            using ConvShape;

            [Network(64, 56, 56)]
            public partial class Block
            {
                [Identity] public object? x;
                [Conv2d(64, 64, 3, Padding = 1)] public object? conv1;
                [Conv2d(64, 64, 3, Padding = 1)] public object? conv2;
                [Add(nameof(x), nameof(conv2))] public object? sum;
            }
            """);
    }

    [Fact]
    public Task Add_ResNetDownsamplingBlockWithStridedShortcut_NoDiagnostic()
    {
        // conv1 o = ⌊(56 + 2·1 − 3)/2⌋ + 1 = 28 (r = 1 ≤ pr = 1); conv2 28 (R3); shortcut (1×1, s = 2) ⌊(56 − 1)/2⌋ + 1 = 28.
        // On one axis both branches give ⌊(i − 1)/2⌋ + 1 for every i: no CSA3003 either.
        return Verify.VerifyAsync("""
            using ConvShape;

            [Network(64, 56, 56)]
            public partial class Bottleneck
            {
                [Conv2d(64, 128, 3, Stride = 2, Padding = 1)] public object? conv1;
                [Conv2d(128, 128, 3, Padding = 1)] public object? conv2;
                [Conv2d(64, 128, 1, Stride = 2, From = Network.Input)] public object? shortcut;
                [Add(nameof(conv2), nameof(shortcut))] public object? sum;
            }
            """);
    }

    [Fact]
    public Task Add_FlatAndSpatial_SuggestsFlatteningAndNoInputSize()
    {
        // conv 4×8×8 (R3), flat 256. PyTorch 1.13 aligns the trailing axes and stops at 256 vs 8 ("The size of tensor a (256)
        // must match the size of tensor b (8) at non-singleton dimension 3"); no input size makes them fit, so none is searched for.
        return Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 8, 8)]
            public partial class Net
            {
                [Conv2d(3, 4, 3, Padding = 1)] public object? conv;
                [Flatten] public object? flat;
                [Add(nameof(flat), {|#0:nameof(conv)|})] public object? sum;
            }
            """,
            Verify.Diagnostic("CSA2003").WithLocation(0).WithMessage(
                "sum: cannot add flat (256) and conv (4×8×8): Add needs equal shapes; PyTorch would fail with "
                + "\"The size of tensor a must match the size of tensor b\". The ranks differ (flat (features only) and 2-D): "
                + "flatten both branches, or join them before the Flatten"));
    }
}
