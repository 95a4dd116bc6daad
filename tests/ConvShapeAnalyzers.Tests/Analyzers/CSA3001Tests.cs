using System.Threading.Tasks;
using Xunit;
using Fix = ConvShapeAnalyzers.Tests.Harness.CodeFixVerifier;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>
/// CSA3001: the stride remainder r = (i + pl + pr − k̂) mod s leaves max(0, r − pr) input positions unread. Reported at the
/// Stride value when given, else on the attribute; exempt where k̂ &lt; s; the fix sets the padding that makes it exact.
/// </summary>
public class CSA3001Tests
{
    // o = ⌊(224 + 2·0 − 3)/2⌋ + 1 = ⌊221/2⌋ + 1 = 111 (Relationship 5: s > 1, p = 0); r = 221 mod 2 = 1 > pr = 0, so row and
    // column 224 are never read. Padding 1: (224 + 2 − 3) mod 2 = 1 ≤ pr = 1, exact, o = ⌊223/2⌋ + 1 = 112. Inputs 223
    // ((223 − 3) mod 2 = 0) and 225 ((225 − 3) mod 2 = 0) are exact too. Both axes agree, so they share one sentence.
    private static readonly Harness.ExpectedDiagnostic Stem224 = Verify.Diagnostic("CSA3001").WithLocation(0).WithMessage(
        "conv: Height and Width: o = ⌊(224 + 2·0 − 3)/2⌋ + 1 = 111 (Relationship 5); the stride remainder r = (224 + 2·0 − 3) mod 2 = 1 "
        + "leaves the last input row and column never read. Padding = 1 makes it exact (o = 112), as are input sizes 223 and 225");

    private static string Stem(string arguments) => $$"""
        using ConvShape;

        [Network(3, 224, 224)]
        public partial class Stem
        {
            [Conv2d(3, 64, 3, {{arguments}})] public object? conv;
        }
        """;

