using ConvShape;

namespace Samples.Networks;

/// <summary>
/// ResNet-20 for CIFAR-10 (He et al. 2016, section 4.2, n = 3): a 3×3 convolution to 16 channels, three stages of three
/// basic blocks at 16, 32 and 64 channels on 32×32, 16×16 and 8×8, global average pooling and 10 classes. 269,722
/// parameters. Its shortcuts are the paper's option A: where a stage halves the size and doubles the channels, the
/// shortcut takes every second row and column (<c>x[:, :, ::2, ::2]</c>, a 1×1 window with stride 2) and zero-pads the
/// channels, half before and half after (<c>F.pad(x, (0, 0, 0, 0, 8, 8))</c>: ZeroPad's third pair pads the channels),
/// so the blocks add no parameters for them. ReLU has no shape and is left out. Layer names follow the module paths of
/// the PyTorch model in tests/fixtures/generate-torchvision-networks.py.
/// </summary>
[Network(3, 32, 32)]
public partial class ResNet20Cifar
{
    [Conv2d(3, 16, 3, Padding = 1, Bias = false)]               public object? conv1;                         // 16×32×32
    [BatchNorm2d(16)]                                           public object? bn1;

    // layer1: 16×32×32
    [Conv2d(16, 16, 3, Padding = 1, Bias = false)]              public object? layer1_0_conv1;
    [BatchNorm2d(16)]                                           public object? layer1_0_bn1;
    [Conv2d(16, 16, 3, Padding = 1, Bias = false)]              public object? layer1_0_conv2;
    [BatchNorm2d(16)]                                           public object? layer1_0_bn2;
    [Identity(From = nameof(bn1))]                              public object? layer1_0_shortcut;
    [Add(nameof(layer1_0_bn2), nameof(layer1_0_shortcut))]      public object? layer1_0;

    [Conv2d(16, 16, 3, Padding = 1, Bias = false)]              public object? layer1_1_conv1;
    [BatchNorm2d(16)]                                           public object? layer1_1_bn1;
    [Conv2d(16, 16, 3, Padding = 1, Bias = false)]              public object? layer1_1_conv2;
    [BatchNorm2d(16)]                                           public object? layer1_1_bn2;
    [Identity(From = nameof(layer1_0))]                         public object? layer1_1_shortcut;
    [Add(nameof(layer1_1_bn2), nameof(layer1_1_shortcut))]      public object? layer1_1;

    [Conv2d(16, 16, 3, Padding = 1, Bias = false)]              public object? layer1_2_conv1;
    [BatchNorm2d(16)]                                           public object? layer1_2_bn1;
    [Conv2d(16, 16, 3, Padding = 1, Bias = false)]              public object? layer1_2_conv2;
    [BatchNorm2d(16)]                                           public object? layer1_2_bn2;
    [Identity(From = nameof(layer1_1))]                         public object? layer1_2_shortcut;
    [Add(nameof(layer1_2_bn2), nameof(layer1_2_shortcut))]      public object? layer1_2;

    // layer2: 32×16×16: the first block halves the size; its shortcut subsamples and zero-pads the channels
    [Conv2d(16, 32, 3, Stride = 2, Padding = 1, Bias = false)]  public object? layer2_0_conv1;
    [BatchNorm2d(32)]                                           public object? layer2_0_bn1;
    [Conv2d(32, 32, 3, Padding = 1, Bias = false)]              public object? layer2_0_conv2;
    [BatchNorm2d(32)]                                           public object? layer2_0_bn2;
    [MaxPool2d(1, Stride = 2, From = nameof(layer1_2))]         public object? layer2_0_shortcut_subsample;   // x[:, :, ::2, ::2]
    [ZeroPad2d(new[] { 0, 0, 0, 0, 8, 8 })]                     public object? layer2_0_shortcut;             // 8 + 16 + 8 = 32 channels
    [Add(nameof(layer2_0_bn2), nameof(layer2_0_shortcut))]      public object? layer2_0;

    [Conv2d(32, 32, 3, Padding = 1, Bias = false)]              public object? layer2_1_conv1;
    [BatchNorm2d(32)]                                           public object? layer2_1_bn1;
    [Conv2d(32, 32, 3, Padding = 1, Bias = false)]              public object? layer2_1_conv2;
    [BatchNorm2d(32)]                                           public object? layer2_1_bn2;
    [Identity(From = nameof(layer2_0))]                         public object? layer2_1_shortcut;
    [Add(nameof(layer2_1_bn2), nameof(layer2_1_shortcut))]      public object? layer2_1;

    [Conv2d(32, 32, 3, Padding = 1, Bias = false)]              public object? layer2_2_conv1;
    [BatchNorm2d(32)]                                           public object? layer2_2_bn1;
    [Conv2d(32, 32, 3, Padding = 1, Bias = false)]              public object? layer2_2_conv2;
    [BatchNorm2d(32)]                                           public object? layer2_2_bn2;
    [Identity(From = nameof(layer2_1))]                         public object? layer2_2_shortcut;
    [Add(nameof(layer2_2_bn2), nameof(layer2_2_shortcut))]      public object? layer2_2;

    // layer3: 64×8×8: the first block halves the size; its shortcut subsamples and zero-pads the channels
    [Conv2d(32, 64, 3, Stride = 2, Padding = 1, Bias = false)]  public object? layer3_0_conv1;
    [BatchNorm2d(64)]                                           public object? layer3_0_bn1;
    [Conv2d(64, 64, 3, Padding = 1, Bias = false)]              public object? layer3_0_conv2;
    [BatchNorm2d(64)]                                           public object? layer3_0_bn2;
    [MaxPool2d(1, Stride = 2, From = nameof(layer2_2))]         public object? layer3_0_shortcut_subsample;   // x[:, :, ::2, ::2]
    [ZeroPad2d(new[] { 0, 0, 0, 0, 16, 16 })]                   public object? layer3_0_shortcut;             // 16 + 32 + 16 = 64 channels
    [Add(nameof(layer3_0_bn2), nameof(layer3_0_shortcut))]      public object? layer3_0;

    [Conv2d(64, 64, 3, Padding = 1, Bias = false)]              public object? layer3_1_conv1;
    [BatchNorm2d(64)]                                           public object? layer3_1_bn1;
    [Conv2d(64, 64, 3, Padding = 1, Bias = false)]              public object? layer3_1_conv2;
    [BatchNorm2d(64)]                                           public object? layer3_1_bn2;
    [Identity(From = nameof(layer3_0))]                         public object? layer3_1_shortcut;
    [Add(nameof(layer3_1_bn2), nameof(layer3_1_shortcut))]      public object? layer3_1;

    [Conv2d(64, 64, 3, Padding = 1, Bias = false)]              public object? layer3_2_conv1;
    [BatchNorm2d(64)]                                           public object? layer3_2_bn1;
    [Conv2d(64, 64, 3, Padding = 1, Bias = false)]              public object? layer3_2_conv2;
    [BatchNorm2d(64)]                                           public object? layer3_2_bn2;
    [Identity(From = nameof(layer3_1))]                         public object? layer3_2_shortcut;
    [Add(nameof(layer3_2_bn2), nameof(layer3_2_shortcut))]      public object? layer3_2;

    [AdaptiveAvgPool2d(1)]                                      public object? pool;                          // 64×1×1
    [Flatten]                                                   public object? flatten;
    [Linear(64, 10)]                                            public object? linear;
}
