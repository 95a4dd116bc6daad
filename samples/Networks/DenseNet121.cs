using ConvShape;

namespace Samples.Networks;

/// <summary>
/// DenseNet-121 (Huang et al. 2017) as torchvision's <c>densenet121</c>: a 7×7/2 stem with max pooling, four dense
/// blocks of 6, 12, 24 and 16 layers and three transitions between them. Every dense layer reads the concatenation of
/// its block's input and of every earlier layer's output (BatchNorm2d, a 1×1 convolution to 128 channels,
/// BatchNorm2d, a 3×3 convolution to 32 new channels); a transition halves the channels with a 1×1 convolution and the
/// size with 2×2 average pooling. Then BatchNorm2d, global average pooling and one fully connected layer.
/// 7,978,856 parameters. ReLU has no shape and is left out. Layer names follow torchvision's module paths
/// (<c>features.denseblock1.denselayer2.conv1</c> → <c>features_denseblock1_denselayer2_conv1</c>); the concatenation
/// a dense layer reads is <c>…_denselayerN_input</c> (torchvision concatenates inside the layer), a block's output is
/// the last concatenation, <c>features_denseblock1</c>.
/// </summary>
[Network(3, 224, 224)]
public partial class DenseNet121
{
    // stem: 64×56×56
    [Conv2d(3, 64, 7, Stride = 2, Padding = 3, Bias = false)]  public object? features_conv0;   // 64×112×112
    [BatchNorm2d(64)]                                          public object? features_norm0;
    [MaxPool2d(3, Stride = 2, Padding = 1)]                    public object? features_pool0;   // 64×56×56

    // denseblock1: 6 layers, each adding 32 channels to the 64 it reads (56×56)
    [BatchNorm2d(64)]                                          public object? features_denseblock1_denselayer1_norm1;
    [Conv2d(64, 128, 1, Bias = false)]                         public object? features_denseblock1_denselayer1_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock1_denselayer1_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock1_denselayer1_conv2;
    [Concat(nameof(features_pool0),
            nameof(features_denseblock1_denselayer1_conv2))]
    public object? features_denseblock1_denselayer2_input;   // 96 channels
    [BatchNorm2d(96)]                                          public object? features_denseblock1_denselayer2_norm1;
    [Conv2d(96, 128, 1, Bias = false)]                         public object? features_denseblock1_denselayer2_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock1_denselayer2_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock1_denselayer2_conv2;
    [Concat(nameof(features_denseblock1_denselayer2_input),
            nameof(features_denseblock1_denselayer2_conv2))]
    public object? features_denseblock1_denselayer3_input;   // 128 channels
    [BatchNorm2d(128)]                                         public object? features_denseblock1_denselayer3_norm1;
    [Conv2d(128, 128, 1, Bias = false)]                        public object? features_denseblock1_denselayer3_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock1_denselayer3_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock1_denselayer3_conv2;
    [Concat(nameof(features_denseblock1_denselayer3_input),
            nameof(features_denseblock1_denselayer3_conv2))]
    public object? features_denseblock1_denselayer4_input;   // 160 channels
    [BatchNorm2d(160)]                                         public object? features_denseblock1_denselayer4_norm1;
    [Conv2d(160, 128, 1, Bias = false)]                        public object? features_denseblock1_denselayer4_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock1_denselayer4_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock1_denselayer4_conv2;
    [Concat(nameof(features_denseblock1_denselayer4_input),
            nameof(features_denseblock1_denselayer4_conv2))]
    public object? features_denseblock1_denselayer5_input;   // 192 channels
    [BatchNorm2d(192)]                                         public object? features_denseblock1_denselayer5_norm1;
    [Conv2d(192, 128, 1, Bias = false)]                        public object? features_denseblock1_denselayer5_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock1_denselayer5_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock1_denselayer5_conv2;
    [Concat(nameof(features_denseblock1_denselayer5_input),
            nameof(features_denseblock1_denselayer5_conv2))]
    public object? features_denseblock1_denselayer6_input;   // 224 channels
    [BatchNorm2d(224)]                                         public object? features_denseblock1_denselayer6_norm1;
    [Conv2d(224, 128, 1, Bias = false)]                        public object? features_denseblock1_denselayer6_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock1_denselayer6_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock1_denselayer6_conv2;
    [Concat(nameof(features_denseblock1_denselayer6_input),
            nameof(features_denseblock1_denselayer6_conv2))]
    public object? features_denseblock1;   // 256×56×56

