using System.Threading.Tasks;
using Xunit;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>CSA1003: groups must divide in_channels and out_channels (ConvolutionRules.CheckGroups; in_channels first).</summary>
public class CSA1003Tests
{
    [Fact]
    public async Task Conv_GroupsDoNotDivideInChannels_Errors()
    {
        // 6 mod 4 = 2 (8 mod 4 = 0 would be fine). Padding 1 keeps 16×16, so no other finding.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(6, 16, 16)]
            public partial class Net
            {
                [Conv2d(6, 8, 3, Padding = 1, Groups = {|#0:4|})] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1003").WithLocation(0)
                .WithMessage("conv: groups = 4 does not divide in_channels = 6 (6 mod 4 = 2); PyTorch refuses it (\"in_channels must be divisible by groups\"). Use a groups value that divides both channel counts"));
    }

    [Fact]
    public async Task Conv_GroupsDoNotDivideOutChannels_Errors()
    {
        // 8 mod 4 = 0, 6 mod 4 = 2.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(8, 16, 16)]
            public partial class Net
            {
                [Conv2d(8, 6, 3, Padding = 1, Groups = {|#0:4|})] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1003").WithLocation(0)
                .WithMessage("conv: groups = 4 does not divide out_channels = 6 (6 mod 4 = 2); PyTorch refuses it (\"out_channels must be divisible by groups\"). Use a groups value that divides both channel counts"));
    }

    [Fact]
    public async Task Conv_GroupsDivideNeither_ReportsInChannelsOnly()
    {
        // 6 mod 4 = 2 and 10 mod 4 = 2: one finding, for in_channels.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(6, 16, 16)]
            public partial class Net
            {
                [Conv2d(6, 10, 3, Padding = 1, Groups = {|#0:4|})] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1003").WithLocation(0)
                .WithMessage("conv: groups = 4 does not divide in_channels = 6 (6 mod 4 = 2); PyTorch refuses it (\"in_channels must be divisible by groups\"). Use a groups value that divides both channel counts"));
    }

    [Fact]
    public async Task ConvTranspose_GroupsDoNotDivideInChannels_Errors()
    {
        // 8 mod 3 = 2 (in_channels first).
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(8, 8, 8)]
            public partial class Net
            {
                [ConvTranspose2d(8, 6, 2, Stride = 2, Groups = {|#0:3|})] public object? up;
            }
            """,
            Verify.Diagnostic("CSA1003").WithLocation(0)
                .WithMessage("up: groups = 3 does not divide in_channels = 8 (8 mod 3 = 2); PyTorch refuses it (\"in_channels must be divisible by groups\"). Use a groups value that divides both channel counts"));
    }

    [Fact]
    public async Task Conv_GroupsDividingBoth_IsFine()
    {
        // 6 mod 2 = 0, 8 mod 2 = 0.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(6, 16, 16)]
            public partial class Net
            {
                [Conv2d(6, 8, 3, Padding = 1, Groups = 2)] public object? conv;
            }
            """);
    }

    [Fact]
    public async Task DepthwiseConv_GroupsEqualChannels_IsFine()
    {
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(32, 16, 16)]
            public partial class Net
            {
                [Conv2d(32, 32, 3, Padding = 1, Groups = 32)] public object? depthwise;
            }
            """);
    }
}
