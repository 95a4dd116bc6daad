using System.Threading.Tasks;
using Xunit;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>CSA2005: a layer of the wrong rank, reported on the layer's attribute.</summary>
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
}
