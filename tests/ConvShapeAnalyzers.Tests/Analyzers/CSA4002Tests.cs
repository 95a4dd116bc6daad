using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>CSA4002 (info): a "same" padding whose total is odd pads one side more; reported at the Padding value.</summary>
public class CSA4002Tests
{
    private static string Net(int size, string conv) => $$"""
        using ConvShape;

        [Network(3, {{size}}, {{size}})]
        public partial class Net
        {
            [{{conv}}] public object? conv;
        }
        """;

    [Fact]
    public Task Conv_EvenKernelWithPadSame_InfoAtPadding() =>
        // Pad.Same: total d(k − 1) = 1·(4 − 1) = 3, pl = ⌊3/2⌋ = 1, pr = 2; o = ⌊(32 + 1 + 2 − 4)/1⌋ + 1 = 32. Both axes alike.
        Verify.VerifyAsync(
            Net(32, "Conv2d(3, 8, 4, Padding = {|#0:Pad.Same|})"),
            Verify.Diagnostic("CSA4002").WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithMessage(
                "conv: Height and Width: Padding = Pad.Same with kernel 4 pads 1 before and 2 after: the total 3 is odd, so one side gets more "
                + "(the end, as PyTorch and TensorFlow); frameworks that pad symmetrically will shift the output by one. An odd kernel pads both sides alike"));

    [Fact]
    public Task Conv_OddKernelWithPadSame_NoDiagnostic() =>
        // total 1·(3 − 1) = 2: 1 before, 1 after.
        Verify.VerifyAsync(Net(32, "Conv2d(3, 8, 3, Padding = Pad.Same)"));

    [Fact]
    public Task Conv_EvenKernelDilated2WithPadSame_NoDiagnostic() =>
        // total 2·(4 − 1) = 6: 3 before, 3 after (k̂ = 7).
        Verify.VerifyAsync(Net(32, "Conv2d(3, 8, 4, Dilation = 2, Padding = Pad.Same)"));

    [Fact]
    public Task Conv_EvenKernelOnOneAxisOnly_NamesThatAxis() =>
        // Height k = 4: total 3 (1 + 2); Width k = 3: total 2 (1 + 1), symmetric.
        Verify.VerifyAsync(
            Net(32, "Conv2d(3, 8, new[] { 4, 3 }, Padding = {|#0:Pad.Same|})"),
            Verify.Diagnostic("CSA4002").WithLocation(0).WithMessage(
                "conv: Height: Padding = Pad.Same with kernel 4 pads 1 before and 2 after: the total 3 is odd, so one side gets more "
                + "(the end, as PyTorch and TensorFlow); frameworks that pad symmetrically will shift the output by one. An odd kernel pads both sides alike"));

    [Fact]
    public Task Conv_OddKernelStride2WithPadSameLower_InfoSaysTheTotalDependsOnTheInput() =>
        // SameLower, k = 3, s = 2, i = 224: o = ⌈224/2⌉ = 112, total max((112 − 1)·2 + 3 − 224, 0) = 1, pl = ⌈1/2⌉ = 1, pr = 0.
        // o = ⌊(224 + 1 + 0 − 3)/2⌋ + 1 = 112, r = 222 mod 2 = 0. The kernel is already odd: with a stride the parity of the
        // total depends on i (at 225: (113 − 1)·2 + 3 − 225 = 2, symmetric).
        Verify.VerifyAsync(
            Net(224, "Conv2d(3, 8, 3, Stride = 2, Padding = {|#0:Pad.SameLower|})"),
            Verify.Diagnostic("CSA4002").WithLocation(0).WithMessage(
                "conv: Height and Width: Padding = Pad.SameLower with kernel 3 pads 1 before and 0 after: the total 1 is odd, so one side gets more "
                + "(the start, as ONNX SAME_LOWER); frameworks that pad symmetrically will shift the output by one. "
                + "With a stride above 1 the total (⌈i/s⌉ − 1)·s + k̂ − i depends on the input size; one that makes it even pads both sides alike"));

    [Fact]
    public Task Conv_OddKernelStride2WithPadSameUpperOn225_NoDiagnostic() =>
        // o = ⌈225/2⌉ = 113, total (113 − 1)·2 + 3 − 225 = 2: 1 and 1.
        Verify.VerifyAsync(Net(225, "Conv2d(3, 8, 3, Stride = 2, Padding = Pad.SameUpper)"));
}
