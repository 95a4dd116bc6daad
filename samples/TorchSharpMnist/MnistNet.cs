using ConvShape;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Samples.TorchSharpMnist;

/// <summary>
/// The network of PyTorch's MNIST example (pytorch/examples, mnist/main.py) as a TorchSharp module. Each layer is
/// declared once, by its attribute; the TorchSharp module is built from the generated constants. The Python example
/// writes fc1's 9216 inputs by hand; here the attribute's 64 * 12 * 12 is checked against the flattened shape (CSA2002),
/// and the module takes <c>Shapes.fc1.InFeatures</c>, so a change to a convolution moves every number with it.
/// Dropout has no shape and needs no attribute.
/// </summary>
[Network(1, 28, 28)]
public sealed partial class MnistNet : Module<Tensor, Tensor>
{
    [Conv2d(1, 32, 3)]
    private readonly Conv2d conv1 = Conv2d(Shapes.conv1.InChannels, Shapes.conv1.OutChannels, Shapes.conv1.Kernel);

    [Conv2d(32, 64, 3)]
    private readonly Conv2d conv2 = Conv2d(Shapes.conv2.InChannels, Shapes.conv2.OutChannels, Shapes.conv2.Kernel);

    [MaxPool2d(2)]
    private readonly MaxPool2d pool = MaxPool2d(Shapes.pool.Kernel);

    private readonly Dropout dropout1 = Dropout(0.25);

    [Flatten]
    private readonly Flatten flatten = Flatten();

    [Linear(64 * 12 * 12, 128)]
    private readonly Linear fc1 = Linear(Shapes.fc1.InFeatures, Shapes.fc1.OutFeatures);

    private readonly Dropout dropout2 = Dropout(0.5);

    [Linear(128, 10)]
    private readonly Linear fc2 = Linear(Shapes.fc2.InFeatures, Shapes.fc2.OutFeatures);

    public MnistNet() : base(nameof(MnistNet)) => RegisterComponents();

    public override Tensor forward(Tensor input)
    {
        Tensor x = functional.relu(conv1.forward(input));
        x = pool.forward(functional.relu(conv2.forward(x)));
        x = flatten.forward(dropout1.forward(x));
        x = dropout2.forward(functional.relu(fc1.forward(x)));
        return functional.log_softmax(fc2.forward(x), 1);
    }

    /// <summary>A batch of images of the shape the network was declared for: batch × 1 × 28 × 28.</summary>
    public static long[] InputShape(long batch) => new long[] { batch, Shapes.Input.Channels, Shapes.Input.Height, Shapes.Input.Width };
}
