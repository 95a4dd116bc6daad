using ConvShape;

namespace Samples.Networks;

/// <summary>
/// DeepLabV3 (Chen et al. 2017) as torchvision's <c>deeplabv3_resnet50</c> without its auxiliary classifier, for the 21
/// classes of Pascal VOC: a ResNet-50 whose layer3 and layer4 trade their stride for dilation (2 and 4, so the features
/// stay at 28×28 for a 224×224 image), then atrous spatial pyramid pooling (a 1×1 convolution, three 3×3 convolutions
/// dilated 12, 24 and 36 with as much padding, and global average pooling upsampled back to 28×28, concatenated and
/// projected to 256 channels), a 3×3 convolution, a 1×1 convolution to the classes, and the upsampling to the input's
/// size that torchvision's forward does with <c>F.interpolate</c>. 39,638,869 parameters. ReLU and dropout have no shape
/// and are left out. Layer names follow torchvision's module paths (<c>classifier.0.convs.1.0</c> →
/// <c>classifier_0_convs_1_0</c>; a block's output is its Add, <c>backbone_layer3_0</c>). torchvision's ASPP pooling
/// upsamples to whatever size its input has; declared here with a fixed Size, its concatenation fits only at input
/// sizes 217 to 224, which CSA3003 says.
/// </summary>
[Network(3, 224, 224)]
public partial class DeepLabV3
{
    // backbone: torchvision's resnet50 without avgpool and fc
    [Conv2d(3, 64, 7, Stride = 2, Padding = 3, Bias = false)]                       public object? backbone_conv1;   // 64×112×112
    [BatchNorm2d(64)]                                                               public object? backbone_bn1;
    [MaxPool2d(3, Stride = 2, Padding = 1)]                                         public object? backbone_maxpool;   // 64×56×56

    // layer1: 256×56×56, bottlenecks of width 64
    [Conv2d(64, 64, 1, Bias = false)]                                               public object? backbone_layer1_0_conv1;
    [BatchNorm2d(64)]                                                               public object? backbone_layer1_0_bn1;
    [Conv2d(64, 64, 3, Padding = 1, Bias = false)]                                  public object? backbone_layer1_0_conv2;
    [BatchNorm2d(64)]                                                               public object? backbone_layer1_0_bn2;
    [Conv2d(64, 256, 1, Bias = false)]                                              public object? backbone_layer1_0_conv3;
    [BatchNorm2d(256)]                                                              public object? backbone_layer1_0_bn3;
    [Conv2d(64, 256, 1, Bias = false, From = nameof(backbone_maxpool))]             public object? backbone_layer1_0_downsample_0;
    [BatchNorm2d(256)]                                                              public object? backbone_layer1_0_downsample_1;
    [Add(nameof(backbone_layer1_0_bn3), nameof(backbone_layer1_0_downsample_1))]    public object? backbone_layer1_0;

    [Conv2d(256, 64, 1, Bias = false)]                                              public object? backbone_layer1_1_conv1;
    [BatchNorm2d(64)]                                                               public object? backbone_layer1_1_bn1;
    [Conv2d(64, 64, 3, Padding = 1, Bias = false)]                                  public object? backbone_layer1_1_conv2;
    [BatchNorm2d(64)]                                                               public object? backbone_layer1_1_bn2;
    [Conv2d(64, 256, 1, Bias = false)]                                              public object? backbone_layer1_1_conv3;
    [BatchNorm2d(256)]                                                              public object? backbone_layer1_1_bn3;
    [Add(nameof(backbone_layer1_1_bn3), nameof(backbone_layer1_0))]                 public object? backbone_layer1_1;

    [Conv2d(256, 64, 1, Bias = false)]                                              public object? backbone_layer1_2_conv1;
    [BatchNorm2d(64)]                                                               public object? backbone_layer1_2_bn1;
    [Conv2d(64, 64, 3, Padding = 1, Bias = false)]                                  public object? backbone_layer1_2_conv2;
    [BatchNorm2d(64)]                                                               public object? backbone_layer1_2_bn2;
    [Conv2d(64, 256, 1, Bias = false)]                                              public object? backbone_layer1_2_conv3;
    [BatchNorm2d(256)]                                                              public object? backbone_layer1_2_bn3;
    [Add(nameof(backbone_layer1_2_bn3), nameof(backbone_layer1_1))]                 public object? backbone_layer1_2;

