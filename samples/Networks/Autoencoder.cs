using ConvShape;

namespace Samples.Networks;

/// <summary>
/// A convolutional autoencoder for MNIST (1×28×28), the common PyTorch layout: two 3×3 convolutions with stride 2
/// and padding 1 (28 → 14 → 7) and a 7×7 convolution to a 64×1×1 code, then transposed convolutions mirroring them
/// in reverse order. A stride-2 transposed convolution on 7 gives (7 − 1)·2 − 2·1 + 3 = 13, not 14: it needs
/// OutputPadding = (14 + 2·1 − 3) mod 2 = 1 to restore its partner's input (Relationship 14), likewise 14 → 28.
/// </summary>
[Network(1, 28, 28)]
public partial class Autoencoder
{
    // encoder
    [Conv2d(1, 16, 3, Stride = 2, Padding = 1)]   public object? enc1;   // 16×14×14
    [Conv2d(16, 32, 3, Stride = 2, Padding = 1)]  public object? enc2;   // 32×7×7
    [Conv2d(32, 64, 7)]                           public object? enc3;   // 64×1×1: the code

    // decoder
    [ConvTranspose2d(64, 32, 7, Mirrors = nameof(enc3))]                                         public object? dec3;   // 32×7×7
    [ConvTranspose2d(32, 16, 3, Stride = 2, Padding = 1, OutputPadding = 1, Mirrors = nameof(enc2))]  public object? dec2;   // 16×14×14
    [ConvTranspose2d(16, 1, 3, Stride = 2, Padding = 1, OutputPadding = 1, Mirrors = nameof(enc1))]   public object? dec1;   // 1×28×28
}
