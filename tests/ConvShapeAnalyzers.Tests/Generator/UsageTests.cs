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
}
