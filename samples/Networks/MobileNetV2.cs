using ConvShape;

namespace Samples.Networks;

/// <summary>
/// MobileNetV2 (Sandler et al. 2018) as torchvision's <c>mobilenet_v2</c>: a 3×3/2 stem, seventeen inverted residual
/// blocks (a 1×1 expansion, a 3×3 depthwise convolution with as many groups as channels, a linear 1×1 projection, each
/// followed by BatchNorm2d; the input added back where stride is 1 and the channels stay), a 1×1 convolution to 1280
/// channels, global average pooling and one fully connected layer. 3,504,872 parameters. ReLU6 and dropout have no
/// shape and are left out. Layer names follow torchvision's module paths (<c>features.2.conv.1.0</c> →
/// <c>features_2_conv_1_0</c>); a block's output is named after the block (<c>features_2</c>): the residual Add, or an
/// Identity where the block has none.
/// </summary>
[Network(3, 224, 224)]
public partial class MobileNetV2
{
    // features.0: the stem (32×112×112)
    [Conv2d(3, 32, 3, Stride = 2, Padding = 1, Bias = false)]                       public object? features_0_0;
    [BatchNorm2d(32)]                                                               public object? features_0_1;

    // features.1: 32→16, expansion 1, stride 1 (16×112×112)
    [Conv2d(32, 32, 3, Padding = 1, Groups = 32, Bias = false)]                     public object? features_1_conv_0_0;
    [BatchNorm2d(32)]                                                               public object? features_1_conv_0_1;
    [Conv2d(32, 16, 1, Bias = false)]                                               public object? features_1_conv_1;
    [BatchNorm2d(16)]                                                               public object? features_1_conv_2;
    [Identity]                                                                      public object? features_1;

    // features.2: 16→24, expansion 6, stride 2 (24×56×56)
    [Conv2d(16, 96, 1, Bias = false)]                                               public object? features_2_conv_0_0;
    [BatchNorm2d(96)]                                                               public object? features_2_conv_0_1;
    [Conv2d(96, 96, 3, Stride = 2, Padding = 1, Groups = 96, Bias = false)]         public object? features_2_conv_1_0;
    [BatchNorm2d(96)]                                                               public object? features_2_conv_1_1;
    [Conv2d(96, 24, 1, Bias = false)]                                               public object? features_2_conv_2;
    [BatchNorm2d(24)]                                                               public object? features_2_conv_3;
    [Identity]                                                                      public object? features_2;

    // features.3: 24→24, expansion 6, stride 1, residual (24×56×56)
    [Conv2d(24, 144, 1, Bias = false)]                                              public object? features_3_conv_0_0;
    [BatchNorm2d(144)]                                                              public object? features_3_conv_0_1;
    [Conv2d(144, 144, 3, Padding = 1, Groups = 144, Bias = false)]                  public object? features_3_conv_1_0;
    [BatchNorm2d(144)]                                                              public object? features_3_conv_1_1;
    [Conv2d(144, 24, 1, Bias = false)]                                              public object? features_3_conv_2;
    [BatchNorm2d(24)]                                                               public object? features_3_conv_3;
    [Add(nameof(features_3_conv_3), nameof(features_2))]                            public object? features_3;

    // features.4: 24→32, expansion 6, stride 2 (32×28×28)
    [Conv2d(24, 144, 1, Bias = false)]                                              public object? features_4_conv_0_0;
    [BatchNorm2d(144)]                                                              public object? features_4_conv_0_1;
    [Conv2d(144, 144, 3, Stride = 2, Padding = 1, Groups = 144, Bias = false)]      public object? features_4_conv_1_0;
    [BatchNorm2d(144)]                                                              public object? features_4_conv_1_1;
    [Conv2d(144, 32, 1, Bias = false)]                                              public object? features_4_conv_2;
    [BatchNorm2d(32)]                                                               public object? features_4_conv_3;
    [Identity]                                                                      public object? features_4;

    // features.5: 32→32, expansion 6, stride 1, residual (32×28×28)
    [Conv2d(32, 192, 1, Bias = false)]                                              public object? features_5_conv_0_0;
    [BatchNorm2d(192)]                                                              public object? features_5_conv_0_1;
    [Conv2d(192, 192, 3, Padding = 1, Groups = 192, Bias = false)]                  public object? features_5_conv_1_0;
    [BatchNorm2d(192)]                                                              public object? features_5_conv_1_1;
    [Conv2d(192, 32, 1, Bias = false)]                                              public object? features_5_conv_2;
    [BatchNorm2d(32)]                                                               public object? features_5_conv_3;
    [Add(nameof(features_5_conv_3), nameof(features_4))]                            public object? features_5;

