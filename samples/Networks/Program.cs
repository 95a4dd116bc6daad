using System;

namespace Samples.Networks;

public static class Program
{
    public static void Main()
    {
        // Each Summary is a compile-time constant, headed by the network's name.
        string[] summaries =
        {
            LeNet5.Shapes.Summary,
            Vgg16.Shapes.Summary,
            ResNet18.Shapes.Summary,
            UNet.Shapes.Summary,
            UNetSame.Shapes.Summary,
            UNetBilinear.Shapes.Summary,
            CycleGanGenerator.Shapes.Summary,
            Autoencoder.Shapes.Summary,
            WaveNet.Shapes.Summary,
            C3D.Shapes.Summary,
            AlexNet.Shapes.Summary,
            SqueezeNet.Shapes.Summary,
            MobileNetV2.Shapes.Summary,
            ResNet50.Shapes.Summary,
            ResNeXt50.Shapes.Summary,
            GoogLeNet.Shapes.Summary,
            DenseNet121.Shapes.Summary,
            InceptionV3.Shapes.Summary,
            DeepLabV3.Shapes.Summary,
            R2Plus1D18.Shapes.Summary,
            ResNet20Cifar.Shapes.Summary,
        };
        Console.WriteLine(string.Join(Environment.NewLine + Environment.NewLine, summaries));
    }
}