    // layer2: 512×28×28, bottlenecks of width 128
    [Conv2d(256, 128, 1, Bias = false)]                                             public object? backbone_layer2_0_conv1;
    [BatchNorm2d(128)]                                                              public object? backbone_layer2_0_bn1;
    [Conv2d(128, 128, 3, Stride = 2, Padding = 1, Bias = false)]                    public object? backbone_layer2_0_conv2;
    [BatchNorm2d(128)]                                                              public object? backbone_layer2_0_bn2;
    [Conv2d(128, 512, 1, Bias = false)]                                             public object? backbone_layer2_0_conv3;
    [BatchNorm2d(512)]                                                              public object? backbone_layer2_0_bn3;
    [Conv2d(256, 512, 1, Stride = 2, Bias = false, From = nameof(backbone_layer1_2))] public object? backbone_layer2_0_downsample_0;
    [BatchNorm2d(512)]                                                              public object? backbone_layer2_0_downsample_1;
    [Add(nameof(backbone_layer2_0_bn3), nameof(backbone_layer2_0_downsample_1))]    public object? backbone_layer2_0;

    [Conv2d(512, 128, 1, Bias = false)]                                             public object? backbone_layer2_1_conv1;
    [BatchNorm2d(128)]                                                              public object? backbone_layer2_1_bn1;
    [Conv2d(128, 128, 3, Padding = 1, Bias = false)]                                public object? backbone_layer2_1_conv2;
    [BatchNorm2d(128)]                                                              public object? backbone_layer2_1_bn2;
    [Conv2d(128, 512, 1, Bias = false)]                                             public object? backbone_layer2_1_conv3;
    [BatchNorm2d(512)]                                                              public object? backbone_layer2_1_bn3;
    [Add(nameof(backbone_layer2_1_bn3), nameof(backbone_layer2_0))]                 public object? backbone_layer2_1;

    [Conv2d(512, 128, 1, Bias = false)]                                             public object? backbone_layer2_2_conv1;
    [BatchNorm2d(128)]                                                              public object? backbone_layer2_2_bn1;
    [Conv2d(128, 128, 3, Padding = 1, Bias = false)]                                public object? backbone_layer2_2_conv2;
    [BatchNorm2d(128)]                                                              public object? backbone_layer2_2_bn2;
    [Conv2d(128, 512, 1, Bias = false)]                                             public object? backbone_layer2_2_conv3;
    [BatchNorm2d(512)]                                                              public object? backbone_layer2_2_bn3;
    [Add(nameof(backbone_layer2_2_bn3), nameof(backbone_layer2_1))]                 public object? backbone_layer2_2;

    [Conv2d(512, 128, 1, Bias = false)]                                             public object? backbone_layer2_3_conv1;
    [BatchNorm2d(128)]                                                              public object? backbone_layer2_3_bn1;
    [Conv2d(128, 128, 3, Padding = 1, Bias = false)]                                public object? backbone_layer2_3_conv2;
    [BatchNorm2d(128)]                                                              public object? backbone_layer2_3_bn2;
    [Conv2d(128, 512, 1, Bias = false)]                                             public object? backbone_layer2_3_conv3;
    [BatchNorm2d(512)]                                                              public object? backbone_layer2_3_bn3;
    [Add(nameof(backbone_layer2_3_bn3), nameof(backbone_layer2_2))]                 public object? backbone_layer2_3;

    // layer3: 1024×28×28; its stride became dilation 2 (the first block keeps dilation 1)
    [Conv2d(512, 256, 1, Bias = false)]                                             public object? backbone_layer3_0_conv1;
    [BatchNorm2d(256)]                                                              public object? backbone_layer3_0_bn1;
    [Conv2d(256, 256, 3, Padding = 1, Bias = false)]                                public object? backbone_layer3_0_conv2;
    [BatchNorm2d(256)]                                                              public object? backbone_layer3_0_bn2;
    [Conv2d(256, 1024, 1, Bias = false)]                                            public object? backbone_layer3_0_conv3;
    [BatchNorm2d(1024)]                                                             public object? backbone_layer3_0_bn3;
    [Conv2d(512, 1024, 1, Bias = false, From = nameof(backbone_layer2_3))]          public object? backbone_layer3_0_downsample_0;
    [BatchNorm2d(1024)]                                                             public object? backbone_layer3_0_downsample_1;
    [Add(nameof(backbone_layer3_0_bn3), nameof(backbone_layer3_0_downsample_1))]    public object? backbone_layer3_0;

