using ConvShape;

namespace Samples.Networks;

/// <summary>
/// The U-Net as most PyTorch implementations write it: the same five levels and channels as the original, but
/// 3×3 convolutions with padding 1 (same size), so no crops are needed and a 1×256×256 image gives a 2×256×256
/// segmentation map. Its concatenations fit only when every max pooling halves exactly, i.e. at input sizes that
/// are multiples of 2⁴ = 16 (CSA3003, kept on purpose: see Networks.csproj).
/// </summary>
[Network(1, 256, 256)]
public partial class UNetSame
{
    // contracting path
    [Conv2d(1, 64, 3, Padding = 1)]       public object? enc1a;   // 64×256×256
    [Conv2d(64, 64, 3, Padding = 1)]      public object? enc1b;
    [MaxPool2d(2)]                        public object? pool1;   // 64×128×128
    [Conv2d(64, 128, 3, Padding = 1)]     public object? enc2a;
    [Conv2d(128, 128, 3, Padding = 1)]    public object? enc2b;   // 128×128×128
    [MaxPool2d(2)]                        public object? pool2;   // 128×64×64
    [Conv2d(128, 256, 3, Padding = 1)]    public object? enc3a;
    [Conv2d(256, 256, 3, Padding = 1)]    public object? enc3b;   // 256×64×64
    [MaxPool2d(2)]                        public object? pool3;   // 256×32×32
    [Conv2d(256, 512, 3, Padding = 1)]    public object? enc4a;
    [Conv2d(512, 512, 3, Padding = 1)]    public object? enc4b;   // 512×32×32
    [MaxPool2d(2)]                        public object? pool4;   // 512×16×16
    [Conv2d(512, 1024, 3, Padding = 1)]   public object? enc5a;
    [Conv2d(1024, 1024, 3, Padding = 1)]  public object? enc5b;   // 1024×16×16

    // expansive path
    [ConvTranspose2d(1024, 512, 2, Stride = 2)]  public object? up4;     // 512×32×32
    [Concat(nameof(enc4b), nameof(up4))]         public object? cat4;    // 1024×32×32
    [Conv2d(1024, 512, 3, Padding = 1)]          public object? dec4a;
    [Conv2d(512, 512, 3, Padding = 1)]           public object? dec4b;   // 512×32×32

    [ConvTranspose2d(512, 256, 2, Stride = 2)]   public object? up3;     // 256×64×64
    [Concat(nameof(enc3b), nameof(up3))]         public object? cat3;    // 512×64×64
    [Conv2d(512, 256, 3, Padding = 1)]           public object? dec3a;
    [Conv2d(256, 256, 3, Padding = 1)]           public object? dec3b;   // 256×64×64

    [ConvTranspose2d(256, 128, 2, Stride = 2)]   public object? up2;     // 128×128×128
    [Concat(nameof(enc2b), nameof(up2))]         public object? cat2;    // 256×128×128
    [Conv2d(256, 128, 3, Padding = 1)]           public object? dec2a;
    [Conv2d(128, 128, 3, Padding = 1)]           public object? dec2b;   // 128×128×128

    [ConvTranspose2d(128, 64, 2, Stride = 2)]    public object? up1;     // 64×256×256
    [Concat(nameof(enc1b), nameof(up1))]         public object? cat1;    // 128×256×256
    [Conv2d(128, 64, 3, Padding = 1)]            public object? dec1a;
    [Conv2d(64, 64, 3, Padding = 1)]             public object? dec1b;   // 64×256×256

    [Conv2d(64, 2, 1)]                           public object? head;    // 2×256×256
}
