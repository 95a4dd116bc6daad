using ConvShape;

namespace Samples.Networks;

/// <summary>
/// The original U-Net (Ronneberger, Fischer and Brox 2015, Fig. 1): a 1×572×572 tile, unpadded ("valid") 3×3
/// convolutions, 2×2 max pooling, 2×2 up-convolutions halving the channels, the encoder's feature map center-cropped
/// to the up-convolution's size and concatenated with it, and a final 1×1 convolution to 2 classes: a 2×388×388
/// segmentation map. ReLU has no shape and is left out.
/// </summary>
[Network(1, 572, 572)]
public partial class UNet
{
    // contracting path
    [Conv2d(1, 64, 3)]       public object? enc1a;   // 64×570×570
    [Conv2d(64, 64, 3)]      public object? enc1b;   // 64×568×568
    [MaxPool2d(2)]           public object? pool1;   // 64×284×284
    [Conv2d(64, 128, 3)]     public object? enc2a;   // 128×282×282
    [Conv2d(128, 128, 3)]    public object? enc2b;   // 128×280×280
    [MaxPool2d(2)]           public object? pool2;   // 128×140×140
    [Conv2d(128, 256, 3)]    public object? enc3a;   // 256×138×138
    [Conv2d(256, 256, 3)]    public object? enc3b;   // 256×136×136
    [MaxPool2d(2)]           public object? pool3;   // 256×68×68
    [Conv2d(256, 512, 3)]    public object? enc4a;   // 512×66×66
    [Conv2d(512, 512, 3)]    public object? enc4b;   // 512×64×64
    [MaxPool2d(2)]           public object? pool4;   // 512×32×32
    [Conv2d(512, 1024, 3)]   public object? enc5a;   // 1024×30×30
    [Conv2d(1024, 1024, 3)]  public object? enc5b;   // 1024×28×28

    // expansive path
    [ConvTranspose2d(1024, 512, 2, Stride = 2)]      public object? up4;     // 512×56×56
    [CenterCrop(nameof(up4), From = nameof(enc4b))]  public object? crop4;   // 512×56×56 (64 → 56)
    [Concat(nameof(crop4), nameof(up4))]             public object? cat4;    // 1024×56×56
    [Conv2d(1024, 512, 3)]                           public object? dec4a;   // 512×54×54
    [Conv2d(512, 512, 3)]                            public object? dec4b;   // 512×52×52

    [ConvTranspose2d(512, 256, 2, Stride = 2)]       public object? up3;     // 256×104×104
    [CenterCrop(nameof(up3), From = nameof(enc3b))]  public object? crop3;   // 256×104×104 (136 → 104)
    [Concat(nameof(crop3), nameof(up3))]             public object? cat3;    // 512×104×104
    [Conv2d(512, 256, 3)]                            public object? dec3a;   // 256×102×102
    [Conv2d(256, 256, 3)]                            public object? dec3b;   // 256×100×100

    [ConvTranspose2d(256, 128, 2, Stride = 2)]       public object? up2;     // 128×200×200
    [CenterCrop(nameof(up2), From = nameof(enc2b))]  public object? crop2;   // 128×200×200 (280 → 200)
    [Concat(nameof(crop2), nameof(up2))]             public object? cat2;    // 256×200×200
    [Conv2d(256, 128, 3)]                            public object? dec2a;   // 128×198×198
    [Conv2d(128, 128, 3)]                            public object? dec2b;   // 128×196×196

    [ConvTranspose2d(128, 64, 2, Stride = 2)]        public object? up1;     // 64×392×392
    [CenterCrop(nameof(up1), From = nameof(enc1b))]  public object? crop1;   // 64×392×392 (568 → 392)
    [Concat(nameof(crop1), nameof(up1))]             public object? cat1;    // 128×392×392
    [Conv2d(128, 64, 3)]                             public object? dec1a;   // 64×390×390
    [Conv2d(64, 64, 3)]                              public object? dec1b;   // 64×388×388

    [Conv2d(64, 2, 1)]                               public object? head;    // 2×388×388
}