    [Conv2d(1024, 256, 1, Bias = false)]                                            public object? backbone_layer3_1_conv1;
    [BatchNorm2d(256)]                                                              public object? backbone_layer3_1_bn1;
    [Conv2d(256, 256, 3, Padding = 2, Dilation = 2, Bias = false)]                  public object? backbone_layer3_1_conv2;
    [BatchNorm2d(256)]                                                              public object? backbone_layer3_1_bn2;
    [Conv2d(256, 1024, 1, Bias = false)]                                            public object? backbone_layer3_1_conv3;
    [BatchNorm2d(1024)]                                                             public object? backbone_layer3_1_bn3;
    [Add(nameof(backbone_layer3_1_bn3), nameof(backbone_layer3_0))]                 public object? backbone_layer3_1;

    [Conv2d(1024, 256, 1, Bias = false)]                                            public object? backbone_layer3_2_conv1;
    [BatchNorm2d(256)]                                                              public object? backbone_layer3_2_bn1;
    [Conv2d(256, 256, 3, Padding = 2, Dilation = 2, Bias = false)]                  public object? backbone_layer3_2_conv2;
    [BatchNorm2d(256)]                                                              public object? backbone_layer3_2_bn2;
    [Conv2d(256, 1024, 1, Bias = false)]                                            public object? backbone_layer3_2_conv3;
    [BatchNorm2d(1024)]                                                             public object? backbone_layer3_2_bn3;
    [Add(nameof(backbone_layer3_2_bn3), nameof(backbone_layer3_1))]                 public object? backbone_layer3_2;

    [Conv2d(1024, 256, 1, Bias = false)]                                            public object? backbone_layer3_3_conv1;
    [BatchNorm2d(256)]                                                              public object? backbone_layer3_3_bn1;
    [Conv2d(256, 256, 3, Padding = 2, Dilation = 2, Bias = false)]                  public object? backbone_layer3_3_conv2;
    [BatchNorm2d(256)]                                                              public object? backbone_layer3_3_bn2;
    [Conv2d(256, 1024, 1, Bias = false)]                                            public object? backbone_layer3_3_conv3;
    [BatchNorm2d(1024)]                                                             public object? backbone_layer3_3_bn3;
    [Add(nameof(backbone_layer3_3_bn3), nameof(backbone_layer3_2))]                 public object? backbone_layer3_3;

    [Conv2d(1024, 256, 1, Bias = false)]                                            public object? backbone_layer3_4_conv1;
    [BatchNorm2d(256)]                                                              public object? backbone_layer3_4_bn1;
    [Conv2d(256, 256, 3, Padding = 2, Dilation = 2, Bias = false)]                  public object? backbone_layer3_4_conv2;
    [BatchNorm2d(256)]                                                              public object? backbone_layer3_4_bn2;
    [Conv2d(256, 1024, 1, Bias = false)]                                            public object? backbone_layer3_4_conv3;
    [BatchNorm2d(1024)]                                                             public object? backbone_layer3_4_bn3;
    [Add(nameof(backbone_layer3_4_bn3), nameof(backbone_layer3_3))]                 public object? backbone_layer3_4;

    [Conv2d(1024, 256, 1, Bias = false)]                                            public object? backbone_layer3_5_conv1;
    [BatchNorm2d(256)]                                                              public object? backbone_layer3_5_bn1;
    [Conv2d(256, 256, 3, Padding = 2, Dilation = 2, Bias = false)]                  public object? backbone_layer3_5_conv2;
    [BatchNorm2d(256)]                                                              public object? backbone_layer3_5_bn2;
    [Conv2d(256, 1024, 1, Bias = false)]                                            public object? backbone_layer3_5_conv3;
    [BatchNorm2d(1024)]                                                             public object? backbone_layer3_5_bn3;
    [Add(nameof(backbone_layer3_5_bn3), nameof(backbone_layer3_4))]                 public object? backbone_layer3_5;

    // layer4: 2048×28×28; its stride became dilation 4 (the first block keeps layer3's 2)
    [Conv2d(1024, 512, 1, Bias = false)]                                            public object? backbone_layer4_0_conv1;
    [BatchNorm2d(512)]                                                              public object? backbone_layer4_0_bn1;
    [Conv2d(512, 512, 3, Padding = 2, Dilation = 2, Bias = false)]                  public object? backbone_layer4_0_conv2;
    [BatchNorm2d(512)]                                                              public object? backbone_layer4_0_bn2;
    [Conv2d(512, 2048, 1, Bias = false)]                                            public object? backbone_layer4_0_conv3;
    [BatchNorm2d(2048)]                                                             public object? backbone_layer4_0_bn3;
    [Conv2d(1024, 2048, 1, Bias = false, From = nameof(backbone_layer3_5))]         public object? backbone_layer4_0_downsample_0;
    [BatchNorm2d(2048)]                                                             public object? backbone_layer4_0_downsample_1;
    [Add(nameof(backbone_layer4_0_bn3), nameof(backbone_layer4_0_downsample_1))]    public object? backbone_layer4_0;