    // features.6: 32→32, expansion 6, stride 1, residual (32×28×28)
    [Conv2d(32, 192, 1, Bias = false)]                                              public object? features_6_conv_0_0;
    [BatchNorm2d(192)]                                                              public object? features_6_conv_0_1;
    [Conv2d(192, 192, 3, Padding = 1, Groups = 192, Bias = false)]                  public object? features_6_conv_1_0;
    [BatchNorm2d(192)]                                                              public object? features_6_conv_1_1;
    [Conv2d(192, 32, 1, Bias = false)]                                              public object? features_6_conv_2;
    [BatchNorm2d(32)]                                                               public object? features_6_conv_3;
    [Add(nameof(features_6_conv_3), nameof(features_5))]                            public object? features_6;

    // features.7: 32→64, expansion 6, stride 2 (64×14×14)
    [Conv2d(32, 192, 1, Bias = false)]                                              public object? features_7_conv_0_0;
    [BatchNorm2d(192)]                                                              public object? features_7_conv_0_1;
    [Conv2d(192, 192, 3, Stride = 2, Padding = 1, Groups = 192, Bias = false)]      public object? features_7_conv_1_0;
    [BatchNorm2d(192)]                                                              public object? features_7_conv_1_1;
    [Conv2d(192, 64, 1, Bias = false)]                                              public object? features_7_conv_2;
    [BatchNorm2d(64)]                                                               public object? features_7_conv_3;
    [Identity]                                                                      public object? features_7;

    // features.8: 64→64, expansion 6, stride 1, residual (64×14×14)
    [Conv2d(64, 384, 1, Bias = false)]                                              public object? features_8_conv_0_0;
    [BatchNorm2d(384)]                                                              public object? features_8_conv_0_1;
    [Conv2d(384, 384, 3, Padding = 1, Groups = 384, Bias = false)]                  public object? features_8_conv_1_0;
    [BatchNorm2d(384)]                                                              public object? features_8_conv_1_1;
    [Conv2d(384, 64, 1, Bias = false)]                                              public object? features_8_conv_2;
    [BatchNorm2d(64)]                                                               public object? features_8_conv_3;
    [Add(nameof(features_8_conv_3), nameof(features_7))]                            public object? features_8;

    // features.9: 64→64, expansion 6, stride 1, residual (64×14×14)
    [Conv2d(64, 384, 1, Bias = false)]                                              public object? features_9_conv_0_0;
    [BatchNorm2d(384)]                                                              public object? features_9_conv_0_1;
    [Conv2d(384, 384, 3, Padding = 1, Groups = 384, Bias = false)]                  public object? features_9_conv_1_0;
    [BatchNorm2d(384)]                                                              public object? features_9_conv_1_1;
    [Conv2d(384, 64, 1, Bias = false)]                                              public object? features_9_conv_2;
    [BatchNorm2d(64)]                                                               public object? features_9_conv_3;
    [Add(nameof(features_9_conv_3), nameof(features_8))]                            public object? features_9;

    // features.10: 64→64, expansion 6, stride 1, residual (64×14×14)
    [Conv2d(64, 384, 1, Bias = false)]                                              public object? features_10_conv_0_0;
    [BatchNorm2d(384)]                                                              public object? features_10_conv_0_1;
    [Conv2d(384, 384, 3, Padding = 1, Groups = 384, Bias = false)]                  public object? features_10_conv_1_0;
    [BatchNorm2d(384)]                                                              public object? features_10_conv_1_1;
    [Conv2d(384, 64, 1, Bias = false)]                                              public object? features_10_conv_2;
    [BatchNorm2d(64)]                                                               public object? features_10_conv_3;
    [Add(nameof(features_10_conv_3), nameof(features_9))]                           public object? features_10;

    // features.11: 64→96, expansion 6, stride 1 (96×14×14)
    [Conv2d(64, 384, 1, Bias = false)]                                              public object? features_11_conv_0_0;
    [BatchNorm2d(384)]                                                              public object? features_11_conv_0_1;
    [Conv2d(384, 384, 3, Padding = 1, Groups = 384, Bias = false)]                  public object? features_11_conv_1_0;
    [BatchNorm2d(384)]                                                              public object? features_11_conv_1_1;
    [Conv2d(384, 96, 1, Bias = false)]                                              public object? features_11_conv_2;
    [BatchNorm2d(96)]                                                               public object? features_11_conv_3;
    [Identity]                                                                      public object? features_11;

