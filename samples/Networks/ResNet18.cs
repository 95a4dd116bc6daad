using ConvShape;

namespace Samples.Networks;

/// <summary>
/// ResNet-18 (He et al. 2016) as torchvision's <c>resnet18</c>: a 7×7/2 stem with max pooling, four stages of two
/// BasicBlocks (two 3×3 convolutions without bias, each followed by BatchNorm2d, plus the residual Add), a strided
/// 1×1 convolution + BatchNorm2d shortcut in the first block of stages 2–4, global average pooling and one fully
/// connected layer. 11,689,512 parameters. ReLU has no shape and is left out. Layer names follow torchvision's
/// state-dict keys (<c>layer2.0.downsample.0</c> → <c>layer2_0_downsample_0</c>).
/// </summary>
[Network(3, 224, 224)]
public partial class ResNet18
{
    // stem
    [Conv2d(3, 64, 7, Stride = 2, Padding = 3, Bias = false)]  public object? conv1;     // 64×112×112
    [BatchNorm2d(64)]                                           public object? bn1;
    [MaxPool2d(3, Stride = 2, Padding = 1)]                     public object? maxpool;   // 64×56×56

    // layer1: 64×56×56
    [Conv2d(64, 64, 3, Padding = 1, Bias = false)]  public object? layer1_0_conv1;
    [BatchNorm2d(64)]                               public object? layer1_0_bn1;
    [Conv2d(64, 64, 3, Padding = 1, Bias = false)]  public object? layer1_0_conv2;
    [BatchNorm2d(64)]                               public object? layer1_0_bn2;
    [Add(nameof(layer1_0_bn2), nameof(maxpool))]    public object? layer1_0;

    [Conv2d(64, 64, 3, Padding = 1, Bias = false)]  public object? layer1_1_conv1;
    [BatchNorm2d(64)]                               public object? layer1_1_bn1;
    [Conv2d(64, 64, 3, Padding = 1, Bias = false)]  public object? layer1_1_conv2;
    [BatchNorm2d(64)]                               public object? layer1_1_bn2;
    [Add(nameof(layer1_1_bn2), nameof(layer1_0))]   public object? layer1_1;

    // layer2: 128×28×28
    [Conv2d(64, 128, 3, Stride = 2, Padding = 1, Bias = false)]          public object? layer2_0_conv1;
    [BatchNorm2d(128)]                                                    public object? layer2_0_bn1;
    [Conv2d(128, 128, 3, Padding = 1, Bias = false)]                      public object? layer2_0_conv2;
    [BatchNorm2d(128)]                                                    public object? layer2_0_bn2;
    [Conv2d(64, 128, 1, Stride = 2, Bias = false, From = nameof(layer1_1))] public object? layer2_0_downsample_0;
    [BatchNorm2d(128)]                                                    public object? layer2_0_downsample_1;
    [Add(nameof(layer2_0_bn2), nameof(layer2_0_downsample_1))]             public object? layer2_0;

    [Conv2d(128, 128, 3, Padding = 1, Bias = false)]  public object? layer2_1_conv1;
    [BatchNorm2d(128)]                                public object? layer2_1_bn1;
    [Conv2d(128, 128, 3, Padding = 1, Bias = false)]  public object? layer2_1_conv2;
    [BatchNorm2d(128)]                                public object? layer2_1_bn2;
    [Add(nameof(layer2_1_bn2), nameof(layer2_0))]     public object? layer2_1;

    // layer3: 256×14×14
    [Conv2d(128, 256, 3, Stride = 2, Padding = 1, Bias = false)]          public object? layer3_0_conv1;
    [BatchNorm2d(256)]                                                    public object? layer3_0_bn1;
    [Conv2d(256, 256, 3, Padding = 1, Bias = false)]                      public object? layer3_0_conv2;
    [BatchNorm2d(256)]                                                    public object? layer3_0_bn2;
    [Conv2d(128, 256, 1, Stride = 2, Bias = false, From = nameof(layer2_1))] public object? layer3_0_downsample_0;
    [BatchNorm2d(256)]                                                    public object? layer3_0_downsample_1;
    [Add(nameof(layer3_0_bn2), nameof(layer3_0_downsample_1))]             public object? layer3_0;

    [Conv2d(256, 256, 3, Padding = 1, Bias = false)]  public object? layer3_1_conv1;
    [BatchNorm2d(256)]                                public object? layer3_1_bn1;
    [Conv2d(256, 256, 3, Padding = 1, Bias = false)]  public object? layer3_1_conv2;
    [BatchNorm2d(256)]                                public object? layer3_1_bn2;
    [Add(nameof(layer3_1_bn2), nameof(layer3_0))]     public object? layer3_1;

    // layer4: 512×7×7
    [Conv2d(256, 512, 3, Stride = 2, Padding = 1, Bias = false)]          public object? layer4_0_conv1;
    [BatchNorm2d(512)]                                                    public object? layer4_0_bn1;
    [Conv2d(512, 512, 3, Padding = 1, Bias = false)]                      public object? layer4_0_conv2;
    [BatchNorm2d(512)]                                                    public object? layer4_0_bn2;
    [Conv2d(256, 512, 1, Stride = 2, Bias = false, From = nameof(layer3_1))] public object? layer4_0_downsample_0;
    [BatchNorm2d(512)]                                                    public object? layer4_0_downsample_1;
    [Add(nameof(layer4_0_bn2), nameof(layer4_0_downsample_1))]             public object? layer4_0;

    [Conv2d(512, 512, 3, Padding = 1, Bias = false)]  public object? layer4_1_conv1;
    [BatchNorm2d(512)]                                public object? layer4_1_bn1;
    [Conv2d(512, 512, 3, Padding = 1, Bias = false)]  public object? layer4_1_conv2;
    [BatchNorm2d(512)]                                public object? layer4_1_bn2;
    [Add(nameof(layer4_1_bn2), nameof(layer4_0))]     public object? layer4_1;

    // head
    [AdaptiveAvgPool2d(1)]   public object? avgpool;   // 512×1×1
    [Flatten]                public object? flat;      // 512
    [Linear(512, 1000)]      public object? fc;
}