    [Conv2d(2048, 512, 1, Bias = false)]                                            public object? backbone_layer4_1_conv1;
    [BatchNorm2d(512)]                                                              public object? backbone_layer4_1_bn1;
    [Conv2d(512, 512, 3, Padding = 4, Dilation = 4, Bias = false)]                  public object? backbone_layer4_1_conv2;
    [BatchNorm2d(512)]                                                              public object? backbone_layer4_1_bn2;
    [Conv2d(512, 2048, 1, Bias = false)]                                            public object? backbone_layer4_1_conv3;
    [BatchNorm2d(2048)]                                                             public object? backbone_layer4_1_bn3;
    [Add(nameof(backbone_layer4_1_bn3), nameof(backbone_layer4_0))]                 public object? backbone_layer4_1;

    [Conv2d(2048, 512, 1, Bias = false)]                                            public object? backbone_layer4_2_conv1;
    [BatchNorm2d(512)]                                                              public object? backbone_layer4_2_bn1;
    [Conv2d(512, 512, 3, Padding = 4, Dilation = 4, Bias = false)]                  public object? backbone_layer4_2_conv2;
    [BatchNorm2d(512)]                                                              public object? backbone_layer4_2_bn2;
    [Conv2d(512, 2048, 1, Bias = false)]                                            public object? backbone_layer4_2_conv3;
    [BatchNorm2d(2048)]                                                             public object? backbone_layer4_2_bn3;
    [Add(nameof(backbone_layer4_2_bn3), nameof(backbone_layer4_1))]                 public object? backbone_layer4_2;

    // classifier.0, ASPP: five branches on the backbone's output, concatenated, then projected
    [Conv2d(2048, 256, 1, Bias = false, From = nameof(backbone_layer4_2))]          public object? classifier_0_convs_0_0;
    [BatchNorm2d(256)]                                                              public object? classifier_0_convs_0_1;
    [Conv2d(2048, 256, 3, Padding = 12, Dilation = 12, Bias = false, From = nameof(backbone_layer4_2))] public object? classifier_0_convs_1_0;
    [BatchNorm2d(256)]                                                              public object? classifier_0_convs_1_1;
    [Conv2d(2048, 256, 3, Padding = 24, Dilation = 24, Bias = false, From = nameof(backbone_layer4_2))] public object? classifier_0_convs_2_0;
    [BatchNorm2d(256)]                                                              public object? classifier_0_convs_2_1;
    [Conv2d(2048, 256, 3, Padding = 36, Dilation = 36, Bias = false, From = nameof(backbone_layer4_2))] public object? classifier_0_convs_3_0;
    [BatchNorm2d(256)]                                                              public object? classifier_0_convs_3_1;
    [AdaptiveAvgPool2d(1, From = nameof(backbone_layer4_2))]                        public object? classifier_0_convs_4_0;   // 2048×1×1
    [Conv2d(2048, 256, 1, Bias = false)]                                            public object? classifier_0_convs_4_1;
    [BatchNorm2d(256)]                                                              public object? classifier_0_convs_4_2;
    [Upsample(Size = new[] { 28, 28 })]                                             public object? classifier_0_convs_4;   // ASPPPooling interpolates back to 28×28
    [Concat(nameof(classifier_0_convs_0_1), nameof(classifier_0_convs_1_1), nameof(classifier_0_convs_2_1),
            nameof(classifier_0_convs_3_1), nameof(classifier_0_convs_4))]          public object? classifier_0_concat;   // 1280×28×28
    [Conv2d(1280, 256, 1, Bias = false)]                                            public object? classifier_0_project_0;
    [BatchNorm2d(256)]                                                              public object? classifier_0_project_1;

    // classifier.1 to .4, then the upsampling DeepLabV3.forward does with F.interpolate
    [Conv2d(256, 256, 3, Padding = 1, Bias = false)]                                public object? classifier_1;
    [BatchNorm2d(256)]                                                              public object? classifier_2;
    [Conv2d(256, 21, 1)]                                                            public object? classifier_4;   // 21×28×28
    [Upsample(Size = new[] { 224, 224 })]                                           public object? upsample;   // 21×224×224
}