    // features.12: 96→96, expansion 6, stride 1, residual (96×14×14)
    [Conv2d(96, 576, 1, Bias = false)]                                              public object? features_12_conv_0_0;
    [BatchNorm2d(576)]                                                              public object? features_12_conv_0_1;
    [Conv2d(576, 576, 3, Padding = 1, Groups = 576, Bias = false)]                  public object? features_12_conv_1_0;
    [BatchNorm2d(576)]                                                              public object? features_12_conv_1_1;
    [Conv2d(576, 96, 1, Bias = false)]                                              public object? features_12_conv_2;
    [BatchNorm2d(96)]                                                               public object? features_12_conv_3;
    [Add(nameof(features_12_conv_3), nameof(features_11))]                          public object? features_12;

    // features.13: 96→96, expansion 6, stride 1, residual (96×14×14)
    [Conv2d(96, 576, 1, Bias = false)]                                              public object? features_13_conv_0_0;
    [BatchNorm2d(576)]                                                              public object? features_13_conv_0_1;
    [Conv2d(576, 576, 3, Padding = 1, Groups = 576, Bias = false)]                  public object? features_13_conv_1_0;
    [BatchNorm2d(576)]                                                              public object? features_13_conv_1_1;
    [Conv2d(576, 96, 1, Bias = false)]                                              public object? features_13_conv_2;
    [BatchNorm2d(96)]                                                               public object? features_13_conv_3;
    [Add(nameof(features_13_conv_3), nameof(features_12))]                          public object? features_13;

    // features.14: 96→160, expansion 6, stride 2 (160×7×7)
    [Conv2d(96, 576, 1, Bias = false)]                                              public object? features_14_conv_0_0;
    [BatchNorm2d(576)]                                                              public object? features_14_conv_0_1;
    [Conv2d(576, 576, 3, Stride = 2, Padding = 1, Groups = 576, Bias = false)]      public object? features_14_conv_1_0;
    [BatchNorm2d(576)]                                                              public object? features_14_conv_1_1;
    [Conv2d(576, 160, 1, Bias = false)]                                             public object? features_14_conv_2;
    [BatchNorm2d(160)]                                                              public object? features_14_conv_3;
    [Identity]                                                                      public object? features_14;

    // features.15: 160→160, expansion 6, stride 1, residual (160×7×7)
    [Conv2d(160, 960, 1, Bias = false)]                                             public object? features_15_conv_0_0;
    [BatchNorm2d(960)]                                                              public object? features_15_conv_0_1;
    [Conv2d(960, 960, 3, Padding = 1, Groups = 960, Bias = false)]                  public object? features_15_conv_1_0;
    [BatchNorm2d(960)]                                                              public object? features_15_conv_1_1;
    [Conv2d(960, 160, 1, Bias = false)]                                             public object? features_15_conv_2;
    [BatchNorm2d(160)]                                                              public object? features_15_conv_3;
    [Add(nameof(features_15_conv_3), nameof(features_14))]                          public object? features_15;

    // features.16: 160→160, expansion 6, stride 1, residual (160×7×7)
    [Conv2d(160, 960, 1, Bias = false)]                                             public object? features_16_conv_0_0;
    [BatchNorm2d(960)]                                                              public object? features_16_conv_0_1;
    [Conv2d(960, 960, 3, Padding = 1, Groups = 960, Bias = false)]                  public object? features_16_conv_1_0;
    [BatchNorm2d(960)]                                                              public object? features_16_conv_1_1;
    [Conv2d(960, 160, 1, Bias = false)]                                             public object? features_16_conv_2;
    [BatchNorm2d(160)]                                                              public object? features_16_conv_3;
    [Add(nameof(features_16_conv_3), nameof(features_15))]                          public object? features_16;

    // features.17: 160→320, expansion 6, stride 1 (320×7×7)
    [Conv2d(160, 960, 1, Bias = false)]                                             public object? features_17_conv_0_0;
    [BatchNorm2d(960)]                                                              public object? features_17_conv_0_1;
    [Conv2d(960, 960, 3, Padding = 1, Groups = 960, Bias = false)]                  public object? features_17_conv_1_0;
    [BatchNorm2d(960)]                                                              public object? features_17_conv_1_1;
    [Conv2d(960, 320, 1, Bias = false)]                                             public object? features_17_conv_2;
    [BatchNorm2d(320)]                                                              public object? features_17_conv_3;
    [Identity]                                                                      public object? features_17;
    // features.18: 1×1 to 1280 channels, then the head
    [Conv2d(320, 1280, 1, Bias = false)]                                            public object? features_18_0;
    [BatchNorm2d(1280)]                                                             public object? features_18_1;
    [AdaptiveAvgPool2d(1)]                                                          public object? avgpool;
    [Flatten]                                                                       public object? flatten;   // 1280
    [Linear(1280, 1000)]                                                            public object? classifier_1;
}
