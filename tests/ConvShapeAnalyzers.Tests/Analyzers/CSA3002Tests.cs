using System.Threading.Tasks;
using Xunit;
using Fix = ConvShapeAnalyzers.Tests.Harness.CodeFixVerifier;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>CSA3002: a transposed convolution with Mirrors must give back its partner's input size; the fix sets OutputPadding = a (Relationship 14).</summary>
public class CSA3002Tests
{
    // down: o = ⌊(32 + 2·1 − 3)/2⌋ + 1 = 16 (r = 31 mod 2 = 1 ≤ pr = 1: nothing dropped).
    // up:   o = (16 − 1)·2 − 2·1 + 1·(3 − 1) + 0 + 1 = 31 (Relationship 13: s > 1, p > 0, no output padding) ≠ 32;
    //       a = (32 + 2·1 − 3) mod 2 = 1, and 1 < max(s, d) = 2, so OutputPadding = 1 gives 32 (Relationship 14).
    private static string AutoEncoder(int input, string up) => $$"""
        using ConvShape;

        [Network(8, {{input}}, {{input}})]
        public partial class AutoEncoder
        {
            [Conv2d(8, 16, 3, Stride = 2, Padding = 1)] public object? down;
            [{{up}}] public object? up;
        }
        """;

    private static readonly Harness.ExpectedDiagnostic DoesNotRestore32 = Verify.Diagnostic("CSA3002").WithLocation(0).WithMessage(
        "up: does not restore the input size of down (8×32×32 → 8×31×31). Height and Width: o = (16 − 1)·2 − 2·1 + 1·(3 − 1) + 0 + 1 = 31 "
        + "(Relationship 13), but down read 32; OutputPadding = 1 restores it (Relationship 14: a = (32 + 2·1 − 3) mod 2 = 1)");

    [Fact]
    public Task ConvTranspose_MirrorWithoutOutputPadding_WarnsOnAttribute() =>
        Verify.VerifyAsync(
            AutoEncoder(32, "{|#0:ConvTranspose2d(16, 8, 3, Stride = 2, Padding = 1, Mirrors = nameof(down))|}"),
            DoesNotRestore32.WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));

    [Fact]
    public Task ConvTranspose_MirrorWithRelationship14OutputPadding_NoDiagnostic() =>
        // (16 − 1)·2 − 2 + 2 + 1 + 1 = 32.
        Verify.VerifyAsync(AutoEncoder(32, "ConvTranspose2d(16, 8, 3, Stride = 2, Padding = 1, OutputPadding = 1, Mirrors = nameof(down))"));

    [Fact]
    public Task ConvTranspose_MirrorOfOddInput_NoDiagnosticWithoutOutputPadding() =>
        // 31: down ⌊(31 + 2 − 3)/2⌋ + 1 = 16, a = 30 mod 2 = 0; up (16 − 1)·2 − 2 + 2 + 0 + 1 = 31.
        Verify.VerifyAsync(AutoEncoder(31, "ConvTranspose2d(16, 8, 3, Stride = 2, Padding = 1, Mirrors = nameof(down))"));

    [Fact]
    public Task Fix_AddsOutputPadding() =>
        Fix.VerifyFixAsync(
            AutoEncoder(32, "{|#0:ConvTranspose2d(16, 8, 3, Stride = 2, Padding = 1, Mirrors = nameof(down))|}"),
            AutoEncoder(32, "ConvTranspose2d(16, 8, 3, Stride = 2, Padding = 1, Mirrors = nameof(down), OutputPadding = 1)"),
            DoesNotRestore32);

    [Fact]
    public Task Fix_ReplacesWrongOutputPadding() =>
        // 63 (the Mistakes sample): down ⌊(63 + 2 − 3)/2⌋ + 1 = 32; up with op 1: (32 − 1)·2 − 2 + 2 + 1 + 1 = 64 ≠ 63;
        // the needed op is 1 + 63 − 64 = 0 = (63 + 2·1 − 3) mod 2.
        Fix.VerifyFixAsync(
            AutoEncoder(63, "{|#0:ConvTranspose2d(16, 8, 3, Stride = 2, Padding = 1, OutputPadding = 1, Mirrors = nameof(down))|}"),
            AutoEncoder(63, "ConvTranspose2d(16, 8, 3, Stride = 2, Padding = 1, OutputPadding = 0, Mirrors = nameof(down))"),
            Verify.Diagnostic("CSA3002").WithLocation(0).WithMessage(
                "up: does not restore the input size of down (8×63×63 → 8×64×64). Height and Width: o = (32 − 1)·2 − 2·1 + 1·(3 − 1) + 1 + 1 = 64 "
                + "(Relationship 14), but down read 63; OutputPadding = 0 restores it (Relationship 14: a = (63 + 2·1 − 3) mod 2 = 0)"));

    [Fact]
    public Task Fix_AxesNeedDifferentOutputPaddings_MessageAndFixGiveThePerAxisValue() =>
        // 32×31: down gives ⌊(32 + 2 − 3)/2⌋ + 1 = 16 and ⌊(31 + 2 − 3)/2⌋ + 1 = 16; up gives 31 for both. Height needs
        // a = (32 + 2·1 − 3) mod 2 = 1, Width a = (31 + 2·1 − 3) mod 2 = 0: "OutputPadding = 1" alone would make Width 32.
        Fix.VerifyFixAsync("""
            using ConvShape;

            [Network(8, 32, 31)]
            public partial class AutoEncoder
            {
                [Conv2d(8, 16, 3, Stride = 2, Padding = 1)] public object? down;
                [{|#0:ConvTranspose2d(16, 8, 3, Stride = 2, Padding = 1, Mirrors = nameof(down))|}] public object? up;
            }
            """, """
            using ConvShape;

            [Network(8, 32, 31)]
            public partial class AutoEncoder
            {
                [Conv2d(8, 16, 3, Stride = 2, Padding = 1)] public object? down;
                [ConvTranspose2d(16, 8, 3, Stride = 2, Padding = 1, Mirrors = nameof(down), OutputPadding = new[] { 1, 0 })] public object? up;
            }
            """,
            Verify.Diagnostic("CSA3002").WithLocation(0).WithMessage(
                "up: does not restore the input size of down (8×32×31 → 8×31×31). Height: o = (16 − 1)·2 − 2·1 + 1·(3 − 1) + 0 + 1 = 31 "
                + "(Relationship 13), but down read 32; OutputPadding = new[] { 1, 0 } restores it (Relationship 14: a = (32 + 2·1 − 3) mod 2 = 1)"));
}
