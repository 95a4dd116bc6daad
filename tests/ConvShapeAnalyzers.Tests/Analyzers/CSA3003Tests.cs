using System.Threading.Tasks;
using Xunit;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>CSA3003: a join that fits at the declared input size but breaks at neighbouring sizes, reported on the join's attribute.</summary>
public class CSA3003Tests
{
    // One U-Net level with same padding: enc ⌊(i + 2·1 − 3)/1⌋ + 1 = i (R3); down ⌊(i − 2)/2⌋ + 1 = ⌊i/2⌋; enc2 keeps it (R3);
    // up (⌊i/2⌋ − 1)·2 − 0 + 1·(2 − 1) + 0 + 1 = 2⌊i/2⌋. The Concat needs i = 2⌊i/2⌋: every even i fits, every odd i breaks it.
    private static string TinyUNet(int height, int width, string cat) => $$"""
        using ConvShape;

        [Network(3, {{height}}, {{width}})]
        public partial class TinyUNet
        {
            [Conv2d(3, 16, 3, Padding = 1)] public object? enc1;
            [MaxPool2d(2)] public object? down;
            [Conv2d(16, 32, 3, Padding = 1)] public object? enc2;
            [ConvTranspose2d(32, 16, 2, Stride = 2)] public object? up;
            {{cat}}
        }
        """;

    [Fact]
    public Task Concat_UNetLevelAt64_FitsButWarnsThatOddSizesBreakIt()
    {
        // At 64: 64 → 32 → 64, the Concat fits (no CSA2004). Searched 64 − 32 = 32 to 64 + 32 = 96: the 33 even sizes
        // 32, 34, …, 96 fit (the first 8 are listed, then "25 more"). Both axes say the same, so one sentence.
        return Verify.VerifyAsync(
            TinyUNet(64, 64, "[{|#0:Concat(nameof(enc1), nameof(up))|}] public object? cat;"),
            Verify.Diagnostic("CSA3003").WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithMessage(
                "cat: Height and Width: fits at the declared size 64, but not at every input size: of 32 to 96 only 32, 34, 36, 38, 40, 42, 44, 46 and 25 more fit. "
                + "A fully convolutional network run at another size would fail there; document the sizes it takes, or make the branches agree for every size"));
    }

    [Fact]
    public Task Concat_UNetLevelAt64By48_OneDiagnosticNamingEachAxis()
    {
        // Height as above; Width 48: searched 16 to 80, the 33 even sizes 16 … 80 fit.
        return Verify.VerifyAsync(
            TinyUNet(64, 48, "[{|#0:Concat(nameof(enc1), nameof(up))|}] public object? cat;"),
            Verify.Diagnostic("CSA3003").WithLocation(0).WithMessage(
                "cat: Height: fits at the declared size 64, but not at every input size: of 32 to 96 only 32, 34, 36, 38, 40, 42, 44, 46 and 25 more fit; "
                + "Width: fits at the declared size 48, but not at every input size: of 16 to 80 only 16, 18, 20, 22, 24, 26, 28, 30 and 25 more fit. "
                + "A fully convolutional network run at another size would fail there; document the sizes it takes, or make the branches agree for every size"));
    }

    [Fact]
    public Task Concat_UNetLevelCropped_NoDiagnostic()
    {
        // Cropping enc1 (i) to up (2⌊i/2⌋ ≤ i) makes the Concat fit at every size.
        return Verify.VerifyAsync(TinyUNet(64, 64, """
            [CenterCrop(nameof(up), From = nameof(enc1))] public object? crop;
                [Concat(nameof(crop), nameof(up))] public object? cat;
            """));
    }

    [Fact]
    public Task Add_BranchesWithTheSameArithmetic_NoDiagnostic()
    {
        // Both branches ⌊(i + 2·1 − 3)/2⌋ + 1 = ⌊(i − 1)/2⌋ + 1 at every i (and i ≥ 1): nothing size-dependent.
        return Verify.VerifyAsync("""
            using ConvShape;

            [Network(8, 64, 64)]
            public partial class Net
            {
                [Conv2d(8, 8, 3, Stride = 2, Padding = 1)] public object? a;
                [Conv2d(8, 8, 3, Stride = 2, Padding = 1, From = Network.Input)] public object? b;
                [Add(nameof(a), nameof(b))] public object? sum;
            }
            """);
    }
}
