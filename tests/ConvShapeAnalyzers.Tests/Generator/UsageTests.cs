using System.Linq;
using ConvShapeAnalyzers.Tests.Harness;
using Xunit;
using static ConvShapeAnalyzers.Tests.Generator.GeneratedConstants;

namespace ConvShapeAnalyzers.Tests.Generator;

/// <summary>The constants are real compile-time constants: user code that needs one compiles (the harness fails on any error).</summary>
public class UsageTests
{
    [Fact]
    public void Constants_WorkAsArraySizesConstantArgumentsAndSwitchCases()
    {
        GeneratorRun run = Generate("""
            using ConvShape;
            namespace App;
            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Padding = 1)] public object? conv1;
                [MaxPool2d(2)] public object? pool1;
                [Flatten] public object? flat;
                [Linear(16 * 16 * 16, 10)] public object? fc;
            }

            public static class User
            {
                private const int Rows = Net.Shapes.pool1.Height;                   // a const initialiser
                public static float[] Buffer() => new float[Net.Shapes.flat.Features];
                [System.ComponentModel.DefaultValue(Net.Shapes.conv1.Channels)]     // an attribute argument
                public static int Describe(int size) => size switch
                {
                    Net.Shapes.Input.Height => 1,                                  // switch cases
                    Net.Shapes.pool1.Width => 2,
                    _ => Rows,
                };
                public static long Cost => Net.Shapes.conv1.MultiplyAdds + Net.Shapes.fc.Parameters;
                public static string Table => Net.Shapes.Summary;
                public static int Out => Net.Shapes.Output.Features;
            }
            """);
        run.AssertConstants("App.Net+Shapes+Output", ("Features", 10));
    }

    [Fact]
    public void NestedGenericRecordAndStructNetworks_AllGetShapes()
    {
        GeneratorRun run = Generate("""
            using ConvShape;
            public partial class Outer<T>
            {
                [Network(1, 8)]
                internal partial record struct Signal
                {
                    [Conv1d(1, 4, 3)] public object? conv { get; set; }
                }
            }
            [Network(1, 8, 8)]
            partial record Image { [MaxPool2d(2)] public object? pool; }
            [Network(1, 8, 8)]
            partial struct Frame { [Identity] public static object? id; }
            """);
        run.AssertConstants("Outer`1+Signal+Shapes+conv", ("Channels", 4), ("Length", 6));
        run.AssertConstants("Image+Shapes+pool", ("Height", 4));
        run.AssertConstants("Frame+Shapes+id", ("Height", 8));
    }

    [Fact]
    public void LayerOnAnAutoPropertysBackingField_IsTheProperty()
    {
        // [field: ...] puts the attribute on the compiler's hidden field; the layer is the property the user declared.
        GeneratorRun run = Generate("""
            using ConvShape;
            [Network(3, 8, 8)]
            public partial class Net
            {
                [field: Conv2d(3, 4, 3)] public object? Conv { get; set; }
                [MaxPool2d(2)] public object? pool;
            }
            """);
        run.AssertConstants("Net+Shapes+Conv", ("Channels", 4), ("Height", 6));
        run.AssertConstants("Net+Shapes+pool", ("Height", 3));
    }

    /// <summary>
    /// The names a layer may not take (CSA1009) must cover every constant the generator writes into a layer's class, or a
    /// layer named like one would give a class with a member of its own name (CS0542).
    /// </summary>
    [Fact]
    public void EveryGeneratedLayerConstant_IsAReservedLayerName()
    {
        GeneratorRun run = Generate("""
            using ConvShape;
            [Network(4, 16, 16)]
            public partial class AllKinds
            {
                [Conv2d(4, 8, new[] { 3, 1 }, Stride = new[] { 2, 1 }, Padding = Pad.SameUpper, Dilation = new[] { 1, 2 }, Groups = 2)] public object? conv;
                [ConvTranspose2d(8, 8, 2, Stride = 2, OutputPadding = new[] { 1, 0 })] public object? up;
                [MaxPool2d(2, CeilMode = true)] public object? maxPool;
                [AvgPool2d(new[] { 2, 1 })] public object? avgPool;
                [ZeroPad2d(new[] { 1, 2, 3, 4 })] public object? pad;
                [BatchNorm2d(8)] public object? norm;
                [AdaptiveAvgPool2d(4)] public object? adaptive;
                [Upsample(ScaleFactor = new[] { 2.0, 1.0 })] public object? upsample;
                [Identity] public object? same;
                [CenterCrop(nameof(adaptive))] public object? crop;
                [Concat(nameof(crop), nameof(adaptive))] public object? cat;
                [Add(nameof(cat), nameof(cat))] public object? sum;
                [Flatten] public object? flat;
                [BatchNorm1d(256)] public object? flatNorm;
                [Linear(256, 10)] public object? fc;
            }
            """);
        var layers = run.OutputCompilation.GetTypeByMetadataName("AllKinds+Shapes")!.GetTypeMembers()
            .Where(t => t.Name is not ("Input" or "Output")).ToList();
        Assert.Equal(15, layers.Count);
        foreach (var constant in layers.SelectMany(t => t.GetMembers().OfType<Microsoft.CodeAnalysis.IFieldSymbol>()))
            Assert.True(ConvShapeAnalyzers.Core.GeneratedNames.IsLayerMember(constant.Name), constant.ContainingType.Name + "." + constant.Name + " is not reserved");
    }
}
