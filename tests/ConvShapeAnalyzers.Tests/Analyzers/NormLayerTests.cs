using System.Threading.Tasks;
using Xunit;
using Fix = ConvShapeAnalyzers.Tests.Harness.CodeFixVerifier;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>
/// InstanceNorm and GroupNorm: the shape unchanged, with the checks PyTorch 1.13 makes (every case below was run there;
/// tests/fixtures/pytorch-norm-chains.json holds 300 random chains of them).
/// </summary>
public class NormLayerTests
{
    [Fact]
    public Task InstanceNorm_WrongNumFeaturesWithoutAffine_IsFine() =>
        // InstanceNorm2d(4) on 3 channels runs in PyTorch (it only warns): by default it holds no tensor of num_features' size.
        // The Linear checks 3·5·5 = 75 features: nothing was lost on the way.
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 5, 5)]
            public partial class Net
            {
                [InstanceNorm2d(4)] public object? norm;
                [Flatten] public object? flat;
                [Linear(75, 10)] public object? fc;
            }
            """);

    [Fact]
    public Task InstanceNorm_WrongNumFeaturesWithAffine_Errors() =>
        // InstanceNorm2d(4, affine=True) on a batch of 2 × 3 channels: "weight should contain 6 elements not 8" (2·3 and 2·4).
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 5, 5)]
            public partial class Net
            {
                [InstanceNorm2d({|#0:4|}, Affine = true)] public object? norm;
            }
            """,
            Verify.Diagnostic("CSA2001").WithLocation(0).WithMessage(
                "norm: num_features is 4 but the input 3×5×5 has 3 channels; PyTorch would fail with \"weight should contain N·3 elements not N·4\" "
                + "(N the batch size). Set numFeatures to 3"));

    [Fact]
    public Task InstanceNorm_OnePositionPerChannel_Errors() =>
        // After global pooling each channel has one position: "Expected more than 1 spatial element when training, got input
        // size torch.Size([2, 4, 1, 1])", in eval mode too, since without running statistics it uses the input's.
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(4, 6, 6)]
            public partial class Net
            {
                [AdaptiveAvgPool2d(1)] public object? pool;
                [{|#0:InstanceNorm2d(4)|}] public object? norm;
            }
            """,
            Verify.Diagnostic("CSA1002").WithLocation(0).WithMessage(
                "norm: InstanceNorm2d normalises each channel over its positions, but the input 4×1×1 has one per channel; PyTorch refuses it "
                + "(\"Expected more than 1 spatial element when training\", and so in evaluation too without running statistics). "
                + "Give it an input of more than one position, or set TrackRunningStats = true (then it is refused in training only)"));

    [Fact]
    public Task InstanceNorm_OnePositionWithRunningStatistics_IsFine() =>
        // InstanceNorm2d(4, track_running_stats=True) in eval mode uses its running statistics: 4×1×1 runs.
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(4, 6, 6)]
            public partial class Net
            {
                [AdaptiveAvgPool2d(1)] public object? pool;
                [InstanceNorm2d(4, TrackRunningStats = true)] public object? norm;
            }
            """);

    [Fact]
    public Task GroupNorm_GroupsDoNotDivideNumChannels_ErrorsAtNumGroups() =>
        // GroupNorm(3, 8): "num_channels must be divisible by num_groups", when the module is built.
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(8, 5, 5)]
            public partial class Net
            {
                [GroupNorm({|#0:3|}, 8)] public object? norm;
            }
            """,
            Verify.Diagnostic("CSA1003").WithLocation(0).WithMessage(
                "norm: num_groups = 3 does not divide num_channels = 8 (8 mod 3 = 2); PyTorch refuses it (\"num_channels must be divisible by num_groups\"). "
                + "Use a num_groups that divides 8"));

    [Fact]
    public Task GroupNorm_GroupsDoNotDivideIncomingChannels_Errors() =>
        // GroupNorm(2, 8) on 5 channels: "Expected number of channels in input to be divisible by num_groups", before the weight's
        // size is compared. No fix: 5 would need other groups too.
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(5, 5, 5)]
            public partial class Net
            {
                [GroupNorm(2, {|#0:8|})] public object? norm;
            }
            """,
            Verify.Diagnostic("CSA2001").WithLocation(0).WithMessage(
                "norm: num_channels is 8 but the input 5×5×5 has 5 channels, which 2 groups do not divide; PyTorch would fail with "
                + "\"Expected number of channels in input to be divisible by num_groups\". Set numChannels to 5 and numGroups to a divisor of it"));

    [Fact]
    public Task GroupNorm_WithoutAffine_ChecksOnlyTheGroups() =>
        // GroupNorm(2, 8, affine=False) on 6 channels runs (2 divides 6); then GroupNorm(2, 6) on the flat 6·5·5 = 150 features.
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(6, 5, 5)]
            public partial class Net
            {
                [GroupNorm(2, 8, Affine = false)] public object? norm;
                [Flatten] public object? flat;
                [GroupNorm(2, 150)] public object? flatNorm;
                [Linear(150, 10)] public object? fc;
            }
            """);

    private const string WrongGroupNormBefore = """
        using ConvShape;

        [Network(6, 5, 5)]
        public partial class Net
        {
            [GroupNorm(2, {|#0:8|})] public object? norm;
        }
        """;

    // GroupNorm(2, 8) on 6 channels: "Expected weight to be a vector of size equal to the number of channels in input, but got
    // weight of shape [8] and input of shape [2, 6, 5, 5]". The fix writes 6 into numChannels, not into numGroups before it.
    private static readonly Harness.ExpectedDiagnostic WrongGroupNorm = Verify.Diagnostic("CSA2001").WithLocation(0).WithMessage(
        "norm: num_channels is 8 but the input 6×5×5 has 6 channels; PyTorch would fail with \"Expected weight to be a vector of size equal to the number "
        + "of channels in input\". Set numChannels to 6");

    [Fact]
    public Task GroupNorm_WeightDiffersFromIncomingChannels_Errors() => Verify.VerifyAsync(WrongGroupNormBefore, WrongGroupNorm);

    [Fact]
    public Task Fix_GroupNorm_WritesIncomingChannelsIntoNumChannels() => Fix.VerifyFixAsync(WrongGroupNormBefore, """
        using ConvShape;

        [Network(6, 5, 5)]
        public partial class Net
        {
            [GroupNorm(2, 6)] public object? norm;
        }
        """, WrongGroupNorm);
}
