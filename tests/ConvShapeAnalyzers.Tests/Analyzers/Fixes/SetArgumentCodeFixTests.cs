using System;
using System.Threading.Tasks;
using Xunit;
using Fix = ConvShapeAnalyzers.Tests.Harness.CodeFixVerifier;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers.Fixes;

/// <summary>
/// SetArgumentCodeFix for the rule without a file of its own here (CSA1006); the fixes of CSA2001, CSA2002, CSA3001 and
/// CSA3002 are tested in their rules' files.
/// </summary>
public class SetArgumentCodeFixTests
{
    private const string StrideTwoSame =
        "stem: Padding = Pad.Same needs stride 1, but Stride = 2; PyTorch refuses it (\"padding='same' is not supported for strided convolutions\"). "
        + "Pad.SameUpper gives o = ⌈i/s⌉ as TensorFlow and ONNX do";

    // Kernel 4, stride 1: total d(k − 1) = 3, pl = ⌊3/2⌋ = 1, pr = 2.
    private const string KernelFourSame =
        "conv1: Height and Width: Padding = Pad.Same with kernel 4 pads 1 before and 2 after: the total 3 is odd, so one side gets more "
        + "(the end, as PyTorch and TensorFlow); frameworks that pad symmetrically will shift the output by one. An odd kernel pads both sides alike";

    [Fact]
    public Task Fix_TwoRulesOnOneAttribute_BothWritten() =>
        // CSA2001: in_channels 1, the input has 3. CSA3001: o = ⌊(224 − 3)/2⌋ + 1 = 111, r = 221 mod 2 = 1 > pr = 0; Padding = 1
        // gives (224 + 2 − 3) mod 2 = 1 ≤ pr = 1. Both rewrite the one attribute; the second must write into the first's text
        // (Fix All goes by rule, as the IDE's does: one pass for each).
        Fix.VerifyFixAsync(
            Harness.VerifierOptions.Default,
            new[]
            {
                """
                using ConvShape;

                [Network(3, 224, 224)]
                public partial class Two
                {
                    [Conv2d({|#0:1|}, 8, 3, Stride = {|#1:2|})] public object? conv;
                }
                """,
            },
            new[]
            {
                """
                using ConvShape;

                [Network(3, 224, 224)]
                public partial class Two
                {
                    [Conv2d(3, 8, 3, Stride = 2, Padding = 1)] public object? conv;
                }
                """,
            },
            new[]
            {
                Verify.Diagnostic("CSA2001").WithLocation(0).WithMessage(
                    "conv: in_channels is 1 but the input 3×224×224 has 3 channels; PyTorch would fail with "
                    + "\"expected input to have 1 channels, but got 3 channels instead\". Set inChannels to 3"),
                Verify.Diagnostic("CSA3001").WithLocation(1).WithMessage(
                    "conv: Height and Width: o = ⌊(224 + 2·0 − 3)/2⌋ + 1 = 111 (Relationship 5); the stride remainder r = (224 + 2·0 − 3) mod 2 = 1 "
                    + "leaves the last input row and column never read. Padding = 1 makes it exact (o = 112), as are input sizes 223 and 225"),
            },
            Array.Empty<Harness.ExpectedDiagnostic>());

    [Fact]
    public Task Fix_PadSameWithStride2_WritesPadSameUpper_WhichThenPadsAsymmetrically() =>
        // After the fix: SameUpper, o = ⌈224/2⌉ = 112, total = max((112 − 1)·2 + 7 − 224, 0) = 5, pl = ⌊5/2⌋ = 2, pr = 3;
        // o = ⌊(224 + 2 + 3 − 7)/2⌋ + 1 = 112 with r = 222 mod 2 = 0. The odd total leaves the CSA4002 note (info) behind.
        Fix.VerifyFixAsync(
            Harness.VerifierOptions.Default,
            new[]
            {
                """
                using ConvShape;

                [Network(3, 224, 224)]
                public partial class Stem
                {
                    [Conv2d(3, 64, 7, Stride = 2, Padding = {|#0:Pad.Same|})] public object? stem;
                }
                """,
            },
            new[]
            {
                """
                using ConvShape;

                [Network(3, 224, 224)]
                public partial class Stem
                {
                    [Conv2d(3, 64, 7, Stride = 2, Padding = {|#0:Pad.SameUpper|})] public object? stem;
                }
                """,
            },
            new[]
            {
                Verify.Diagnostic("CSA1006").WithLocation(0).WithMessage(StrideTwoSame),
            },
            new[]
            {
                Verify.Diagnostic("CSA4002").WithLocation(0).WithMessage(
                    "stem: Height and Width: Padding = Pad.SameUpper with kernel 7 pads 2 before and 3 after: the total 5 is odd, so one side gets more "
                    + "(the end, as PyTorch and TensorFlow); frameworks that pad symmetrically will shift the output by one. "
                    + "With a stride above 1 the total (⌈i/s⌉ − 1)·s + k̂ − i depends on the input size; one that makes it even pads both sides alike"),
            });