    [Fact]
    public Task Conv_Stride2WithoutPaddingOn224_WarnsAtStride() =>
        Verify.VerifyAsync(Stem("Stride = {|#0:2|}"), Stem224.WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));

    [Fact]
    public Task Conv_Stride2WithPadding1On224_NoDiagnostic() =>
        // o = ⌊(224 + 2·1 − 3)/2⌋ + 1 = 112; r = 1, but the one uncovered position is the right padding.
        Verify.VerifyAsync(Stem("Stride = 2, Padding = 1"));

    [Fact]
    public Task Conv_Stride2WithoutPaddingOn225_NoDiagnostic() =>
        // o = ⌊(225 − 3)/2⌋ + 1 = 112, r = 222 mod 2 = 0.
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 225, 225)]
            public partial class Stem
            {
                [Conv2d(3, 64, 3, Stride = 2)] public object? conv;
            }
            """);

    [Fact]
    public Task Fix_Conv_AddsPadding() => Fix.VerifyFixAsync(Stem("Stride = {|#0:2|}"), Stem("Stride = 2, Padding = 1"), Stem224);

    [Fact]
    public Task Fix_Conv_ReplacesExplicitZeroPadding() =>
        // Padding = 0 is the default: the message is the same, and the fix replaces the 0.
        Fix.VerifyFixAsync(Stem("Stride = {|#0:2|}, Padding = 0"), Stem("Stride = 2, Padding = 1"), Stem224);

    // MaxPool2d(2): s defaults to k = 2. Height: ⌊(65 + 2·0 − 2)/2⌋ + 1 = 32 (Relationship 7, unpadded pooling),
    // r = 63 mod 2 = 1 > 0: row 65 is never read. Padding 1 (allowed: 1 ≤ ⌊2/2⌋) gives (65 + 2 − 2) mod 2 = 1 ≤ pr = 1,
    // o = ⌊65/2⌋ + 1 = 33; 64 and 66 are exact. Width: ⌊(64 − 2)/2⌋ + 1 = 32, r = 0: not mentioned, and its padding stays 0.
    private static string Pool(int height, string arguments) => $$"""
        using ConvShape;

        [Network(1, {{height}}, 64)]
        public partial class Net
        {
            [{|#0:MaxPool2d({{arguments}})|}] public object? pool;
        }
        """;

    // Width 64 is exact ((64 − 2) mod 2 = 0), so the padding the message and the fix give is Height's alone: new[] { 1, 0 }.
    private static readonly Harness.ExpectedDiagnostic PoolDropsRow65 = Verify.Diagnostic("CSA3001").WithLocation(0).WithMessage(
        "pool: Height: o = ⌊(65 + 2·0 − 2)/2⌋ + 1 = 32 (Relationship 7); the stride remainder r = (65 + 2·0 − 2) mod 2 = 1 "
        + "leaves the last input row never read. Padding = new[] { 1, 0 } makes it exact (o = 33), as are input sizes 64 and 66");

    [Fact]
    public Task MaxPool_Kernel2On65Rows_WarnsOnAttributeWithoutStride() => Verify.VerifyAsync(Pool(65, "2"), PoolDropsRow65);

    [Fact]
    public Task MaxPool_Kernel2On64Rows_NoDiagnostic() =>
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(1, 64, 64)]
            public partial class Net
            {
                [MaxPool2d(2)] public object? pool;
            }
            """);

    [Fact]
    public Task MaxPool_CeilModeOn65Rows_NoDiagnostic() =>
        // Ceil mode: o = ⌈(65 − 2)/2⌉ + 1 = 33 and the last window starts at 64 < 65 + 0: it reaches the end, nothing dropped;
        // ONNX gives ⌈63/2⌉ + 1 = 33 too, so no CSA4001 either.
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(1, 65, 64)]
            public partial class Net
            {
                [MaxPool2d(2, CeilMode = true)] public object? pool;
            }
            """);

    [Fact]
    public Task Fix_MaxPool_PadsOnlyTheAxisThatDrops() =>
        Fix.VerifyFixAsync(
            Pool(65, "2"),
            """
            using ConvShape;

            [Network(1, 65, 64)]
            public partial class Net
            {
                [MaxPool2d(2, Padding = new[] { 1, 0 })] public object? pool;
            }
            """,
            PoolDropsRow65);

    [Fact]
    public Task Conv_StridedOneByOneShortcut_NoDiagnostic() =>
        // ResNet's projection shortcut: o = ⌊(56 + 2·0 − 1)/2⌋ + 1 = 28, r = 55 mod 2 = 1 > pr = 0, but k̂ = 1 < s = 2: the
        // layer skips every other row anyway, so the remainder is by design (exempt).
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(64, 56, 56)]
            public partial class Shortcut
            {
                [Conv2d(64, 128, 1, Stride = 2)] public object? downsample;
            }
            """);

    [Fact]
    public Task Conv_ResNetBlockWithStridedShortcut_NoDiagnostic() =>
        // conv1 ⌊(56 + 2·1 − 3)/2⌋ + 1 = 28 (r = 1 ≤ pr = 1), conv2 28 (R3), shortcut 28 (exempt, as above); the Add fits at
        // every size (both branches ⌊(i − 1)/2⌋ + 1).
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(64, 56, 56)]
            public partial class BasicBlock
            {
                [Conv2d(64, 128, 3, Stride = 2, Padding = 1)] public object? conv1;
                [BatchNorm2d(128)] public object? bn1;
                [Conv2d(128, 128, 3, Padding = 1)] public object? conv2;
                [BatchNorm2d(128)] public object? bn2;
                [Conv2d(64, 128, 1, Stride = 2, From = Network.Input)] public object? shortcut;
                [Add(nameof(bn2), nameof(shortcut))] public object? sum;
            }
            """);

    [Fact]
    public Task Conv_KernelEqualToStrideDropping_IsNotExempt() =>
        // k̂ = 2 = s is not below the stride: o = ⌊(7 + 2·0 − 2)/2⌋ + 1 = 3 (Relationship 5), r = 5 mod 2 = 1: position 7 unread.
        // Padding 1: (7 + 2 − 2) mod 2 = 1 ≤ 1, o = ⌊7/2⌋ + 1 = 4; inputs 6 and 8 are exact.
        Verify.VerifyAsync("""
            using ConvShape;

            [Network(1, 7)]
            public partial class Net
            {
                [Conv1d(1, 1, 2, Stride = {|#0:2|})] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA3001").WithLocation(0).WithMessage(
                "conv: Length: o = ⌊(7 + 2·0 − 2)/2⌋ + 1 = 3 (Relationship 5); the stride remainder r = (7 + 2·0 − 2) mod 2 = 1 "
                + "leaves the last input position never read. Padding = 1 makes it exact (o = 4), as are input sizes 6 and 8"));
}
