using System.Threading.Tasks;
using Xunit;
using Fix = ConvShapeAnalyzers.Tests.Harness.CodeFixVerifier;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>CSA2002: Linear's in_features differs from the features coming in; the fix writes the count, as a product when the user wrote one.</summary>
public class CSA2002Tests
{
    // DESIGN's SmallNet: conv1 o = ⌊(32 + 2·1 − 3)/1⌋ + 1 = 32 → 16×32×32; pool1 o = ⌊(32 − 2)/2⌋ + 1 = 16 (r = 0) → 16×16×16;
    // conv2 o = ⌊(16 + 2·1 − 3)/2⌋ + 1 = 8 (r = 15 mod 2 = 1 ≤ pr = 1: nothing dropped) → 32×8×8; flat: 32·8·8 = 2048.
    // A tutorial's 32 * 7 * 7 = 1568 (a 28×28 input) does not fit.
    private static string SmallNet(string inFeatures) => $$"""
        using ConvShape;

        [Network(3, 32, 32)]
        public partial class SmallNet
        {
            [Conv2d(3, 16, 3, Padding = 1)] public object? conv1;
            [MaxPool2d(2)] public object? pool1;
            [Conv2d(16, 32, 3, Stride = 2, Padding = 1)] public object? conv2;
            [Flatten] public object? flat;
            [Linear({{inFeatures}}, 10)] public object? fc;
        }
        """;

    private static readonly Harness.ExpectedDiagnostic ProductWrong = Verify.Diagnostic("CSA2002").WithLocation(0).WithMessage(
        "fc: in_features is 1568 but 2048 features come in; PyTorch would fail with \"mat1 and mat2 shapes cannot be multiplied (1x2048 and 1568x10)\". "
        + "Set inFeatures to 32 * 8 * 8 = 2048 (the flattened 32×8×8)");

    private static readonly Harness.ExpectedDiagnostic NumberWrong = Verify.Diagnostic("CSA2002").WithLocation(0).WithMessage(
        "fc: in_features is 1568 but 2048 features come in; PyTorch would fail with \"mat1 and mat2 shapes cannot be multiplied (1x2048 and 1568x10)\". "
        + "Set inFeatures to 2048");

    [Fact]
    public Task Linear_InFeaturesAsProductDiffer_ErrorAtInFeaturesNamingTheFlattenedShape() =>
        Verify.VerifyAsync(SmallNet("{|#0:32 * 7 * 7|}"), ProductWrong.WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Error));

    [Fact]
    public Task Linear_InFeaturesAsNumberDiffer_ErrorAtInFeatures() => Verify.VerifyAsync(SmallNet("{|#0:1568|}"), NumberWrong);

    [Theory]
    [InlineData("32 * 8 * 8")]
    [InlineData("2048")]
    public Task Linear_InFeaturesMatchFlattened_NoDiagnostic(string inFeatures) => Verify.VerifyAsync(SmallNet(inFeatures));

    [Fact]
    public Task Fix_ProductForm_WritesTheFlattenedProduct() =>
        Fix.VerifyFixAsync(SmallNet("{|#0:32 * 7 * 7|}"), SmallNet("32 * 8 * 8"), ProductWrong);

    [Fact]
    public Task Fix_NumberForm_WritesTheNumber() =>
        Fix.VerifyFixAsync(SmallNet("{|#0:1568|}"), SmallNet("2048"), NumberWrong);

    [Fact]
    public Task Linear_AfterLinear_ErrorWithPlainNumber() =>
        // fc1 gives 128 features; fc2 declares 64. No Flatten feeds fc2, so even a product is fixed with a number.
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(1, 4, 4)]
            public partial class Mlp
            {
                [Flatten] public object? flat;
                [Linear(16, 128)] public object? fc1;
                [Linear({|#0:8 * 8|}, 10)] public object? fc2;
            }
            """,
            Verify.Diagnostic("CSA2002").WithLocation(0).WithMessage(
                "fc2: in_features is 64 but 128 features come in; PyTorch would fail with \"mat1 and mat2 shapes cannot be multiplied (1x128 and 64x10)\". "
                + "Set inFeatures to 128"));
}