    [Fact]
    public Task Fix_PadSameWithStride2On225_WritesPadSameUpper() =>
        // 225: o = ⌈225/2⌉ = 113, total (113 − 1)·2 + 7 − 225 = 6: 3 and 3, nothing left.
        Fix.VerifyFixAsync(
            """
            using ConvShape;

            [Network(3, 225, 225)]
            public partial class Stem
            {
                [Conv2d(3, 64, 7, Padding = {|#0:Pad.Same|}, Stride = 2)] public object? stem;
            }
            """,
            """
            using ConvShape;

            [Network(3, 225, 225)]
            public partial class Stem
            {
                [Conv2d(3, 64, 7, Padding = Pad.SameUpper, Stride = 2)] public object? stem;
            }
            """,
            Verify.Diagnostic("CSA1006").WithLocation(0).WithMessage(StrideTwoSame));

    [Fact]
    public Task Fix_TwoRulesInOneDocument_FixesEach() =>
        // conv: 1 channel declared, 3 come in (CSA2001 → 3). pool on conv's 8×31×31 (o = 33 − 3 + 1 = 31): ⌊(31 − 2)/2⌋ + 1 = 15,
        // r = 29 mod 2 = 1 > 0 on both axes (CSA3001 → Padding = 1: (31 + 2 − 2) mod 2 = 1 ≤ 1, o = ⌊31/2⌋ + 1 = 16; 30 and 32
        // are exact). conv's error does not stop the check of pool, which reads conv's 8×31×31 all the same.
        Fix.VerifyFixAsync(
            """
            using ConvShape;

            [Network(3, 33, 33)]
            public partial class Net
            {
                [Conv2d({|#0:1|}, 8, 3)] public object? conv;
                [{|#1:MaxPool2d(2)|}] public object? pool;
            }
            """,
            """
            using ConvShape;

            [Network(3, 33, 33)]
            public partial class Net
            {
                [Conv2d(3, 8, 3)] public object? conv;
                [MaxPool2d(2, Padding = 1)] public object? pool;
            }
            """,
            Verify.Diagnostic("CSA2001").WithLocation(0).WithMessage(
                "conv: in_channels is 1 but the input 3×33×33 has 3 channels; PyTorch would fail with "
                + "\"expected input to have 1 channels, but got 3 channels instead\". Set inChannels to 3"),
            Verify.Diagnostic("CSA3001").WithLocation(1).WithMessage(
                "pool: Height and Width: o = ⌊(31 + 2·0 − 2)/2⌋ + 1 = 15 (Relationship 7); the stride remainder r = (31 + 2·0 − 2) mod 2 = 1 "
                + "leaves the last input row and column never read. Padding = 1 makes it exact (o = 16), as are input sizes 30 and 32"));

    [Fact]
    public Task FixAll_TwoRulesAfterAFindingWithoutFix_FixesBoth() =>
        // conv1's even kernel with Pad.Same pads 1 and 2 (CSA4002, no fix) and comes first, so dotnet format asks Fix All
        // of CSA2001 and of CSA3001 with a null key. conv2 reads 8 channels, not 16 (CSA2001), and
        // ⌊(32 + 2·0 − 3)/2⌋ + 1 = 15 leaves r = 29 mod 2 = 1 row unread (CSA3001); Padding = 1: ⌊(32 + 2 − 3)/2⌋ + 1 = 16, r = 1 ≤ pr.
        Fix.VerifyFixAsync(
            Harness.VerifierOptions.Default,
            new[]
            {
                """
                using ConvShape;

                [Network(3, 32, 32)]
                public partial class Net
                {
                    [Conv2d(3, 8, 4, Padding = {|#0:Pad.Same|})] public object? conv1;
                    [Conv2d({|#1:16|}, 16, 3, Stride = {|#2:2|})] public object? conv2;
                }
                """,
            },
            new[]
            {
                """
                using ConvShape;

                [Network(3, 32, 32)]
                public partial class Net
                {
                    [Conv2d(3, 8, 4, Padding = {|#0:Pad.Same|})] public object? conv1;
                    [Conv2d(8, 16, 3, Stride = 2, Padding = 1)] public object? conv2;
                }
                """,
            },
            new[]
            {
                Verify.Diagnostic("CSA4002").WithLocation(0).WithMessage(KernelFourSame),
                Verify.Diagnostic("CSA2001").WithLocation(1).WithMessage(
                    "conv2: in_channels is 16 but the input 8×32×32 has 8 channels; PyTorch would fail with \"expected input to have 16 channels, but got 8 channels instead\". Set inChannels to 8"),
                Verify.Diagnostic("CSA3001").WithLocation(2).WithMessage(
                    "conv2: Height and Width: o = ⌊(32 + 2·0 − 3)/2⌋ + 1 = 15 (Relationship 5); the stride remainder r = (32 + 2·0 − 3) mod 2 = 1 leaves "
                    + "the last input row and column never read. Padding = 1 makes it exact (o = 16), as are input sizes 31 and 33"),
            },
            new[]
            {
                Verify.Diagnostic("CSA4002").WithLocation(0).WithMessage(KernelFourSame),
            });

