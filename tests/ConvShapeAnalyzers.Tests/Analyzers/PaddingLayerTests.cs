using System.Threading.Tasks;
using Xunit;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>
/// ReflectionPad, ReplicationPad and ConstantPad: o = i + before + after as ZeroPad, with the limits PyTorch 1.13 sets on
/// each (every case below was run there; tests/fixtures/pytorch-padding-chains.json holds 300 random chains of them).
/// </summary>
public class PaddingLayerTests
{
    private const string ReflectionLimit = "a reflection mirrors the input without repeating its edge, so each side must be below the input size; "
        + "PyTorch refuses it (\"Padding size should be less than the corresponding input dimension\")";

    [Fact]
    public Task ReflectionPad_SideAsWideAsTheInput_Errors() =>
        // ReflectionPad2d((4, 0, 0, 0)) on 3×5×4: "padding (4, 0) at dimension 3 of input 4".
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 5, 4)]
            public partial class Net
            {
                [ReflectionPad2d({|#0:new[] { 4, 0, 0, 0 }|})] public object? pad;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0).WithMessage(
                "pad: Width: ReflectionPad2d pads 4 before and 0 after of an input of 4, but " + ReflectionLimit
                + ". Pad 3 or less, give it an input of at least 5, or use ReplicationPad2d"));

    [Fact]
    public Task ReflectionPad_BothAxesTooWide_ReportsTheWidthAsPyTorchDoes() =>
        // ReflectionPad2d(5) on 3×5×4: both axes fail; PyTorch checks the last axis first ("padding (5, 5) at dimension 3").
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 5, 4)]
            public partial class Net
            {
                [ReflectionPad2d({|#0:5|})] public object? pad;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0).WithMessage(
                "pad: Width: ReflectionPad2d pads 5 on each side of an input of 4, but " + ReflectionLimit
                + ". Pad 3 or less, give it an input of at least 6, or use ReplicationPad2d"));

    [Fact]
    public Task ReflectionPad_ChannelsPairAsWideAsTheChannels_Errors() =>
        // ReflectionPad2d((1, 1, 1, 1, 2, 2)) on 2×4×4: the third pair pads the channels, 2 ≥ 2 ("padding (2, 2) at dimension 1").
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(2, 4, 4)]
            public partial class Net
            {
                [ReflectionPad2d({|#0:new[] { 1, 1, 1, 1, 2, 2 }|})] public object? pad;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0).WithMessage(
                "pad: Channels: ReflectionPad2d pads 2 on each side of an input of 2, but " + ReflectionLimit
                + ". Pad 1 or less, give it an input of at least 3, or use ReplicationPad2d"));

    [Fact]
    public Task ReflectionPad_OnePairForTwoAxes_Errors() =>
        // ReflectionPad2d((1, 1)): "Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now".
        // ConstantPad2d((1, 1), 0) takes the same pair and pads the width only.
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 8, 8)]
            public partial class Net
            {
                [ConstantPad2d(new[] { 1, 1 }, 0)] public object? constant;
                [ReflectionPad2d({|#0:new[] { 1, 1 }|})] public object? reflect;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0).WithMessage(
                "reflect: padding = new[] { 1, 1 } is not a valid ReflectionPad2d padding: give one number for every side, or one (before, after) pair per axis "
                + "as PyTorch does, last axis first (left, right, top, bottom), and maybe a further pair for the channels; PyTorch pads every axis by "
                + "reflection or replication, or none (\"Only 2D, 3D, 4D, 5D padding with non-constant padding are supported\")"));

    [Fact]
    public Task ReplicationPad3d_ChannelsPair_Errors() =>
        // ReplicationPad3d with 8 values on a 5-D input would be a 4-D padding, which PyTorch does not do by replication.
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(2, 4, 4, 4)]
            public partial class Net
            {
                [ReplicationPad3d({|#0:new[] { 1, 1, 1, 1, 1, 1, 1, 1 }|})] public object? pad;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0).WithMessage(
                "pad: padding = new[] { 1, 1, 1, 1, 1, 1, 1, 1 } is not a valid ReplicationPad3d padding: give one number for every side, or one (before, after) "
                + "pair per axis as PyTorch does, last axis first (left, right, top, bottom, front, back); PyTorch pads every axis by "
                + "reflection or replication, or none (\"Only 2D, 3D, 4D, 5D padding with non-constant padding are supported\")"));

    [Fact]
    public Task PaddingLayers_WithinPyTorchsLimits_GiveItsShapes() =>
        // PyTorch on 3×5×4: ReplicationPad2d(4) → 3×13×12 (replication has no limit); ReflectionPad2d((-5, 3, 0, 0)) crops 5
        // and reflects 3 → 3×13×10 (no side reaches 12); ConstantPad2d((1, 1), 0.5) pads the width only → 3×13×12;
        // ReflectionPad2d((1, 1, 1, 1, 2, 2)) pads the 3 channels by 2 each → 7×15×14. The Linear checks 7·15·14 = 1,470.
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 5, 4)]
            public partial class Net
            {
                [ReplicationPad2d(4)] public object? replicate;
                [ReflectionPad2d(new[] { -5, 3, 0, 0 })] public object? cropAndReflect;
                [ConstantPad2d(new[] { 1, 1 }, 0.5)] public object? constant;
                [ReflectionPad2d(new[] { 1, 1, 1, 1, 2, 2 })] public object? channels;
                [Flatten] public object? flat;
                [Linear(1470, 10)] public object? fc;
            }
            """);

    [Fact]
    public Task ReplicationPad_CropsBelowOne_Errors() =>
        // ReplicationPad1d((-3, -2)) on 2×5: "input (W: 5) is too small. Calculated output W: 0".
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(2, 5)]
            public partial class Net
            {
                [ReplicationPad1d({|#0:new[] { -3, -2 }|})] public object? pad;
            }
            """,
            Verify.Diagnostic("CSA1002").WithLocation(0).WithMessage(
                "pad: Length: o = 5 + -3 + -2 = 0 is below 1: the negative padding crops more than the input has"));
}
