using System.Threading.Tasks;
using Xunit;
using Fix = ConvShapeAnalyzers.Tests.Harness.CodeFixVerifier;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>CSA2005: a layer of the wrong rank, reported on the layer's attribute (an Upsample mode on its Mode, with a fix).</summary>
public class CSA2005Tests
{
    [Fact]
    public Task Linear_OnSpatialTensorWithoutFlatten_ErrorOnAttributeNamingTheFlattenedCount()
    {
        // conv: o = ⌊(32 + 2·1 − 3)/1⌋ + 1 = 32 → 16×32×32, still 2-D; flattened it would be 16·32·32 = 16384 features.
        return Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Padding = 1)] public object? conv;
                [{|#0:Linear(16 * 32 * 32, 10)|}] public object? fc;
            }
            """,
            Verify.Diagnostic("CSA2005").WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithMessage(
                "fc: Linear needs a flat input, but its input 16×32×32 is 2-D; add [Flatten] before it (16 * 32 * 32 = 16384 features)"));
    }

    [Fact]
    public Task Linear_AfterFlatten_NoDiagnostic()
    {
        return Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Padding = 1)] public object? conv;
                [Flatten] public object? flat;
                [Linear(16 * 32 * 32, 10)] public object? fc;
            }
            """);
    }

    [Fact]
    public Task Conv2d_OnOneDimensionalSignal_ErrorOnAttributeSuggestingConv1d()
    {
        return Verify.VerifyAsync("""
            using ConvShape;

            [Network(1, 100)]
            public partial class Signal
            {
                [{|#0:Conv2d(1, 8, 3)|}] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA2005").WithLocation(0).WithMessage(
                "conv: Conv2d needs a 2-D input (channels × Height × Width), but its input 1×100 is 1-D; use the Conv1d form"));
    }

    [Fact]
    public Task Conv1d_OnOneDimensionalSignal_NoDiagnostic()
    {
        // o = 100 − 3 + 1 = 98 (R1).
        return Verify.VerifyAsync("""
            using ConvShape;

            [Network(1, 100)]
            public partial class Signal
            {
                [Conv1d(1, 8, 3)] public object? conv;
            }
            """);
    }

    [Fact]
    public Task Conv2d_AfterFlatten_ErrorSuggestingToMoveItBeforeTheFlatten()
    {
        return Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 8, 8)]
            public partial class Net
            {
                [Flatten] public object? flat;
                [{|#0:Conv2d(3, 8, 3)|}] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA2005").WithLocation(0).WithMessage(
                "conv: Conv2d needs a 2-D input (channels × Height × Width), but its input 192 is flat (features only); "
                + "a flat vector has no spatial axes left, so move the layer before the Flatten"));
    }

    private const string BilinearOnSignal =
        "up: Mode = \"bilinear\" needs a 2-D input (channels × Height × Width), but the input 3×32 is 1-D; PyTorch refuses it "
        + "(\"Got 3D input, but bilinear mode needs 4D input\"). Use Mode = \"linear\", the interpolation for 1-D";

    [Fact]
    public Task Upsample_BilinearOn1d_ErrorsOnTheMode() =>
        // PyTorch: Upsample(scale_factor=2, mode='bilinear') on a [1, 3, 32] tensor.
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32)]
            public partial class Net
            {
                [Upsample(ScaleFactor = 2, Mode = {|#0:"bilinear"|})] public object? up;
            }
            """,
            Verify.Diagnostic("CSA2005").WithLocation(0).WithMessage(BilinearOnSignal));

    [Fact]
    public Task Upsample_BicubicOn3d_QuotesPyTorchsGenericMessage() =>
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(2, 4, 8, 8)]
            public partial class Net
            {
                [Upsample(ScaleFactor = 2, Mode = {|#0:"bicubic"|})] public object? up;
            }
            """,
            Verify.Diagnostic("CSA2005").WithLocation(0).WithMessage(
                "up: Mode = \"bicubic\" needs a 2-D input (channels × Height × Width), but the input 2×4×8×8 is 3-D; PyTorch refuses it "
                + "(\"Input Error: Only 3D, 4D and 5D input Tensors supported (got 5D) for the modes: ... (got bicubic)\"). Use Mode = \"trilinear\", the interpolation for 3-D"));

    [Fact]
    public Task Upsample_ModeOfTheWrongRank_IsReportedBeforeASizeBelowOne() =>
        // PyTorch: Upsample(scale_factor=0.1, mode='linear') on [1, 3, 5, 5] fails on the mode ("Got 4D input, ..."), not on
        // the size ⌊5 · 0.1⌋ = 0, which its kernel would check later.
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 5, 5)]
            public partial class Net
            {
                [Upsample(ScaleFactor = 0.1, Mode = {|#0:"linear"|})] public object? up;
            }
            """,
            Verify.Diagnostic("CSA2005").WithLocation(0).WithMessage(
                "up: Mode = \"linear\" needs a 1-D input (channels × Length), but the input 3×5×5 is 2-D; PyTorch refuses it "
                + "(\"Got 4D input, but linear mode needs 3D input\"). Use Mode = \"bilinear\", the interpolation for 2-D"));

    [Fact]
    public Task Fix_UpsampleBilinearOn1d_WritesLinear() =>
        // After the fix: o = ⌊32 · 2⌋ = 64, which the Linear already expects.
        Fix.VerifyFixAsync("""
            using ConvShape;

            [Network(3, 32)]
            public partial class Net
            {
                [Upsample(ScaleFactor = 2, Mode = {|#0:"bilinear"|})] public object? up;
                [Flatten] public object? flat;
                [Linear(3 * 64, 10)] public object? fc;
            }
            """, """
            using ConvShape;

            [Network(3, 32)]
            public partial class Net
            {
                [Upsample(ScaleFactor = 2, Mode = "linear")] public object? up;
                [Flatten] public object? flat;
                [Linear(3 * 64, 10)] public object? fc;
            }
            """,
            Verify.Diagnostic("CSA2005").WithLocation(0).WithMessage(BilinearOnSignal));
}