    [Fact]
    public Task Fix_PadSameQualified_WritesSameUpperAsTheUserNamedPad() =>
        // Without `using ConvShape;`, Pad.SameUpper would not compile: the fix names Pad as the argument did.
        Fix.VerifyFixAsync(
            """
            [ConvShape.Network(3, 225, 225)]
            public partial class Stem
            {
                [ConvShape.Conv2d(3, 64, 7, Stride = 2, Padding = {|#0:ConvShape.Pad.Same|})] public object? stem;
            }
            """,
            """
            [ConvShape.Network(3, 225, 225)]
            public partial class Stem
            {
                [ConvShape.Conv2d(3, 64, 7, Stride = 2, Padding = ConvShape.Pad.SameUpper)] public object? stem;
            }
            """,
            Verify.Diagnostic("CSA1006").WithLocation(0).WithMessage(StrideTwoSame));

    [Theory]
    [InlineData("using P = ConvShape.Pad;", "P.Same", "P.SameUpper")]
    [InlineData("using static ConvShape.Pad;", "Same", "SameUpper")]
    public Task Fix_PadSameThroughAnAliasOrUsingStatic_WritesSameUpperTheSameWay(string directive, string same, string upper) =>
        Fix.VerifyFixAsync(
            directive + "\n" + Stem225(same, marked: true),
            directive + "\n" + Stem225(upper, marked: false),
            Verify.Diagnostic("CSA1006").WithLocation(0).WithMessage(StrideTwoSame));

    private static string Stem225(string padding, bool marked) =>
        "[ConvShape.Network(3, 225, 225)]\npublic partial class Stem\n{\n    [ConvShape.Conv2d(3, 64, 7, Stride = 2, Padding = "
        + (marked ? "{|#0:" + padding + "|}" : padding) + ")] public object? stem;\n}\n";

    [Theory]
    // conv reads 3 channels; bn reads conv's 8; fc reads 8·26·26 = 5,408 features (o = 28 − 3 + 1 = 26).
    [InlineData("[Conv2d(1, 8, 3)] public object? conv;", "Set inChannels to 3")]
    [InlineData("[Conv2d(outChannels: 8, inChannels: 1, kernelSize: 3)] public object? conv;", "Set inChannels to 3")]
    [InlineData("[Conv2d(3, 8, 3)] public object? conv; [BatchNorm2d(4)] public object? bn;", "Set numFeatures to 8")]
    [InlineData("[Conv2d(3, 8, 3)] public object? conv; [Flatten] public object? flat; [L(100, 10)] public object? fc;", "Set inFeatures to 5408")]
    public async Task Fix_Title_NamesTheParameterTheAttributeBindsTo(string layers, string title)
    {
        string source = "using ConvShape;\nusing L = ConvShape.LinearAttribute;\n[Network(3, 28, 28)]\npublic partial class Net\n{\n    " + layers + "\n}\n";
        var components = Harness.TestComponents.Default;
        using var workspace = new Microsoft.CodeAnalysis.AdhocWorkspace();
        var (solution, projectId, _) = Harness.TestWorkspace.Create(workspace, new[] { new Harness.TestSource("/0/Test0.cs", source) }, components, Harness.VerifierOptions.Default);
        var runner = new Harness.CodeFixRunner(components);
        var project = solution.GetProject(projectId)!;
        var offered = await runner.FirstOfferedFixAsync(project, await runner.FixableDiagnosticsAsync(project));
        Assert.Equal(title, offered?.Action.Title);
    }
}
