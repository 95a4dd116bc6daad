using System.Threading.Tasks;
using Xunit;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>
/// CSA1001: a hyper-parameter out of range (kernel, stride, dilation, channels, groups &lt; 1; padding &lt; 0; scale ≤ 0),
/// a value of the wrong type or count, a padding mode the layer does not take, or a network input below 1.
/// Each message is worked out by hand from HyperParameters, ConstantReader, ResizeRules and NetworkAnalyzer.
/// </summary>
public class CSA1001Tests
{
    [Fact]
    public async Task Conv_StrideZero_Errors()
    {
        // Expand(Stride, min 1): the scalar 0 broadcasts to (0, 0); 0 < 1.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Stride = {|#0:0|})] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("conv: Stride = 0 is out of range: 0 is below 1; Stride must be at least 1"));
    }

    [Fact]
    public async Task Conv_DilationZeroOnOneAxis_ErrorsAtTheDilation()
    {
        // Expand(Dilation, min 1): (2, 0) has a value 0 < 1; PyTorch refuses it ("dilation should be greater than zero").
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Padding = 1, Dilation = {|#0:new[] { 2, 0 }|})] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("conv: Dilation = new[] { 2, 0 } is out of range: 0 is below 1; Dilation must be at least 1"));
    }

    [Fact]
    public async Task Conv_StrideOne_IsFine()
    {
        // o = ⌊(32 + 2·0 − 3)/1⌋ + 1 = 30, nothing dropped at stride 1.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Stride = 1)] public object? conv;
            }
            """);
    }

    [Fact]
    public async Task Conv_OnePerAxisStrideBelowOne_ErrorsWithTheArray()
    {
        // new[] { 1, 0 } has one value per axis; the first value below 1 is 0.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Stride = {|#0:new[] { 1, 0 }|})] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("conv: Stride = new[] { 1, 0 } is out of range: 0 is below 1; Stride must be at least 1"));
    }

    [Fact]
    public async Task Conv_NegativePadding_Errors()
    {
        // Padding is expanded with minimum 0: −1 < 0.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Padding = {|#0:-1|})] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("conv: Padding = -1 is out of range: -1 is below 0; Padding must be at least 0"));
    }

    [Fact]
    public async Task Conv_ZeroPadding_IsFine()
    {
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Padding = 0)] public object? conv;
            }
            """);
    }

    [Fact]
    public async Task Conv2d_ThreeStrides_ErrorsOnTheCount()
    {
        // Conv2d has 2 axes; 3 values are neither one nor one per axis.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Stride = {|#0:new[] { 1, 2, 3 }|})] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("conv: Stride has 3 values; Conv2d takes one, or one per axis (Height, Width)"));
    }

    [Fact]
    public async Task Conv2d_TwoStrides_IsFine()
    {
        // Height: ⌊(32 + 2·1 − 3)/1⌋ + 1 = 32. Width: ⌊(32 + 2·1 − 3)/2⌋ + 1 = 16, r = 31 mod 2 = 1 ≤ pr = 1: nothing dropped.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Stride = new[] { 1, 2 }, Padding = 1)] public object? conv;
            }
            """);
    }

    [Fact]
    public async Task Conv2d_ThreeKernelSizes_ErrorsOnTheKernelArgument()
    {
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, {|#0:new[] { 3, 3, 3 }|})] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("conv: kernelSize has 3 values; Conv2d takes one, or one per axis (Height, Width)"));
    }

    [Fact]
    public async Task Conv_StrideAsString_ErrorsShowingTheString()
    {
        // A string compiles (Stride is object) but is no size; the message shows what was written, "2", not the number 2.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Stride = {|#0:"2"|})] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("conv: Stride = \"2\" has the wrong type; give an int, or an int[] with one per axis"));
    }

    [Fact]
    public async Task Conv_PaddingAsDouble_ErrorsAndMentionsPadModes()
    {
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Padding = {|#0:1.5|})] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("conv: Padding = 1.5 has the wrong type; give an int, or an int[] with one per axis, or a Pad mode"));
    }

    [Fact]
    public async Task AdaptiveAvgPool1d_NullSize_ErrorsAsPyTorchRefusesNone()
    {
        // PyTorch 1.13: AdaptiveAvgPool1d((None,)) "argument 'output_size' (position 2) must be tuple of ints, not tuple".
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32)]
            public partial class Net
            {
                [AdaptiveAvgPool1d({|#0:new object?[] { null }|})] public object? pool;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("pool: outputSize = new object[] { null } holds null, which keeps an axis's input size (PyTorch's None) only in 2-D and 3-D adaptive pooling; give the size, or use Identity"));
    }

    [Fact]
    public async Task AdaptiveMaxPool3d_NullInTwoValues_ErrorsOnTheCount()
    {
        // PyTorch 1.13: AdaptiveMaxPool3d((None, 4)) "adaptive_max_pool3d(): internal error: output_size.size() must be 3".
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 8, 32, 32)]
            public partial class Net
            {
                [AdaptiveMaxPool3d({|#0:new object?[] { null, 4 }|})] public object? pool;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("pool: outputSize = new object[] { null, 4 } holds null, which keeps an axis's input size (PyTorch's None) only with one value per axis: give 3 values"));
    }

    [Fact]
    public async Task AdaptiveAvgPool2d_NullForEveryAxis_ErrorsAsPyTorchRefusesIt()
    {
        // PyTorch 1.13: AdaptiveAvgPool2d(None) "object of type 'NoneType' has no len()"; None goes inside a tuple.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [AdaptiveAvgPool2d({|#0:null!|})] public object? pool;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("pool: outputSize = null has the wrong type; give an int, or an int[] with one per axis"));
    }

    [Fact]
    public async Task AdaptiveAvgPool2d_NullBesideZero_ErrorsShowingTheNull()
    {
        // The kept axis reads as null in the message, as written, not as a number the user never wrote.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [AdaptiveAvgPool2d({|#0:new object?[] { null, 0 }|})] public object? pool;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("pool: outputSize = new object[] { null, 0 } is out of range: 0 is below 1; outputSize must be at least 1"));
    }

    [Fact]
    public async Task AdaptiveAvgPool2d_NullInOnePerAxis_IsFine()
    {
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [AdaptiveAvgPool2d(new object?[] { null, 1 })] public object? pool;
            }
            """);
    }

    [Fact]
    public async Task Conv_EmptyStrideArray_Errors()
    {
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Stride = {|#0:new int[0]|})] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("conv: Stride is an empty array; give one number, or one per axis"));
    }

    [Fact]
    public async Task Conv_PadEnumOutOfRange_Errors()
    {
        // Pad has the values 1 (Valid) to 5 (Full); 9 is none of them.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Padding = {|#0:(Pad)9|})] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("conv: Padding = (Pad)9 is not a padding mode; use Pad.Valid, Pad.Same, Pad.SameUpper, Pad.SameLower or Pad.Full"));
    }

    [Fact]
    public async Task Conv_PadValid_IsFine()
    {
        // Pad.Valid: p = 0, o = 32 − 3 + 1 = 30 (Relationship 1).
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Padding = Pad.Valid)] public object? conv;
            }
            """);
    }

    [Fact]
    public async Task Conv_PadModeAsStride_Errors()
    {
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Stride = {|#0:Pad.Same|})] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("conv: Stride = Pad.Same is a padding mode; Stride takes a number or one number per axis"));
    }

    [Fact]
    public async Task ConvTranspose_PadSame_IsNotAvailable()
    {
        // Transposed convolutions take Pad.Valid or numbers only.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(8, 16, 16)]
            public partial class Net
            {
                [ConvTranspose2d(8, 4, 3, Padding = {|#0:Pad.Same|})] public object? up;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("up: Padding = Pad.Same is not available for ConvTranspose2d; it takes Pad.Valid, numbers"));
    }

    [Fact]
    public async Task MaxPool_PadSame_IsNotAvailable()
    {
        // Poolings take Pad.Valid, Pad.SameUpper, Pad.SameLower or numbers.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [MaxPool2d(2, Padding = {|#0:Pad.Same|})] public object? pool;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("pool: Padding = Pad.Same is not available for MaxPool2d; it takes Pad.Valid, Pad.SameUpper, Pad.SameLower, numbers"));
    }

    [Fact]
    public async Task MaxPool_KernelZero_Errors()
    {
        // kernelSize must be at least 1; the stride (defaulting to the kernel) is not reported a second time.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [MaxPool2d({|#0:0|})] public object? pool;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("pool: kernelSize = 0 is out of range: 0 is below 1; kernelSize must be at least 1"));
    }

    [Fact]
    public async Task Conv_GroupsZero_ErrorsWithoutCrashing()
    {
        // groups < 1 is CSA1001; the parameter count divides by groups, so the layer must stop there.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Groups = {|#0:0|})] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("conv: groups = 0 is out of range: it must be at least 1"));
    }

    [Fact]
    public async Task Conv_InChannelsZero_ErrorsOnce()
    {
        // in_channels = 0 is out of range; it is not also reported as a channel mismatch (CSA2001) or a count overflow.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d({|#0:0|}, 16, 3)] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("conv: in_channels = 0 is out of range: it must be at least 1"));
    }

    [Fact]
    public async Task Conv_NegativeOutChannels_ErrorsOnce()
    {
        // A negative count would otherwise make the parameter count "overflow" (Checked treats negatives as overflowed).
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, {|#0:-16|}, 3)] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("conv: out_channels = -16 is out of range: it must be at least 1"));
    }

    [Fact]
    public async Task Upsample_ScaleFactorAndSize_Errors()
    {
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [{|#0:Upsample(ScaleFactor = 2, Size = 64)|}] public object? up;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("up: Upsample takes exactly one of ScaleFactor and Size, not both (as PyTorch's nn.Upsample)"));
    }

    [Fact]
    public async Task Upsample_NeitherScaleFactorNorSize_Errors()
    {
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [{|#0:Upsample|}] public object? up;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("up: Upsample takes exactly one of ScaleFactor and Size (as PyTorch's nn.Upsample)"));
    }

    [Fact]
    public async Task Upsample_ScaleFactorOnly_IsFine()
    {
        // o = ⌊32 · 2⌋ = 64.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Upsample(ScaleFactor = 2)] public object? up;
            }
            """);
    }

    [Fact]
    public async Task Upsample_ScaleFactorZero_Errors()
    {
        // N(0.0) with the "R" format is "0".
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Upsample(ScaleFactor = {|#0:0|})] public object? up;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("up: ScaleFactor = 0 is out of range: a scale must be a finite number above 0"));
    }

    [Fact]
    public async Task Upsample_ScaleFactorAsString_ErrorsShowingTheString()
    {
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Upsample(ScaleFactor = {|#0:"2"|})] public object? up;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("up: ScaleFactor = \"2\" has the wrong type; give a number, or a double[] with one per axis"));
    }

    [Fact]
    public async Task Add_OfNoLayer_ErrorsWithoutCrashing()
    {
        // An empty Add once reached the join rule with no input and threw (AD0001, and the generator lost every file).
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 8, 3, Padding = 1)] public object? a;
                [{|#0:Add()|}] public object? sum;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("sum: Add needs at least two layers to combine, but names 0 layers"));
    }

    [Fact]
    public async Task Padding_UserEnumNamedPad_ErrorsAsWrongType()
    {
        // Only ConvShape.Pad is a padding mode; the user's own enum Pad must not pass for Pad.Full.
        await Verify.VerifyAsync("""
            using ConvShape;

            namespace App
            {
                public enum Pad { Same = 5 }

                [Network(3, 32, 32)]
                public partial class Net
                {
                    [Conv2d(3, 8, 3, Padding = {|#0:App.Pad.Same|})] public object? a;
                }
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("a: Padding = App.Pad.Same has the wrong type; give an int, or an int[] with one per axis, or a Pad mode"));
    }

    [Fact]
    public async Task Concat_OfOneLayer_Errors()
    {
        // Concat needs two sources; the finding points at the first (and only) name.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 8, 3, Padding = 1)] public object? a;
                [Concat({|#0:nameof(a)|})] public object? cat;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("cat: Concat needs at least two layers to combine, but names 1 layer"));
    }

    [Fact]
    public async Task Network_InputSizeZero_Errors()
    {
        // TensorShape(3, [0, 32]) prints as 3×0×32; the finding points at the value below 1, the height.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, {|#0:0|}, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3)] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("the input 3×0×32 of Net has a size below 1; declare it as [Network(channels, size, ...)] with every value at least 1"));
    }

    [Fact]
    public async Task Network_ChannelsZeroAndWidthNegative_PointsAtTheFirstValueBelowOne()
    {
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network({|#0:0|}, 8, 32, -1)]
            public partial class Net
            {
                [Conv3d(1, 16, 3)] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("the input 0×8×32×-1 of Net has a size below 1; declare it as [Network(channels, size, ...)] with every value at least 1"));
    }

    [Fact]
    public async Task Network_InputBelowOneWrittenByName_PointsAtThatArgument()
    {
        // Named arguments need not follow the constructor's order: width is the third parameter, written first.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(width: {|#0:0|}, height: 32, channels: 3)]
            public partial class Net
            {
                [Conv2d(3, 16, 3)] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("the input 3×32×0 of Net has a size below 1; declare it as [Network(channels, size, ...)] with every value at least 1"));
    }

    [Fact]
    public async Task Network_InputBelowOneAfterAPositionalArgument_PointsAtTheNamedOne()
    {
        // channels by position, the rest by name: depth (the second parameter) is written last.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(1, width: 32, height: 32, depth: {|#0:0|})]
            public partial class Net
            {
                [Conv3d(1, 16, 3)] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1001").WithLocation(0)
                .WithMessage("the input 1×0×32×32 of Net has a size below 1; declare it as [Network(channels, size, ...)] with every value at least 1"));
    }

    [Fact]
    public async Task Network_InputJustLargeEnough_IsFine()
    {
        // Height: o = 3 − 3 + 1 = 1; Width: 32 − 3 + 1 = 30.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 3, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3)] public object? conv;
            }
            """);
    }
}
