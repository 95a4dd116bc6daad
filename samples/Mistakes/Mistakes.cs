using ConvShape;

namespace Mistakes;

// 1. Linear's in_features copied from a tutorial with another input size: 32·8·8 features come in, not 32·7·7.
[Network(3, 32, 32)]
public partial class WrongInFeatures
{
    [Conv2d(3, 16, 3, Padding = 1)] public object? conv1;
    [MaxPool2d(2)] public object? pool1;
    [Conv2d(16, 32, 3, Padding = 1)] public object? conv2;
    [MaxPool2d(2)] public object? pool2;
    [Flatten] public object? flat;
    [Linear(32 * 7 * 7, 10)] public object? fc;
}

// 2. A channel break: conv2 expects 32 channels, conv1 gives 64.
[Network(3, 64, 64)]
public partial class ChannelBreak
{
    [Conv2d(3, 64, 3, Padding = 1)] public object? conv1;
    [Conv2d(32, 64, 3, Padding = 1)] public object? conv2;
}

// 3. A U-Net level on an odd input: pooling drops a row, so the upsampled decoder has one row fewer than the encoder.
[Network(1, 65, 64)]
public partial class OddUNet
{
    [Conv2d(1, 16, 3, Padding = 1)] public object? enc;
    [MaxPool2d(2)] public object? down;
    [Conv2d(16, 16, 3, Padding = 1)] public object? bottom;
    [ConvTranspose2d(16, 16, 2, Stride = 2)] public object? up;
    [Concat(nameof(enc), nameof(up))] public object? skip;
}

// 4. A decoder that does not give back the encoder's size: 31 rows where the encoder took 32... for input 63.
[Network(8, 63, 63)]
public partial class Autoencoder
{
    [Conv2d(8, 16, 3, Stride = 2, Padding = 1)] public object? down;
    [ConvTranspose2d(16, 8, 3, Stride = 2, Padding = 1, OutputPadding = 1, Mirrors = nameof(down))] public object? up;
}

// 5. An input too small for the depth: five 2×2 poolings of a 16×16 image.
[Network(3, 16, 16)]
public partial class TooDeep
{
    [MaxPool2d(2)] public object? p1;
    [MaxPool2d(2)] public object? p2;
    [MaxPool2d(2)] public object? p3;
    [MaxPool2d(2)] public object? p4;
    [MaxPool2d(2)] public object? p5;
}

// 6. PyTorch's padding="same" with stride 2: PyTorch refuses it.
[Network(3, 224, 224)]
public partial class SameStrided
{
    [Conv2d(3, 64, 7, Stride = 2, Padding = Pad.Same)] public object? stem;
}
