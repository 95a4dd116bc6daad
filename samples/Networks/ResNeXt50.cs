using ConvShape;

namespace Samples.Networks;

/// <summary>
/// ResNeXt-50 32×4d (Xie et al. 2017) as torchvision's <c>resnext50_32x4d</c>: ResNet-50's layout (a 7×7/2 stem with max
/// pooling, four stages of 3, 4, 6 and 3 bottleneck blocks, a 1×1 convolution + BatchNorm2d shortcut in each stage's first
/// block, global average pooling and one fully connected layer), with each bottleneck's 3×3 convolution split into 32
/// groups (<c>Groups = 32</c>: of 4 channels in the first stage, 8, 16 and 32 in the others) and the bottlenecks twice
/// as wide as ResNet-50's, so the cost stays about the same. 25,028,904 parameters. ReLU has no shape and is left out.
/// Layer names follow torchvision's module paths (<c>layer2.0.conv2</c> → <c>layer2_0_conv2</c>; a block's output is its
/// Add, <c>layer2_0</c>).
/// </summary>
[Network(3, 224, 224)]
public partial class ResNeXt50
{
    // stem
    [Conv2d(3, 64, 7, Stride = 2, Padding = 3, Bias = false)]                   public object? conv1;   // 64×112×112
    [BatchNorm2d(64)]                                                           public object? bn1;
    [MaxPool2d(3, Stride = 2, Padding = 1)]                                     public object? maxpool;   // 64×56×56

    // layer1: 256×56×56, bottlenecks of width 128 in 32 groups
    [Conv2d(64, 128, 1, Bias = false)]                                          public object? layer1_0_conv1;
    [BatchNorm2d(128)]                                                          public object? layer1_0_bn1;
    [Conv2d(128, 128, 3, Padding = 1, Groups = 32, Bias = false)]               public object? layer1_0_conv2;
    [BatchNorm2d(128)]                                                          public object? layer1_0_bn2;
    [Conv2d(128, 256, 1, Bias = false)]                                         public object? layer1_0_conv3;
    [BatchNorm2d(256)]                                                          public object? layer1_0_bn3;
    [Conv2d(64, 256, 1, Bias = false, From = nameof(maxpool))]                  public object? layer1_0_downsample_0;
    [BatchNorm2d(256)]                                                          public object? layer1_0_downsample_1;
    [Add(nameof(layer1_0_bn3), nameof(layer1_0_downsample_1))]                  public object? layer1_0;

    [Conv2d(256, 128, 1, Bias = false)]                                         public object? layer1_1_conv1;
    [BatchNorm2d(128)]                                                          public object? layer1_1_bn1;
    [Conv2d(128, 128, 3, Padding = 1, Groups = 32, Bias = false)]               public object? layer1_1_conv2;
    [BatchNorm2d(128)]                                                          public object? layer1_1_bn2;
    [Conv2d(128, 256, 1, Bias = false)]                                         public object? layer1_1_conv3;
    [BatchNorm2d(256)]                                                          public object? layer1_1_bn3;
    [Add(nameof(layer1_1_bn3), nameof(layer1_0))]                               public object? layer1_1;

    [Conv2d(256, 128, 1, Bias = false)]                                         public object? layer1_2_conv1;
    [BatchNorm2d(128)]                                                          public object? layer1_2_bn1;
    [Conv2d(128, 128, 3, Padding = 1, Groups = 32, Bias = false)]               public object? layer1_2_conv2;
    [BatchNorm2d(128)]                                                          public object? layer1_2_bn2;
    [Conv2d(128, 256, 1, Bias = false)]                                         public object? layer1_2_conv3;
    [BatchNorm2d(256)]                                                          public object? layer1_2_bn3;
    [Add(nameof(layer1_2_bn3), nameof(layer1_1))]                               public object? layer1_2;

    // layer2: 512×28×28, bottlenecks of width 256 in 32 groups
    [Conv2d(256, 256, 1, Bias = false)]                                         public object? layer2_0_conv1;
    [BatchNorm2d(256)]                                                          public object? layer2_0_bn1;
    [Conv2d(256, 256, 3, Stride = 2, Padding = 1, Groups = 32, Bias = false)]   public object? layer2_0_conv2;
    [BatchNorm2d(256)]                                                          public object? layer2_0_bn2;
    [Conv2d(256, 512, 1, Bias = false)]                                         public object? layer2_0_conv3;
    [BatchNorm2d(512)]                                                          public object? layer2_0_bn3;
    [Conv2d(256, 512, 1, Stride = 2, Bias = false, From = nameof(layer1_2))]    public object? layer2_0_downsample_0;
    [BatchNorm2d(512)]                                                          public object? layer2_0_downsample_1;
    [Add(nameof(layer2_0_bn3), nameof(layer2_0_downsample_1))]                  public object? layer2_0;

