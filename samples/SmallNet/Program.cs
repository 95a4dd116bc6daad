using System;
using ConvShape;

namespace Samples;

[Network(3, 32, 32)]                 // input: channels, then height and width
public partial class SmallNet
{
    [Conv2d(3, 16, 3, Padding = 1)]              public object? conv1;
    [MaxPool2d(2)]                                public object? pool1;
    [Conv2d(16, 32, 3, Stride = 2, Padding = 1)]  public object? conv2;
    [Flatten]                                     public object? flat;
    [Linear(32 * 8 * 8, 10)]                      public object? fc;
}

// A stride remainder: on 224 rows a 3×3 kernel with stride 2 and no padding never reads the last row (CSA3001,
// a warning shown by the build). The sample keeps it to show the diagnostic; Padding = 1 would make it exact.
[Network(3, 224, 224)]
public partial class Stem
{
    [Conv2d(3, 32, 3, Stride = 2)] public object? conv1;
}

public static class Program
{
    public static void Main()
    {
        // Constants, computed by the generator: usable as array sizes, constant arguments and switch cases.
        float[] features = new float[SmallNet.Shapes.flat.Features];
        const int rows = SmallNet.Shapes.conv2.Height;
        Console.WriteLine($"conv2 output: {SmallNet.Shapes.conv2.Channels}×{rows}×{SmallNet.Shapes.conv2.Width}; flat features: {features.Length}");
        Console.WriteLine();
        Console.WriteLine(SmallNet.Shapes.Summary);
        Console.WriteLine();
        Console.WriteLine(Stem.Shapes.Summary);
    }
}
