using System.Threading.Tasks;
using Xunit;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>
/// CSA4001: ceil-mode pooling where PyTorch's correction (drop a last window that would start in the right padding) makes
/// its size differ from ONNX's older formula (shape inference before ONNX 1.16), which has no such correction. PyTorch: o = ⌈(i + 2p − k̂)/s⌉ + 1, minus 1 if (o − 1)s ≥ i + p.
/// </summary>
public class CSA4001Tests
{
    private static string Pool(int height, int width, string pool) => $$"""
        using ConvShape;

        [Network(1, {{height}}, {{width}})]
        public partial class Net
        {
            [{{pool}}] public object? pool;
        }
        """;

    /// <summary>
    /// The correction never fires for MaxPool2d(3, Stride = 2, CeilMode = true): the last window starts at
    /// (o − 1)s = 2⌈(i + 2p − 3)/2⌉ ≤ i + 2p − 2, which is below i + p unless p ≥ 2, and PyTorch allows at most p = ⌊3/2⌋ = 1.
    /// So PyTorch and ONNX agree at every size, e.g. 112: ⌈109/2⌉ + 1 = 56, start 110 &lt; 112; 113: ⌈110/2⌉ + 1 = 56, start
    /// 110 &lt; 113; with p = 1, 112: ⌈111/2⌉ + 1 = 57, start 112 &lt; 113; 113: ⌈112/2⌉ + 1 = 57, start 112 &lt; 114.
    /// </summary>
    [Theory]
    [InlineData(3, "")]
    [InlineData(4, "")]
    [InlineData(7, "")]
    [InlineData(8, "")]
    [InlineData(112, "")]
    [InlineData(113, "")]
    [InlineData(3, ", Padding = 1")]
    [InlineData(4, ", Padding = 1")]
    [InlineData(112, ", Padding = 1")]
    [InlineData(113, ", Padding = 1")]
    public Task MaxPool_Kernel3Stride2CeilMode_NeverDiffersFromOnnx(int size, string padding) =>
        Verify.VerifyAsync(Pool(size, size, "MaxPool2d(3, Stride = 2" + padding + ", CeilMode = true)"));

    [Fact]
    public Task MaxPool_Kernel3Stride3Padding1CeilModeOn32_WarnsOnAttribute() =>
        // PyTorch: o = ⌈(32 + 2·1 − 3)/3⌉ + 1 = ⌈31/3⌉ + 1 = 12; the 12th window would start at (12 − 1)·3 = 33 ≥ 32 + 1, in the
        // right padding, so o = 11. ONNX: ⌈31/3⌉ + 1 = 12. Height and Width alike: one sentence.
        Verify.VerifyAsync(
            Pool(32, 32, "{|#0:MaxPool2d(3, Stride = 3, Padding = 1, CeilMode = true)|}"),
            Verify.Diagnostic("CSA4001").WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithMessage(
                "pool: Height and Width: PyTorch gives o = ⌈(32 + 2·1 − 3)/3⌉ + 1 = 12, less the window that would start in the right padding "
                + "((12 − 1)·3 ≥ 32 + 1) = 11, but ONNX's formula without that correction "
                + "(its shape inference before 1.16, and runtimes and converters that follow it) gives 12; an exported model may change shape. "
                + "Pad the input so the last window starts inside it, or use CeilMode = false"));

    [Fact]
    public Task MaxPool_Kernel3Stride3Padding1CeilMode_OnlyTheDifferingAxisIsNamed() =>
        // Height 32 as above. Width 33: ⌈(33 + 2 − 3)/3⌉ + 1 = ⌈32/3⌉ + 1 = 12, starting at 33 < 33 + 1: kept; ONNX 12 too.
        Verify.VerifyAsync(
            Pool(32, 33, "{|#0:MaxPool2d(3, Stride = 3, Padding = 1, CeilMode = true)|}"),
            Verify.Diagnostic("CSA4001").WithLocation(0).WithMessage(
                "pool: Height: PyTorch gives o = ⌈(32 + 2·1 − 3)/3⌉ + 1 = 12, less the window that would start in the right padding "
                + "((12 − 1)·3 ≥ 32 + 1) = 11, but ONNX's formula without that correction "
                + "(its shape inference before 1.16, and runtimes and converters that follow it) gives 12; an exported model may change shape. "
                + "Pad the input so the last window starts inside it, or use CeilMode = false"));

    [Fact]
    public Task MaxPool_Kernel3Stride3Padding1CeilModeOn33_NoDiagnostic() =>
        // ⌈(33 + 2 − 3)/3⌉ + 1 = 12 on both frameworks (see above).
        Verify.VerifyAsync(Pool(33, 33, "MaxPool2d(3, Stride = 3, Padding = 1, CeilMode = true)"));

    [Fact]
    public Task MaxPool_SameLayerWithoutCeilMode_NoDiagnostic() =>
        // Floor mode, no correction anywhere: ⌊(32 + 2·1 − 3)/3⌋ + 1 = 11; r = 31 mod 3 = 1 ≤ pr = 1, nothing dropped.
        Verify.VerifyAsync(Pool(32, 32, "MaxPool2d(3, Stride = 3, Padding = 1)"));

    [Fact]
    public Task AvgPool_Kernel2Stride2Padding1CeilModeOn5_Warns() =>
        // The core's own example: ⌈(5 + 2·1 − 2)/2⌉ + 1 = 4, start (4 − 1)·2 = 6 ≥ 5 + 1: PyTorch 3, ONNX 4.
        Verify.VerifyAsync(
            Pool(5, 5, "{|#0:AvgPool2d(2, Stride = 2, Padding = 1, CeilMode = true)|}"),
            Verify.Diagnostic("CSA4001").WithLocation(0).WithMessage(
                "pool: Height and Width: PyTorch gives o = ⌈(5 + 2·1 − 2)/2⌉ + 1 = 4, less the window that would start in the right padding "
                + "((4 − 1)·2 ≥ 5 + 1) = 3, but ONNX's formula without that correction "
                + "(its shape inference before 1.16, and runtimes and converters that follow it) gives 4; an exported model may change shape. "
                + "Pad the input so the last window starts inside it, or use CeilMode = false"));
}