    [Conv2d(512, 256, 1, Bias = false)]                                         public object? layer2_1_conv1;
    [BatchNorm2d(256)]                                                          public object? layer2_1_bn1;
    [Conv2d(256, 256, 3, Padding = 1, Groups = 32, Bias = false)]               public object? layer2_1_conv2;
    [BatchNorm2d(256)]                                                          public object? layer2_1_bn2;
    [Conv2d(256, 512, 1, Bias = false)]                                         public object? layer2_1_conv3;
    [BatchNorm2d(512)]                                                          public object? layer2_1_bn3;
    [Add(nameof(layer2_1_bn3), nameof(layer2_0))]                               public object? layer2_1;

    [Conv2d(512, 256, 1, Bias = false)]                                         public object? layer2_2_conv1;
    [BatchNorm2d(256)]                                                          public object? layer2_2_bn1;
    [Conv2d(256, 256, 3, Padding = 1, Groups = 32, Bias = false)]               public object? layer2_2_conv2;
    [BatchNorm2d(256)]                                                          public object? layer2_2_bn2;
    [Conv2d(256, 512, 1, Bias = false)]                                         public object? layer2_2_conv3;
    [BatchNorm2d(512)]                                                          public object? layer2_2_bn3;
    [Add(nameof(layer2_2_bn3), nameof(layer2_1))]                               public object? layer2_2;

    [Conv2d(512, 256, 1, Bias = false)]                                         public object? layer2_3_conv1;
    [BatchNorm2d(256)]                                                          public object? layer2_3_bn1;
    [Conv2d(256, 256, 3, Padding = 1, Groups = 32, Bias = false)]               public object? layer2_3_conv2;
    [BatchNorm2d(256)]                                                          public object? layer2_3_bn2;
    [Conv2d(256, 512, 1, Bias = false)]                                         public object? layer2_3_conv3;
    [BatchNorm2d(512)]                                                          public object? layer2_3_bn3;
    [Add(nameof(layer2_3_bn3), nameof(layer2_2))]                               public object? layer2_3;

    // layer3: 1024×14×14, bottlenecks of width 512 in 32 groups
    [Conv2d(512, 512, 1, Bias = false)]                                         public object? layer3_0_conv1;
    [BatchNorm2d(512)]                                                          public object? layer3_0_bn1;
    [Conv2d(512, 512, 3, Stride = 2, Padding = 1, Groups = 32, Bias = false)]   public object? layer3_0_conv2;
    [BatchNorm2d(512)]                                                          public object? layer3_0_bn2;
    [Conv2d(512, 1024, 1, Bias = false)]                                        public object? layer3_0_conv3;
    [BatchNorm2d(1024)]                                                         public object? layer3_0_bn3;
    [Conv2d(512, 1024, 1, Stride = 2, Bias = false, From = nameof(layer2_3))]   public object? layer3_0_downsample_0;
    [BatchNorm2d(1024)]                                                         public object? layer3_0_downsample_1;
    [Add(nameof(layer3_0_bn3), nameof(layer3_0_downsample_1))]                  public object? layer3_0;

    [Conv2d(1024, 512, 1, Bias = false)]                                        public object? layer3_1_conv1;
    [BatchNorm2d(512)]                                                          public object? layer3_1_bn1;
    [Conv2d(512, 512, 3, Padding = 1, Groups = 32, Bias = false)]               public object? layer3_1_conv2;
    [BatchNorm2d(512)]                                                          public object? layer3_1_bn2;
    [Conv2d(512, 1024, 1, Bias = false)]                                        public object? layer3_1_conv3;
    [BatchNorm2d(1024)]                                                         public object? layer3_1_bn3;
    [Add(nameof(layer3_1_bn3), nameof(layer3_0))]                               public object? layer3_1;

    [Conv2d(1024, 512, 1, Bias = false)]                                        public object? layer3_2_conv1;
    [BatchNorm2d(512)]                                                          public object? layer3_2_bn1;
    [Conv2d(512, 512, 3, Padding = 1, Groups = 32, Bias = false)]               public object? layer3_2_conv2;
    [BatchNorm2d(512)]                                                          public object? layer3_2_bn2;
    [Conv2d(512, 1024, 1, Bias = false)]                                        public object? layer3_2_conv3;
    [BatchNorm2d(1024)]                                                         public object? layer3_2_bn3;
    [Add(nameof(layer3_2_bn3), nameof(layer3_1))]                               public object? layer3_2;