    // transition1: halves the channels and the size
    [BatchNorm2d(256)]                                         public object? features_transition1_norm;
    [Conv2d(256, 128, 1, Bias = false)]                        public object? features_transition1_conv;
    [AvgPool2d(2, Stride = 2)]                                 public object? features_transition1_pool;   // 128×28×28

    // denseblock2: 12 layers, each adding 32 channels to the 128 it reads (28×28)
    [BatchNorm2d(128)]                                         public object? features_denseblock2_denselayer1_norm1;
    [Conv2d(128, 128, 1, Bias = false)]                        public object? features_denseblock2_denselayer1_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock2_denselayer1_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock2_denselayer1_conv2;
    [Concat(nameof(features_transition1_pool),
            nameof(features_denseblock2_denselayer1_conv2))]
    public object? features_denseblock2_denselayer2_input;   // 160 channels
    [BatchNorm2d(160)]                                         public object? features_denseblock2_denselayer2_norm1;
    [Conv2d(160, 128, 1, Bias = false)]                        public object? features_denseblock2_denselayer2_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock2_denselayer2_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock2_denselayer2_conv2;
    [Concat(nameof(features_denseblock2_denselayer2_input),
            nameof(features_denseblock2_denselayer2_conv2))]
    public object? features_denseblock2_denselayer3_input;   // 192 channels
    [BatchNorm2d(192)]                                         public object? features_denseblock2_denselayer3_norm1;
    [Conv2d(192, 128, 1, Bias = false)]                        public object? features_denseblock2_denselayer3_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock2_denselayer3_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock2_denselayer3_conv2;
    [Concat(nameof(features_denseblock2_denselayer3_input),
            nameof(features_denseblock2_denselayer3_conv2))]
    public object? features_denseblock2_denselayer4_input;   // 224 channels
    [BatchNorm2d(224)]                                         public object? features_denseblock2_denselayer4_norm1;
    [Conv2d(224, 128, 1, Bias = false)]                        public object? features_denseblock2_denselayer4_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock2_denselayer4_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock2_denselayer4_conv2;
    [Concat(nameof(features_denseblock2_denselayer4_input),
            nameof(features_denseblock2_denselayer4_conv2))]
    public object? features_denseblock2_denselayer5_input;   // 256 channels
    [BatchNorm2d(256)]                                         public object? features_denseblock2_denselayer5_norm1;
    [Conv2d(256, 128, 1, Bias = false)]                        public object? features_denseblock2_denselayer5_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock2_denselayer5_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock2_denselayer5_conv2;
    [Concat(nameof(features_denseblock2_denselayer5_input),
            nameof(features_denseblock2_denselayer5_conv2))]
    public object? features_denseblock2_denselayer6_input;   // 288 channels
    [BatchNorm2d(288)]                                         public object? features_denseblock2_denselayer6_norm1;
    [Conv2d(288, 128, 1, Bias = false)]                        public object? features_denseblock2_denselayer6_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock2_denselayer6_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock2_denselayer6_conv2;
    [Concat(nameof(features_denseblock2_denselayer6_input),
            nameof(features_denseblock2_denselayer6_conv2))]
    public object? features_denseblock2_denselayer7_input;   // 320 channels
    [BatchNorm2d(320)]                                         public object? features_denseblock2_denselayer7_norm1;
    [Conv2d(320, 128, 1, Bias = false)]                        public object? features_denseblock2_denselayer7_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock2_denselayer7_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock2_denselayer7_conv2;
    [Concat(nameof(features_denseblock2_denselayer7_input),
            nameof(features_denseblock2_denselayer7_conv2))]
    public object? features_denseblock2_denselayer8_input;   // 352 channels
    [BatchNorm2d(352)]                                         public object? features_denseblock2_denselayer8_norm1;
    [Conv2d(352, 128, 1, Bias = false)]                        public object? features_denseblock2_denselayer8_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock2_denselayer8_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock2_denselayer8_conv2;
    [Concat(nameof(features_denseblock2_denselayer8_input),
            nameof(features_denseblock2_denselayer8_conv2))]
    public object? features_denseblock2_denselayer9_input;   // 384 channels
    [BatchNorm2d(384)]                                         public object? features_denseblock2_denselayer9_norm1;
    [Conv2d(384, 128, 1, Bias = false)]                        public object? features_denseblock2_denselayer9_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock2_denselayer9_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock2_denselayer9_conv2;
    [Concat(nameof(features_denseblock2_denselayer9_input),
            nameof(features_denseblock2_denselayer9_conv2))]
    public object? features_denseblock2_denselayer10_input;   // 416 channels
    [BatchNorm2d(416)]                                         public object? features_denseblock2_denselayer10_norm1;
    [Conv2d(416, 128, 1, Bias = false)]                        public object? features_denseblock2_denselayer10_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock2_denselayer10_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock2_denselayer10_conv2;
    [Concat(nameof(features_denseblock2_denselayer10_input),
            nameof(features_denseblock2_denselayer10_conv2))]
    public object? features_denseblock2_denselayer11_input;   // 448 channels
    [BatchNorm2d(448)]                                         public object? features_denseblock2_denselayer11_norm1;
    [Conv2d(448, 128, 1, Bias = false)]                        public object? features_denseblock2_denselayer11_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock2_denselayer11_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock2_denselayer11_conv2;
    [Concat(nameof(features_denseblock2_denselayer11_input),
            nameof(features_denseblock2_denselayer11_conv2))]
    public object? features_denseblock2_denselayer12_input;   // 480 channels
    [BatchNorm2d(480)]                                         public object? features_denseblock2_denselayer12_norm1;
    [Conv2d(480, 128, 1, Bias = false)]                        public object? features_denseblock2_denselayer12_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock2_denselayer12_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock2_denselayer12_conv2;
    [Concat(nameof(features_denseblock2_denselayer12_input),
            nameof(features_denseblock2_denselayer12_conv2))]
    public object? features_denseblock2;   // 512×28×28

