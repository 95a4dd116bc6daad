using System;

namespace Samples.TorchSharpMnist;

public static class Program
{
    /// <summary>
    /// Prints the network's shapes, known at compile time. With <c>--run</c> it also builds the TorchSharp module and runs
    /// a batch through it, which needs libtorch (add the TorchSharp-cpu package; README, "With TorchSharp").
    /// </summary>
    public static void Main(string[] args)
    {
        Console.WriteLine(MnistNet.Shapes.Summary);
        if (Array.IndexOf(args, "--run") < 0)
            return;
        using var net = new MnistNet();
        using var images = TorchSharp.torch.zeros(MnistNet.InputShape(64));
        using var scores = net.forward(images);
        Console.WriteLine($"{string.Join("×", images.shape)} → {string.Join("×", scores.shape)} (generated: {MnistNet.Shapes.Output.Features} features)");
    }
}