    [Conv2d(1024, 512, 1, Bias = false)]                                        public object? layer3_3_conv1;
    [BatchNorm2d(512)]                                                          public object? layer3_3_bn1;
    [Conv2d(512, 512, 3, Padding = 1, Groups = 32, Bias = false)]               public object? layer3_3_conv2;
    [BatchNorm2d(512)]                                                          public object? layer3_3_bn2;
    [Conv2d(512, 1024, 1, Bias = false)]                                        public object? layer3_3_conv3;
    [BatchNorm2d(1024)]                                                         public object? layer3_3_bn3;
    [Add(nameof(layer3_3_bn3), nameof(layer3_2))]                               public object? layer3_3;

    [Conv2d(1024, 512, 1, Bias = false)]                                        public object? layer3_4_conv1;
    [BatchNorm2d(512)]                                                          public object? layer3_4_bn1;
    [Conv2d(512, 512, 3, Padding = 1, Groups = 32, Bias = false)]               public object? layer3_4_conv2;
    [BatchNorm2d(512)]                                                          public object? layer3_4_bn2;
    [Conv2d(512, 1024, 1, Bias = false)]                                        public object? layer3_4_conv3;
    [BatchNorm2d(1024)]                                                         public object? layer3_4_bn3;
    [Add(nameof(layer3_4_bn3), nameof(layer3_3))]                               public object? layer3_4;

    [Conv2d(1024, 512, 1, Bias = false)]                                        public object? layer3_5_conv1;
    [BatchNorm2d(512)]                                                          public object? layer3_5_bn1;
    [Conv2d(512, 512, 3, Padding = 1, Groups = 32, Bias = false)]               public object? layer3_5_conv2;
    [BatchNorm2d(512)]                                                          public object? layer3_5_bn2;
    [Conv2d(512, 1024, 1, Bias = false)]                                        public object? layer3_5_conv3;
    [BatchNorm2d(1024)]                                                         public object? layer3_5_bn3;
    [Add(nameof(layer3_5_bn3), nameof(layer3_4))]                               public object? layer3_5;

    // layer4: 2048×7×7, bottlenecks of width 1024 in 32 groups
    [Conv2d(1024, 1024, 1, Bias = false)]                                       public object? layer4_0_conv1;
    [BatchNorm2d(1024)]                                                         public object? layer4_0_bn1;
    [Conv2d(1024, 1024, 3, Stride = 2, Padding = 1, Groups = 32, Bias = false)] public object? layer4_0_conv2;
    [BatchNorm2d(1024)]                                                         public object? layer4_0_bn2;
    [Conv2d(1024, 2048, 1, Bias = false)]                                       public object? layer4_0_conv3;
    [BatchNorm2d(2048)]                                                         public object? layer4_0_bn3;
    [Conv2d(1024, 2048, 1, Stride = 2, Bias = false, From = nameof(layer3_5))]  public object? layer4_0_downsample_0;
    [BatchNorm2d(2048)]                                                         public object? layer4_0_downsample_1;
    [Add(nameof(layer4_0_bn3), nameof(layer4_0_downsample_1))]                  public object? layer4_0;

    [Conv2d(2048, 1024, 1, Bias = false)]                                       public object? layer4_1_conv1;
    [BatchNorm2d(1024)]                                                         public object? layer4_1_bn1;
    [Conv2d(1024, 1024, 3, Padding = 1, Groups = 32, Bias = false)]             public object? layer4_1_conv2;
    [BatchNorm2d(1024)]                                                         public object? layer4_1_bn2;
    [Conv2d(1024, 2048, 1, Bias = false)]                                       public object? layer4_1_conv3;
    [BatchNorm2d(2048)]                                                         public object? layer4_1_bn3;
    [Add(nameof(layer4_1_bn3), nameof(layer4_0))]                               public object? layer4_1;

    [Conv2d(2048, 1024, 1, Bias = false)]                                       public object? layer4_2_conv1;
    [BatchNorm2d(1024)]                                                         public object? layer4_2_bn1;
    [Conv2d(1024, 1024, 3, Padding = 1, Groups = 32, Bias = false)]             public object? layer4_2_conv2;
    [BatchNorm2d(1024)]                                                         public object? layer4_2_bn2;
    [Conv2d(1024, 2048, 1, Bias = false)]                                       public object? layer4_2_conv3;
    [BatchNorm2d(2048)]                                                         public object? layer4_2_bn3;
    [Add(nameof(layer4_2_bn3), nameof(layer4_1))]                               public object? layer4_2;

    // head
    [AdaptiveAvgPool2d(1)]                                                      public object? avgpool;   // 2048×1×1
    [Flatten]                                                                   public object? flatten;   // 2048
    [Linear(2048, 1000)]                                                        public object? fc;
}
