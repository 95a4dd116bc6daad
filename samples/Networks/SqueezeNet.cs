using ConvShape;

namespace Samples.Networks;

/// <summary>
/// SqueezeNet 1.1 (Iandola et al. 2016) as torchvision's <c>squeezenet1_1</c>: a 3×3/2 stem, eight Fire modules (a 1×1
/// "squeeze" convolution feeding a 1×1 and a 3×3 "expand" convolution side by side, concatenated), ceil-mode max
/// pooling, and a 1×1 convolution to the 1000 classes averaged over the image. 1,235,496 parameters. ReLU and dropout
/// have no shape and are left out. Layer names follow torchvision's module paths (<c>features.3.squeeze</c> →
/// <c>features_3_squeeze</c>; a Fire module's output is the concatenation, <c>features_3</c>).
/// </summary>
[Network(3, 224, 224)]
public partial class SqueezeNet
{
    [Conv2d(3, 64, 3, Stride = 2)]                                          public object? features_0;   // 64×111×111
    [MaxPool2d(3, Stride = 2, CeilMode = true)]                             public object? features_2;   // 64×55×55

    // Fire 3: 64 channels, squeezed to 16, expanded to 64 + 64
    [Conv2d(64, 16, 1)]                                                     public object? features_3_squeeze;
    [Conv2d(16, 64, 1)]                                                     public object? features_3_expand1x1;
    [Conv2d(16, 64, 3, Padding = 1, From = nameof(features_3_squeeze))]     public object? features_3_expand3x3;
    [Concat(nameof(features_3_expand1x1), nameof(features_3_expand3x3))]    public object? features_3;

    // Fire 4: 128 channels, squeezed to 16, expanded to 64 + 64
    [Conv2d(128, 16, 1)]                                                    public object? features_4_squeeze;
    [Conv2d(16, 64, 1)]                                                     public object? features_4_expand1x1;
    [Conv2d(16, 64, 3, Padding = 1, From = nameof(features_4_squeeze))]     public object? features_4_expand3x3;
    [Concat(nameof(features_4_expand1x1), nameof(features_4_expand3x3))]    public object? features_4;

    [MaxPool2d(3, Stride = 2, CeilMode = true)]                             public object? features_5;   // 128×27×27

    // Fire 6: 128 channels, squeezed to 32, expanded to 128 + 128
    [Conv2d(128, 32, 1)]                                                    public object? features_6_squeeze;
    [Conv2d(32, 128, 1)]                                                    public object? features_6_expand1x1;
    [Conv2d(32, 128, 3, Padding = 1, From = nameof(features_6_squeeze))]    public object? features_6_expand3x3;
    [Concat(nameof(features_6_expand1x1), nameof(features_6_expand3x3))]    public object? features_6;

    // Fire 7: 256 channels, squeezed to 32, expanded to 128 + 128
    [Conv2d(256, 32, 1)]                                                    public object? features_7_squeeze;
    [Conv2d(32, 128, 1)]                                                    public object? features_7_expand1x1;
    [Conv2d(32, 128, 3, Padding = 1, From = nameof(features_7_squeeze))]    public object? features_7_expand3x3;
    [Concat(nameof(features_7_expand1x1), nameof(features_7_expand3x3))]    public object? features_7;

    [MaxPool2d(3, Stride = 2, CeilMode = true)]                             public object? features_8;   // 256×13×13

    // Fire 9: 256 channels, squeezed to 48, expanded to 192 + 192
    [Conv2d(256, 48, 1)]                                                    public object? features_9_squeeze;
    [Conv2d(48, 192, 1)]                                                    public object? features_9_expand1x1;
    [Conv2d(48, 192, 3, Padding = 1, From = nameof(features_9_squeeze))]    public object? features_9_expand3x3;
    [Concat(nameof(features_9_expand1x1), nameof(features_9_expand3x3))]    public object? features_9;

    // Fire 10: 384 channels, squeezed to 48, expanded to 192 + 192
    [Conv2d(384, 48, 1)]                                                    public object? features_10_squeeze;
    [Conv2d(48, 192, 1)]                                                    public object? features_10_expand1x1;
    [Conv2d(48, 192, 3, Padding = 1, From = nameof(features_10_squeeze))]   public object? features_10_expand3x3;
    [Concat(nameof(features_10_expand1x1), nameof(features_10_expand3x3))]  public object? features_10;

    // Fire 11: 384 channels, squeezed to 64, expanded to 256 + 256
    [Conv2d(384, 64, 1)]                                                    public object? features_11_squeeze;
    [Conv2d(64, 256, 1)]                                                    public object? features_11_expand1x1;
    [Conv2d(64, 256, 3, Padding = 1, From = nameof(features_11_squeeze))]   public object? features_11_expand3x3;
    [Concat(nameof(features_11_expand1x1), nameof(features_11_expand3x3))]  public object? features_11;

    // Fire 12: 512 channels, squeezed to 64, expanded to 256 + 256
    [Conv2d(512, 64, 1)]                                                    public object? features_12_squeeze;
    [Conv2d(64, 256, 1)]                                                    public object? features_12_expand1x1;
    [Conv2d(64, 256, 3, Padding = 1, From = nameof(features_12_squeeze))]   public object? features_12_expand3x3;
    [Concat(nameof(features_12_expand1x1), nameof(features_12_expand3x3))]  public object? features_12;

    // classifier: a 1×1 convolution to the classes, then the average over the 13×13 positions
    [Conv2d(512, 1000, 1)]                                                  public object? classifier_1;
    [AdaptiveAvgPool2d(1)]                                                  public object? classifier_3;
    [Flatten]                                                               public object? flatten;   // 1000
}