    // transition2: halves the channels and the size
    [BatchNorm2d(512)]                                         public object? features_transition2_norm;
    [Conv2d(512, 256, 1, Bias = false)]                        public object? features_transition2_conv;
    [AvgPool2d(2, Stride = 2)]                                 public object? features_transition2_pool;   // 256×14×14

    // denseblock3: 24 layers, each adding 32 channels to the 256 it reads (14×14)
    [BatchNorm2d(256)]                                         public object? features_denseblock3_denselayer1_norm1;
    [Conv2d(256, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer1_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer1_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer1_conv2;
    [Concat(nameof(features_transition2_pool),
            nameof(features_denseblock3_denselayer1_conv2))]
    public object? features_denseblock3_denselayer2_input;   // 288 channels
    [BatchNorm2d(288)]                                         public object? features_denseblock3_denselayer2_norm1;
    [Conv2d(288, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer2_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer2_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer2_conv2;
    [Concat(nameof(features_denseblock3_denselayer2_input),
            nameof(features_denseblock3_denselayer2_conv2))]
    public object? features_denseblock3_denselayer3_input;   // 320 channels
    [BatchNorm2d(320)]                                         public object? features_denseblock3_denselayer3_norm1;
    [Conv2d(320, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer3_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer3_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer3_conv2;
    [Concat(nameof(features_denseblock3_denselayer3_input),
            nameof(features_denseblock3_denselayer3_conv2))]
    public object? features_denseblock3_denselayer4_input;   // 352 channels
    [BatchNorm2d(352)]                                         public object? features_denseblock3_denselayer4_norm1;
    [Conv2d(352, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer4_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer4_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer4_conv2;
    [Concat(nameof(features_denseblock3_denselayer4_input),
            nameof(features_denseblock3_denselayer4_conv2))]
    public object? features_denseblock3_denselayer5_input;   // 384 channels
    [BatchNorm2d(384)]                                         public object? features_denseblock3_denselayer5_norm1;
    [Conv2d(384, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer5_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer5_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer5_conv2;
    [Concat(nameof(features_denseblock3_denselayer5_input),
            nameof(features_denseblock3_denselayer5_conv2))]
    public object? features_denseblock3_denselayer6_input;   // 416 channels
    [BatchNorm2d(416)]                                         public object? features_denseblock3_denselayer6_norm1;
    [Conv2d(416, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer6_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer6_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer6_conv2;
    [Concat(nameof(features_denseblock3_denselayer6_input),
            nameof(features_denseblock3_denselayer6_conv2))]
    public object? features_denseblock3_denselayer7_input;   // 448 channels
    [BatchNorm2d(448)]                                         public object? features_denseblock3_denselayer7_norm1;
    [Conv2d(448, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer7_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer7_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer7_conv2;
    [Concat(nameof(features_denseblock3_denselayer7_input),
            nameof(features_denseblock3_denselayer7_conv2))]
    public object? features_denseblock3_denselayer8_input;   // 480 channels
    [BatchNorm2d(480)]                                         public object? features_denseblock3_denselayer8_norm1;
    [Conv2d(480, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer8_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer8_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer8_conv2;
    [Concat(nameof(features_denseblock3_denselayer8_input),
            nameof(features_denseblock3_denselayer8_conv2))]
    public object? features_denseblock3_denselayer9_input;   // 512 channels
    [BatchNorm2d(512)]                                         public object? features_denseblock3_denselayer9_norm1;
    [Conv2d(512, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer9_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer9_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer9_conv2;
    [Concat(nameof(features_denseblock3_denselayer9_input),
            nameof(features_denseblock3_denselayer9_conv2))]
    public object? features_denseblock3_denselayer10_input;   // 544 channels
    [BatchNorm2d(544)]                                         public object? features_denseblock3_denselayer10_norm1;
    [Conv2d(544, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer10_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer10_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer10_conv2;
    [Concat(nameof(features_denseblock3_denselayer10_input),
            nameof(features_denseblock3_denselayer10_conv2))]
    public object? features_denseblock3_denselayer11_input;   // 576 channels
    [BatchNorm2d(576)]                                         public object? features_denseblock3_denselayer11_norm1;
    [Conv2d(576, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer11_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer11_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer11_conv2;
    [Concat(nameof(features_denseblock3_denselayer11_input),
            nameof(features_denseblock3_denselayer11_conv2))]
    public object? features_denseblock3_denselayer12_input;   // 608 channels
    [BatchNorm2d(608)]                                         public object? features_denseblock3_denselayer12_norm1;
    [Conv2d(608, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer12_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer12_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer12_conv2;
    [Concat(nameof(features_denseblock3_denselayer12_input),
            nameof(features_denseblock3_denselayer12_conv2))]
    public object? features_denseblock3_denselayer13_input;   // 640 channels
    [BatchNorm2d(640)]                                         public object? features_denseblock3_denselayer13_norm1;
    [Conv2d(640, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer13_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer13_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer13_conv2;
    [Concat(nameof(features_denseblock3_denselayer13_input),
            nameof(features_denseblock3_denselayer13_conv2))]
    public object? features_denseblock3_denselayer14_input;   // 672 channels
    [BatchNorm2d(672)]                                         public object? features_denseblock3_denselayer14_norm1;
    [Conv2d(672, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer14_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer14_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer14_conv2;
    [Concat(nameof(features_denseblock3_denselayer14_input),
            nameof(features_denseblock3_denselayer14_conv2))]
    public object? features_denseblock3_denselayer15_input;   // 704 channels
    [BatchNorm2d(704)]                                         public object? features_denseblock3_denselayer15_norm1;
    [Conv2d(704, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer15_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer15_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer15_conv2;
    [Concat(nameof(features_denseblock3_denselayer15_input),
            nameof(features_denseblock3_denselayer15_conv2))]
    public object? features_denseblock3_denselayer16_input;   // 736 channels
    [BatchNorm2d(736)]                                         public object? features_denseblock3_denselayer16_norm1;
    [Conv2d(736, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer16_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer16_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer16_conv2;
    [Concat(nameof(features_denseblock3_denselayer16_input),
            nameof(features_denseblock3_denselayer16_conv2))]
    public object? features_denseblock3_denselayer17_input;   // 768 channels
    [BatchNorm2d(768)]                                         public object? features_denseblock3_denselayer17_norm1;
    [Conv2d(768, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer17_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer17_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer17_conv2;
    [Concat(nameof(features_denseblock3_denselayer17_input),
            nameof(features_denseblock3_denselayer17_conv2))]
    public object? features_denseblock3_denselayer18_input;   // 800 channels
    [BatchNorm2d(800)]                                         public object? features_denseblock3_denselayer18_norm1;
    [Conv2d(800, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer18_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer18_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer18_conv2;
    [Concat(nameof(features_denseblock3_denselayer18_input),
            nameof(features_denseblock3_denselayer18_conv2))]
    public object? features_denseblock3_denselayer19_input;   // 832 channels
    [BatchNorm2d(832)]                                         public object? features_denseblock3_denselayer19_norm1;
    [Conv2d(832, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer19_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer19_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer19_conv2;
    [Concat(nameof(features_denseblock3_denselayer19_input),
            nameof(features_denseblock3_denselayer19_conv2))]
    public object? features_denseblock3_denselayer20_input;   // 864 channels
    [BatchNorm2d(864)]                                         public object? features_denseblock3_denselayer20_norm1;
    [Conv2d(864, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer20_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer20_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer20_conv2;
    [Concat(nameof(features_denseblock3_denselayer20_input),
            nameof(features_denseblock3_denselayer20_conv2))]
    public object? features_denseblock3_denselayer21_input;   // 896 channels
    [BatchNorm2d(896)]                                         public object? features_denseblock3_denselayer21_norm1;
    [Conv2d(896, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer21_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer21_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer21_conv2;
    [Concat(nameof(features_denseblock3_denselayer21_input),
            nameof(features_denseblock3_denselayer21_conv2))]
    public object? features_denseblock3_denselayer22_input;   // 928 channels
    [BatchNorm2d(928)]                                         public object? features_denseblock3_denselayer22_norm1;
    [Conv2d(928, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer22_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer22_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer22_conv2;
    [Concat(nameof(features_denseblock3_denselayer22_input),
            nameof(features_denseblock3_denselayer22_conv2))]
    public object? features_denseblock3_denselayer23_input;   // 960 channels
    [BatchNorm2d(960)]                                         public object? features_denseblock3_denselayer23_norm1;
    [Conv2d(960, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer23_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer23_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer23_conv2;
    [Concat(nameof(features_denseblock3_denselayer23_input),
            nameof(features_denseblock3_denselayer23_conv2))]
    public object? features_denseblock3_denselayer24_input;   // 992 channels
    [BatchNorm2d(992)]                                         public object? features_denseblock3_denselayer24_norm1;
    [Conv2d(992, 128, 1, Bias = false)]                        public object? features_denseblock3_denselayer24_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock3_denselayer24_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock3_denselayer24_conv2;
    [Concat(nameof(features_denseblock3_denselayer24_input),
            nameof(features_denseblock3_denselayer24_conv2))]
    public object? features_denseblock3;   // 1024×14×14

    // transition3: halves the channels and the size
    [BatchNorm2d(1024)]                                        public object? features_transition3_norm;
    [Conv2d(1024, 512, 1, Bias = false)]                       public object? features_transition3_conv;
    [AvgPool2d(2, Stride = 2)]                                 public object? features_transition3_pool;   // 512×7×7

    // denseblock4: 16 layers, each adding 32 channels to the 512 it reads (7×7)
    [BatchNorm2d(512)]                                         public object? features_denseblock4_denselayer1_norm1;
    [Conv2d(512, 128, 1, Bias = false)]                        public object? features_denseblock4_denselayer1_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock4_denselayer1_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock4_denselayer1_conv2;
    [Concat(nameof(features_transition3_pool),
            nameof(features_denseblock4_denselayer1_conv2))]
    public object? features_denseblock4_denselayer2_input;   // 544 channels
    [BatchNorm2d(544)]                                         public object? features_denseblock4_denselayer2_norm1;
    [Conv2d(544, 128, 1, Bias = false)]                        public object? features_denseblock4_denselayer2_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock4_denselayer2_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock4_denselayer2_conv2;
    [Concat(nameof(features_denseblock4_denselayer2_input),
            nameof(features_denseblock4_denselayer2_conv2))]
    public object? features_denseblock4_denselayer3_input;   // 576 channels
    [BatchNorm2d(576)]                                         public object? features_denseblock4_denselayer3_norm1;
    [Conv2d(576, 128, 1, Bias = false)]                        public object? features_denseblock4_denselayer3_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock4_denselayer3_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock4_denselayer3_conv2;
    [Concat(nameof(features_denseblock4_denselayer3_input),
            nameof(features_denseblock4_denselayer3_conv2))]
    public object? features_denseblock4_denselayer4_input;   // 608 channels
    [BatchNorm2d(608)]                                         public object? features_denseblock4_denselayer4_norm1;
    [Conv2d(608, 128, 1, Bias = false)]                        public object? features_denseblock4_denselayer4_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock4_denselayer4_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock4_denselayer4_conv2;
    [Concat(nameof(features_denseblock4_denselayer4_input),
            nameof(features_denseblock4_denselayer4_conv2))]
    public object? features_denseblock4_denselayer5_input;   // 640 channels
    [BatchNorm2d(640)]                                         public object? features_denseblock4_denselayer5_norm1;
    [Conv2d(640, 128, 1, Bias = false)]                        public object? features_denseblock4_denselayer5_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock4_denselayer5_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock4_denselayer5_conv2;
    [Concat(nameof(features_denseblock4_denselayer5_input),
            nameof(features_denseblock4_denselayer5_conv2))]
    public object? features_denseblock4_denselayer6_input;   // 672 channels
    [BatchNorm2d(672)]                                         public object? features_denseblock4_denselayer6_norm1;
    [Conv2d(672, 128, 1, Bias = false)]                        public object? features_denseblock4_denselayer6_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock4_denselayer6_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock4_denselayer6_conv2;
    [Concat(nameof(features_denseblock4_denselayer6_input),
            nameof(features_denseblock4_denselayer6_conv2))]
    public object? features_denseblock4_denselayer7_input;   // 704 channels
    [BatchNorm2d(704)]                                         public object? features_denseblock4_denselayer7_norm1;
    [Conv2d(704, 128, 1, Bias = false)]                        public object? features_denseblock4_denselayer7_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock4_denselayer7_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock4_denselayer7_conv2;
    [Concat(nameof(features_denseblock4_denselayer7_input),
            nameof(features_denseblock4_denselayer7_conv2))]
    public object? features_denseblock4_denselayer8_input;   // 736 channels
    [BatchNorm2d(736)]                                         public object? features_denseblock4_denselayer8_norm1;
    [Conv2d(736, 128, 1, Bias = false)]                        public object? features_denseblock4_denselayer8_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock4_denselayer8_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock4_denselayer8_conv2;
    [Concat(nameof(features_denseblock4_denselayer8_input),
            nameof(features_denseblock4_denselayer8_conv2))]
    public object? features_denseblock4_denselayer9_input;   // 768 channels
    [BatchNorm2d(768)]                                         public object? features_denseblock4_denselayer9_norm1;
    [Conv2d(768, 128, 1, Bias = false)]                        public object? features_denseblock4_denselayer9_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock4_denselayer9_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock4_denselayer9_conv2;
    [Concat(nameof(features_denseblock4_denselayer9_input),
            nameof(features_denseblock4_denselayer9_conv2))]
    public object? features_denseblock4_denselayer10_input;   // 800 channels
    [BatchNorm2d(800)]                                         public object? features_denseblock4_denselayer10_norm1;
    [Conv2d(800, 128, 1, Bias = false)]                        public object? features_denseblock4_denselayer10_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock4_denselayer10_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock4_denselayer10_conv2;
    [Concat(nameof(features_denseblock4_denselayer10_input),
            nameof(features_denseblock4_denselayer10_conv2))]
    public object? features_denseblock4_denselayer11_input;   // 832 channels
    [BatchNorm2d(832)]                                         public object? features_denseblock4_denselayer11_norm1;
    [Conv2d(832, 128, 1, Bias = false)]                        public object? features_denseblock4_denselayer11_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock4_denselayer11_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock4_denselayer11_conv2;
    [Concat(nameof(features_denseblock4_denselayer11_input),
            nameof(features_denseblock4_denselayer11_conv2))]
    public object? features_denseblock4_denselayer12_input;   // 864 channels
    [BatchNorm2d(864)]                                         public object? features_denseblock4_denselayer12_norm1;
    [Conv2d(864, 128, 1, Bias = false)]                        public object? features_denseblock4_denselayer12_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock4_denselayer12_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock4_denselayer12_conv2;
    [Concat(nameof(features_denseblock4_denselayer12_input),
            nameof(features_denseblock4_denselayer12_conv2))]
    public object? features_denseblock4_denselayer13_input;   // 896 channels
    [BatchNorm2d(896)]                                         public object? features_denseblock4_denselayer13_norm1;
    [Conv2d(896, 128, 1, Bias = false)]                        public object? features_denseblock4_denselayer13_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock4_denselayer13_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock4_denselayer13_conv2;
    [Concat(nameof(features_denseblock4_denselayer13_input),
            nameof(features_denseblock4_denselayer13_conv2))]
    public object? features_denseblock4_denselayer14_input;   // 928 channels
    [BatchNorm2d(928)]                                         public object? features_denseblock4_denselayer14_norm1;
    [Conv2d(928, 128, 1, Bias = false)]                        public object? features_denseblock4_denselayer14_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock4_denselayer14_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock4_denselayer14_conv2;
    [Concat(nameof(features_denseblock4_denselayer14_input),
            nameof(features_denseblock4_denselayer14_conv2))]
    public object? features_denseblock4_denselayer15_input;   // 960 channels
    [BatchNorm2d(960)]                                         public object? features_denseblock4_denselayer15_norm1;
    [Conv2d(960, 128, 1, Bias = false)]                        public object? features_denseblock4_denselayer15_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock4_denselayer15_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock4_denselayer15_conv2;
    [Concat(nameof(features_denseblock4_denselayer15_input),
            nameof(features_denseblock4_denselayer15_conv2))]
    public object? features_denseblock4_denselayer16_input;   // 992 channels
    [BatchNorm2d(992)]                                         public object? features_denseblock4_denselayer16_norm1;
    [Conv2d(992, 128, 1, Bias = false)]                        public object? features_denseblock4_denselayer16_conv1;
    [BatchNorm2d(128)]                                         public object? features_denseblock4_denselayer16_norm2;
    [Conv2d(128, 32, 3, Padding = 1, Bias = false)]            public object? features_denseblock4_denselayer16_conv2;
    [Concat(nameof(features_denseblock4_denselayer16_input),
            nameof(features_denseblock4_denselayer16_conv2))]
    public object? features_denseblock4;   // 1024×7×7

    [BatchNorm2d(1024)]                                        public object? features_norm5;

    // head: torchvision pools and flattens with functions, so these two have no module path
    [AdaptiveAvgPool2d(1)]                                     public object? avgpool;   // 1024×1×1
    [Flatten]                                                  public object? flatten;   // 1024
    [Linear(1024, 1000)]                                       public object? classifier;
}
