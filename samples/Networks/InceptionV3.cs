using ConvShape;

namespace Samples.Networks;

/// <summary>
/// Inception v3 (Szegedy et al. 2016) as torchvision's <c>inception_v3</c> on its 299×299 input, without the auxiliary
/// classifier (it runs only in training): a five-convolution stem with two max poolings, three InceptionA modules at
/// 35×35, a strided InceptionB, four InceptionC modules whose 7×7 convolutions are factored into 1×7 and 7×1 (per-axis
/// kernels and paddings, <c>new[] { 1, 7 }</c>), a strided InceptionD, two InceptionE modules whose 3×3 branches split
/// into 1×3 and 3×1 side by side, global average pooling and one fully connected layer. Every convolution is
/// torchvision's BasicConv2d: no bias, then BatchNorm2d. 23,834,568 parameters. ReLU and dropout have no shape and are
/// left out. Layer names follow torchvision's module paths (<c>Mixed_6b.branch7x7_2.conv</c> →
/// <c>Mixed_6b_branch7x7_2_conv</c>; a module's output is its concatenation, <c>Mixed_6b</c>); torchvision pools the
/// pooling branches with functions, named <c>…_pool</c> here.
/// </summary>
[Network(3, 299, 299)]
public partial class InceptionV3
{
    // stem: 3×299×299 → 192×35×35
    [Conv2d(3, 32, 3, Stride = 2, Bias = false)]                                public object? Conv2d_1a_3x3_conv;
    [BatchNorm2d(32)]                                                           public object? Conv2d_1a_3x3_bn;
    [Conv2d(32, 32, 3, Bias = false)]                                           public object? Conv2d_2a_3x3_conv;
    [BatchNorm2d(32)]                                                           public object? Conv2d_2a_3x3_bn;
    [Conv2d(32, 64, 3, Padding = 1, Bias = false)]                              public object? Conv2d_2b_3x3_conv;
    [BatchNorm2d(64)]                                                           public object? Conv2d_2b_3x3_bn;
    [MaxPool2d(3, Stride = 2)]                                                  public object? maxpool1;   // 64×73×73
    [Conv2d(64, 80, 1, Bias = false)]                                           public object? Conv2d_3b_1x1_conv;
    [BatchNorm2d(80)]                                                           public object? Conv2d_3b_1x1_bn;
    [Conv2d(80, 192, 3, Bias = false)]                                          public object? Conv2d_4a_3x3_conv;
    [BatchNorm2d(192)]                                                          public object? Conv2d_4a_3x3_bn;
    [MaxPool2d(3, Stride = 2)]                                                  public object? maxpool2;   // 192×35×35

    // Mixed_5b, InceptionA: 192 → 64 + 64 + 96 + 32 = 256 channels (35×35)
    [Conv2d(192, 64, 1, Bias = false, From = nameof(maxpool2))]                 public object? Mixed_5b_branch1x1_conv;
    [BatchNorm2d(64)]                                                           public object? Mixed_5b_branch1x1_bn;
    [Conv2d(192, 48, 1, Bias = false, From = nameof(maxpool2))]                 public object? Mixed_5b_branch5x5_1_conv;
    [BatchNorm2d(48)]                                                           public object? Mixed_5b_branch5x5_1_bn;
    [Conv2d(48, 64, 5, Padding = 2, Bias = false)]                              public object? Mixed_5b_branch5x5_2_conv;
    [BatchNorm2d(64)]                                                           public object? Mixed_5b_branch5x5_2_bn;
    [Conv2d(192, 64, 1, Bias = false, From = nameof(maxpool2))]                 public object? Mixed_5b_branch3x3dbl_1_conv;
    [BatchNorm2d(64)]                                                           public object? Mixed_5b_branch3x3dbl_1_bn;
    [Conv2d(64, 96, 3, Padding = 1, Bias = false)]                              public object? Mixed_5b_branch3x3dbl_2_conv;
    [BatchNorm2d(96)]                                                           public object? Mixed_5b_branch3x3dbl_2_bn;
    [Conv2d(96, 96, 3, Padding = 1, Bias = false)]                              public object? Mixed_5b_branch3x3dbl_3_conv;
    [BatchNorm2d(96)]                                                           public object? Mixed_5b_branch3x3dbl_3_bn;
    [AvgPool2d(3, Stride = 1, Padding = 1, From = nameof(maxpool2))]            public object? Mixed_5b_pool;
    [Conv2d(192, 32, 1, Bias = false)]                                          public object? Mixed_5b_branch_pool_conv;
    [BatchNorm2d(32)]                                                           public object? Mixed_5b_branch_pool_bn;
    [Concat(nameof(Mixed_5b_branch1x1_bn),
            nameof(Mixed_5b_branch5x5_2_bn),
            nameof(Mixed_5b_branch3x3dbl_3_bn),
            nameof(Mixed_5b_branch_pool_bn))]
    public object? Mixed_5b;

    // Mixed_5c, InceptionA: 256 → 64 + 64 + 96 + 64 = 288 channels (35×35)
    [Conv2d(256, 64, 1, Bias = false, From = nameof(Mixed_5b))]                 public object? Mixed_5c_branch1x1_conv;
    [BatchNorm2d(64)]                                                           public object? Mixed_5c_branch1x1_bn;
    [Conv2d(256, 48, 1, Bias = false, From = nameof(Mixed_5b))]                 public object? Mixed_5c_branch5x5_1_conv;
    [BatchNorm2d(48)]                                                           public object? Mixed_5c_branch5x5_1_bn;
    [Conv2d(48, 64, 5, Padding = 2, Bias = false)]                              public object? Mixed_5c_branch5x5_2_conv;
    [BatchNorm2d(64)]                                                           public object? Mixed_5c_branch5x5_2_bn;
    [Conv2d(256, 64, 1, Bias = false, From = nameof(Mixed_5b))]                 public object? Mixed_5c_branch3x3dbl_1_conv;
    [BatchNorm2d(64)]                                                           public object? Mixed_5c_branch3x3dbl_1_bn;
    [Conv2d(64, 96, 3, Padding = 1, Bias = false)]                              public object? Mixed_5c_branch3x3dbl_2_conv;
    [BatchNorm2d(96)]                                                           public object? Mixed_5c_branch3x3dbl_2_bn;
    [Conv2d(96, 96, 3, Padding = 1, Bias = false)]                              public object? Mixed_5c_branch3x3dbl_3_conv;
    [BatchNorm2d(96)]                                                           public object? Mixed_5c_branch3x3dbl_3_bn;
    [AvgPool2d(3, Stride = 1, Padding = 1, From = nameof(Mixed_5b))]            public object? Mixed_5c_pool;
    [Conv2d(256, 64, 1, Bias = false)]                                          public object? Mixed_5c_branch_pool_conv;
    [BatchNorm2d(64)]                                                           public object? Mixed_5c_branch_pool_bn;
    [Concat(nameof(Mixed_5c_branch1x1_bn),
            nameof(Mixed_5c_branch5x5_2_bn),
            nameof(Mixed_5c_branch3x3dbl_3_bn),
            nameof(Mixed_5c_branch_pool_bn))]
    public object? Mixed_5c;

    // Mixed_5d, InceptionA: 288 → 64 + 64 + 96 + 64 = 288 channels (35×35)
    [Conv2d(288, 64, 1, Bias = false, From = nameof(Mixed_5c))]                 public object? Mixed_5d_branch1x1_conv;
    [BatchNorm2d(64)]                                                           public object? Mixed_5d_branch1x1_bn;
    [Conv2d(288, 48, 1, Bias = false, From = nameof(Mixed_5c))]                 public object? Mixed_5d_branch5x5_1_conv;
    [BatchNorm2d(48)]                                                           public object? Mixed_5d_branch5x5_1_bn;
    [Conv2d(48, 64, 5, Padding = 2, Bias = false)]                              public object? Mixed_5d_branch5x5_2_conv;
    [BatchNorm2d(64)]                                                           public object? Mixed_5d_branch5x5_2_bn;
    [Conv2d(288, 64, 1, Bias = false, From = nameof(Mixed_5c))]                 public object? Mixed_5d_branch3x3dbl_1_conv;
    [BatchNorm2d(64)]                                                           public object? Mixed_5d_branch3x3dbl_1_bn;
    [Conv2d(64, 96, 3, Padding = 1, Bias = false)]                              public object? Mixed_5d_branch3x3dbl_2_conv;
    [BatchNorm2d(96)]                                                           public object? Mixed_5d_branch3x3dbl_2_bn;
    [Conv2d(96, 96, 3, Padding = 1, Bias = false)]                              public object? Mixed_5d_branch3x3dbl_3_conv;
    [BatchNorm2d(96)]                                                           public object? Mixed_5d_branch3x3dbl_3_bn;
    [AvgPool2d(3, Stride = 1, Padding = 1, From = nameof(Mixed_5c))]            public object? Mixed_5d_pool;
    [Conv2d(288, 64, 1, Bias = false)]                                          public object? Mixed_5d_branch_pool_conv;
    [BatchNorm2d(64)]                                                           public object? Mixed_5d_branch_pool_bn;
    [Concat(nameof(Mixed_5d_branch1x1_bn),
            nameof(Mixed_5d_branch5x5_2_bn),
            nameof(Mixed_5d_branch3x3dbl_3_bn),
            nameof(Mixed_5d_branch_pool_bn))]
    public object? Mixed_5d;

    // Mixed_6a, InceptionB: 288 → 384 + 96 + 288 = 768 channels (17×17)
    [Conv2d(288, 384, 3, Stride = 2, Bias = false, From = nameof(Mixed_5d))]    public object? Mixed_6a_branch3x3_conv;
    [BatchNorm2d(384)]                                                          public object? Mixed_6a_branch3x3_bn;
    [Conv2d(288, 64, 1, Bias = false, From = nameof(Mixed_5d))]                 public object? Mixed_6a_branch3x3dbl_1_conv;
    [BatchNorm2d(64)]                                                           public object? Mixed_6a_branch3x3dbl_1_bn;
    [Conv2d(64, 96, 3, Padding = 1, Bias = false)]                              public object? Mixed_6a_branch3x3dbl_2_conv;
    [BatchNorm2d(96)]                                                           public object? Mixed_6a_branch3x3dbl_2_bn;
    [Conv2d(96, 96, 3, Stride = 2, Bias = false)]                               public object? Mixed_6a_branch3x3dbl_3_conv;
    [BatchNorm2d(96)]                                                           public object? Mixed_6a_branch3x3dbl_3_bn;
    [MaxPool2d(3, Stride = 2, From = nameof(Mixed_5d))]                         public object? Mixed_6a_pool;
    [Concat(nameof(Mixed_6a_branch3x3_bn),
            nameof(Mixed_6a_branch3x3dbl_3_bn),
            nameof(Mixed_6a_pool))]
    public object? Mixed_6a;

    // Mixed_6b, InceptionC with 1×7 and 7×1 kernels of width 128: 768 → 192 × 4 = 768 channels (17×17)
    [Conv2d(768, 192, 1, Bias = false, From = nameof(Mixed_6a))]                public object? Mixed_6b_branch1x1_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_6b_branch1x1_bn;
    [Conv2d(768, 128, 1, Bias = false, From = nameof(Mixed_6a))]                public object? Mixed_6b_branch7x7_1_conv;
    [BatchNorm2d(128)]                                                          public object? Mixed_6b_branch7x7_1_bn;
    [Conv2d(128, 128, new[] { 1, 7 }, Padding = new[] { 0, 3 }, Bias = false)]  public object? Mixed_6b_branch7x7_2_conv;
    [BatchNorm2d(128)]                                                          public object? Mixed_6b_branch7x7_2_bn;
    [Conv2d(128, 192, new[] { 7, 1 }, Padding = new[] { 3, 0 }, Bias = false)]  public object? Mixed_6b_branch7x7_3_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_6b_branch7x7_3_bn;
    [Conv2d(768, 128, 1, Bias = false, From = nameof(Mixed_6a))]                public object? Mixed_6b_branch7x7dbl_1_conv;
    [BatchNorm2d(128)]                                                          public object? Mixed_6b_branch7x7dbl_1_bn;
    [Conv2d(128, 128, new[] { 7, 1 }, Padding = new[] { 3, 0 }, Bias = false)]  public object? Mixed_6b_branch7x7dbl_2_conv;
    [BatchNorm2d(128)]                                                          public object? Mixed_6b_branch7x7dbl_2_bn;
    [Conv2d(128, 128, new[] { 1, 7 }, Padding = new[] { 0, 3 }, Bias = false)]  public object? Mixed_6b_branch7x7dbl_3_conv;
    [BatchNorm2d(128)]                                                          public object? Mixed_6b_branch7x7dbl_3_bn;
    [Conv2d(128, 128, new[] { 7, 1 }, Padding = new[] { 3, 0 }, Bias = false)]  public object? Mixed_6b_branch7x7dbl_4_conv;
    [BatchNorm2d(128)]                                                          public object? Mixed_6b_branch7x7dbl_4_bn;
    [Conv2d(128, 192, new[] { 1, 7 }, Padding = new[] { 0, 3 }, Bias = false)]  public object? Mixed_6b_branch7x7dbl_5_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_6b_branch7x7dbl_5_bn;
    [AvgPool2d(3, Stride = 1, Padding = 1, From = nameof(Mixed_6a))]            public object? Mixed_6b_pool;
    [Conv2d(768, 192, 1, Bias = false)]                                         public object? Mixed_6b_branch_pool_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_6b_branch_pool_bn;
    [Concat(nameof(Mixed_6b_branch1x1_bn),
            nameof(Mixed_6b_branch7x7_3_bn),
            nameof(Mixed_6b_branch7x7dbl_5_bn),
            nameof(Mixed_6b_branch_pool_bn))]
    public object? Mixed_6b;

    // Mixed_6c, InceptionC with 1×7 and 7×1 kernels of width 160: 768 → 192 × 4 = 768 channels (17×17)
    [Conv2d(768, 192, 1, Bias = false, From = nameof(Mixed_6b))]                public object? Mixed_6c_branch1x1_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_6c_branch1x1_bn;
    [Conv2d(768, 160, 1, Bias = false, From = nameof(Mixed_6b))]                public object? Mixed_6c_branch7x7_1_conv;
    [BatchNorm2d(160)]                                                          public object? Mixed_6c_branch7x7_1_bn;
    [Conv2d(160, 160, new[] { 1, 7 }, Padding = new[] { 0, 3 }, Bias = false)]  public object? Mixed_6c_branch7x7_2_conv;
    [BatchNorm2d(160)]                                                          public object? Mixed_6c_branch7x7_2_bn;
    [Conv2d(160, 192, new[] { 7, 1 }, Padding = new[] { 3, 0 }, Bias = false)]  public object? Mixed_6c_branch7x7_3_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_6c_branch7x7_3_bn;
    [Conv2d(768, 160, 1, Bias = false, From = nameof(Mixed_6b))]                public object? Mixed_6c_branch7x7dbl_1_conv;
    [BatchNorm2d(160)]                                                          public object? Mixed_6c_branch7x7dbl_1_bn;
    [Conv2d(160, 160, new[] { 7, 1 }, Padding = new[] { 3, 0 }, Bias = false)]  public object? Mixed_6c_branch7x7dbl_2_conv;
    [BatchNorm2d(160)]                                                          public object? Mixed_6c_branch7x7dbl_2_bn;
    [Conv2d(160, 160, new[] { 1, 7 }, Padding = new[] { 0, 3 }, Bias = false)]  public object? Mixed_6c_branch7x7dbl_3_conv;
    [BatchNorm2d(160)]                                                          public object? Mixed_6c_branch7x7dbl_3_bn;
    [Conv2d(160, 160, new[] { 7, 1 }, Padding = new[] { 3, 0 }, Bias = false)]  public object? Mixed_6c_branch7x7dbl_4_conv;
    [BatchNorm2d(160)]                                                          public object? Mixed_6c_branch7x7dbl_4_bn;
    [Conv2d(160, 192, new[] { 1, 7 }, Padding = new[] { 0, 3 }, Bias = false)]  public object? Mixed_6c_branch7x7dbl_5_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_6c_branch7x7dbl_5_bn;
    [AvgPool2d(3, Stride = 1, Padding = 1, From = nameof(Mixed_6b))]            public object? Mixed_6c_pool;
    [Conv2d(768, 192, 1, Bias = false)]                                         public object? Mixed_6c_branch_pool_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_6c_branch_pool_bn;
    [Concat(nameof(Mixed_6c_branch1x1_bn),
            nameof(Mixed_6c_branch7x7_3_bn),
            nameof(Mixed_6c_branch7x7dbl_5_bn),
            nameof(Mixed_6c_branch_pool_bn))]
    public object? Mixed_6c;

    // Mixed_6d, InceptionC with 1×7 and 7×1 kernels of width 160: 768 → 192 × 4 = 768 channels (17×17)
    [Conv2d(768, 192, 1, Bias = false, From = nameof(Mixed_6c))]                public object? Mixed_6d_branch1x1_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_6d_branch1x1_bn;
    [Conv2d(768, 160, 1, Bias = false, From = nameof(Mixed_6c))]                public object? Mixed_6d_branch7x7_1_conv;
    [BatchNorm2d(160)]                                                          public object? Mixed_6d_branch7x7_1_bn;
    [Conv2d(160, 160, new[] { 1, 7 }, Padding = new[] { 0, 3 }, Bias = false)]  public object? Mixed_6d_branch7x7_2_conv;
    [BatchNorm2d(160)]                                                          public object? Mixed_6d_branch7x7_2_bn;
    [Conv2d(160, 192, new[] { 7, 1 }, Padding = new[] { 3, 0 }, Bias = false)]  public object? Mixed_6d_branch7x7_3_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_6d_branch7x7_3_bn;
    [Conv2d(768, 160, 1, Bias = false, From = nameof(Mixed_6c))]                public object? Mixed_6d_branch7x7dbl_1_conv;
    [BatchNorm2d(160)]                                                          public object? Mixed_6d_branch7x7dbl_1_bn;
    [Conv2d(160, 160, new[] { 7, 1 }, Padding = new[] { 3, 0 }, Bias = false)]  public object? Mixed_6d_branch7x7dbl_2_conv;
    [BatchNorm2d(160)]                                                          public object? Mixed_6d_branch7x7dbl_2_bn;
    [Conv2d(160, 160, new[] { 1, 7 }, Padding = new[] { 0, 3 }, Bias = false)]  public object? Mixed_6d_branch7x7dbl_3_conv;
    [BatchNorm2d(160)]                                                          public object? Mixed_6d_branch7x7dbl_3_bn;
    [Conv2d(160, 160, new[] { 7, 1 }, Padding = new[] { 3, 0 }, Bias = false)]  public object? Mixed_6d_branch7x7dbl_4_conv;
    [BatchNorm2d(160)]                                                          public object? Mixed_6d_branch7x7dbl_4_bn;
    [Conv2d(160, 192, new[] { 1, 7 }, Padding = new[] { 0, 3 }, Bias = false)]  public object? Mixed_6d_branch7x7dbl_5_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_6d_branch7x7dbl_5_bn;
    [AvgPool2d(3, Stride = 1, Padding = 1, From = nameof(Mixed_6c))]            public object? Mixed_6d_pool;
    [Conv2d(768, 192, 1, Bias = false)]                                         public object? Mixed_6d_branch_pool_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_6d_branch_pool_bn;
    [Concat(nameof(Mixed_6d_branch1x1_bn),
            nameof(Mixed_6d_branch7x7_3_bn),
            nameof(Mixed_6d_branch7x7dbl_5_bn),
            nameof(Mixed_6d_branch_pool_bn))]
    public object? Mixed_6d;

    // Mixed_6e, InceptionC with 1×7 and 7×1 kernels of width 192: 768 → 192 × 4 = 768 channels (17×17)
    [Conv2d(768, 192, 1, Bias = false, From = nameof(Mixed_6d))]                public object? Mixed_6e_branch1x1_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_6e_branch1x1_bn;
    [Conv2d(768, 192, 1, Bias = false, From = nameof(Mixed_6d))]                public object? Mixed_6e_branch7x7_1_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_6e_branch7x7_1_bn;
    [Conv2d(192, 192, new[] { 1, 7 }, Padding = new[] { 0, 3 }, Bias = false)]  public object? Mixed_6e_branch7x7_2_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_6e_branch7x7_2_bn;
    [Conv2d(192, 192, new[] { 7, 1 }, Padding = new[] { 3, 0 }, Bias = false)]  public object? Mixed_6e_branch7x7_3_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_6e_branch7x7_3_bn;
    [Conv2d(768, 192, 1, Bias = false, From = nameof(Mixed_6d))]                public object? Mixed_6e_branch7x7dbl_1_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_6e_branch7x7dbl_1_bn;
    [Conv2d(192, 192, new[] { 7, 1 }, Padding = new[] { 3, 0 }, Bias = false)]  public object? Mixed_6e_branch7x7dbl_2_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_6e_branch7x7dbl_2_bn;
    [Conv2d(192, 192, new[] { 1, 7 }, Padding = new[] { 0, 3 }, Bias = false)]  public object? Mixed_6e_branch7x7dbl_3_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_6e_branch7x7dbl_3_bn;
    [Conv2d(192, 192, new[] { 7, 1 }, Padding = new[] { 3, 0 }, Bias = false)]  public object? Mixed_6e_branch7x7dbl_4_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_6e_branch7x7dbl_4_bn;
    [Conv2d(192, 192, new[] { 1, 7 }, Padding = new[] { 0, 3 }, Bias = false)]  public object? Mixed_6e_branch7x7dbl_5_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_6e_branch7x7dbl_5_bn;
    [AvgPool2d(3, Stride = 1, Padding = 1, From = nameof(Mixed_6d))]            public object? Mixed_6e_pool;
    [Conv2d(768, 192, 1, Bias = false)]                                         public object? Mixed_6e_branch_pool_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_6e_branch_pool_bn;
    [Concat(nameof(Mixed_6e_branch1x1_bn),
            nameof(Mixed_6e_branch7x7_3_bn),
            nameof(Mixed_6e_branch7x7dbl_5_bn),
            nameof(Mixed_6e_branch_pool_bn))]
    public object? Mixed_6e;

    // Mixed_7a, InceptionD: 768 → 320 + 192 + 768 = 1280 channels (8×8)
    [Conv2d(768, 192, 1, Bias = false, From = nameof(Mixed_6e))]                public object? Mixed_7a_branch3x3_1_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_7a_branch3x3_1_bn;
    [Conv2d(192, 320, 3, Stride = 2, Bias = false)]                             public object? Mixed_7a_branch3x3_2_conv;
    [BatchNorm2d(320)]                                                          public object? Mixed_7a_branch3x3_2_bn;
    [Conv2d(768, 192, 1, Bias = false, From = nameof(Mixed_6e))]                public object? Mixed_7a_branch7x7x3_1_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_7a_branch7x7x3_1_bn;
    [Conv2d(192, 192, new[] { 1, 7 }, Padding = new[] { 0, 3 }, Bias = false)]  public object? Mixed_7a_branch7x7x3_2_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_7a_branch7x7x3_2_bn;
    [Conv2d(192, 192, new[] { 7, 1 }, Padding = new[] { 3, 0 }, Bias = false)]  public object? Mixed_7a_branch7x7x3_3_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_7a_branch7x7x3_3_bn;
    [Conv2d(192, 192, 3, Stride = 2, Bias = false)]                             public object? Mixed_7a_branch7x7x3_4_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_7a_branch7x7x3_4_bn;
    [MaxPool2d(3, Stride = 2, From = nameof(Mixed_6e))]                         public object? Mixed_7a_pool;
    [Concat(nameof(Mixed_7a_branch3x3_2_bn),
            nameof(Mixed_7a_branch7x7x3_4_bn),
            nameof(Mixed_7a_pool))]
    public object? Mixed_7a;

    // Mixed_7b, InceptionE, whose 3×3 branches split into 1×3 and 3×1: 1280 → 320 + 768 + 768 + 192 = 2048 channels (8×8)
    [Conv2d(1280, 320, 1, Bias = false, From = nameof(Mixed_7a))]               public object? Mixed_7b_branch1x1_conv;
    [BatchNorm2d(320)]                                                          public object? Mixed_7b_branch1x1_bn;
    [Conv2d(1280, 384, 1, Bias = false, From = nameof(Mixed_7a))]               public object? Mixed_7b_branch3x3_1_conv;
    [BatchNorm2d(384)]                                                          public object? Mixed_7b_branch3x3_1_bn;
    [Conv2d(384, 384, new[] { 1, 3 }, Padding = new[] { 0, 1 }, Bias = false)]  public object? Mixed_7b_branch3x3_2a_conv;
    [BatchNorm2d(384)]                                                          public object? Mixed_7b_branch3x3_2a_bn;
    [Conv2d(384, 384, new[] { 3, 1 }, Padding = new[] { 1, 0 }, Bias = false, From = nameof(Mixed_7b_branch3x3_1_bn))]
    public object? Mixed_7b_branch3x3_2b_conv;
    [BatchNorm2d(384)]                                                          public object? Mixed_7b_branch3x3_2b_bn;
    [Concat(nameof(Mixed_7b_branch3x3_2a_bn),
            nameof(Mixed_7b_branch3x3_2b_bn))]
    public object? Mixed_7b_branch3x3;
    [Conv2d(1280, 448, 1, Bias = false, From = nameof(Mixed_7a))]               public object? Mixed_7b_branch3x3dbl_1_conv;
    [BatchNorm2d(448)]                                                          public object? Mixed_7b_branch3x3dbl_1_bn;
    [Conv2d(448, 384, 3, Padding = 1, Bias = false)]                            public object? Mixed_7b_branch3x3dbl_2_conv;
    [BatchNorm2d(384)]                                                          public object? Mixed_7b_branch3x3dbl_2_bn;
    [Conv2d(384, 384, new[] { 1, 3 }, Padding = new[] { 0, 1 }, Bias = false)]  public object? Mixed_7b_branch3x3dbl_3a_conv;
    [BatchNorm2d(384)]                                                          public object? Mixed_7b_branch3x3dbl_3a_bn;
    [Conv2d(384, 384, new[] { 3, 1 }, Padding = new[] { 1, 0 }, Bias = false, From = nameof(Mixed_7b_branch3x3dbl_2_bn))]
    public object? Mixed_7b_branch3x3dbl_3b_conv;
    [BatchNorm2d(384)]                                                          public object? Mixed_7b_branch3x3dbl_3b_bn;
    [Concat(nameof(Mixed_7b_branch3x3dbl_3a_bn),
            nameof(Mixed_7b_branch3x3dbl_3b_bn))]
    public object? Mixed_7b_branch3x3dbl;
    [AvgPool2d(3, Stride = 1, Padding = 1, From = nameof(Mixed_7a))]            public object? Mixed_7b_pool;
    [Conv2d(1280, 192, 1, Bias = false)]                                        public object? Mixed_7b_branch_pool_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_7b_branch_pool_bn;
    [Concat(nameof(Mixed_7b_branch1x1_bn),
            nameof(Mixed_7b_branch3x3),
            nameof(Mixed_7b_branch3x3dbl),
            nameof(Mixed_7b_branch_pool_bn))]
    public object? Mixed_7b;

    // Mixed_7c, InceptionE, whose 3×3 branches split into 1×3 and 3×1: 2048 → 320 + 768 + 768 + 192 = 2048 channels (8×8)
    [Conv2d(2048, 320, 1, Bias = false, From = nameof(Mixed_7b))]               public object? Mixed_7c_branch1x1_conv;
    [BatchNorm2d(320)]                                                          public object? Mixed_7c_branch1x1_bn;
    [Conv2d(2048, 384, 1, Bias = false, From = nameof(Mixed_7b))]               public object? Mixed_7c_branch3x3_1_conv;
    [BatchNorm2d(384)]                                                          public object? Mixed_7c_branch3x3_1_bn;
    [Conv2d(384, 384, new[] { 1, 3 }, Padding = new[] { 0, 1 }, Bias = false)]  public object? Mixed_7c_branch3x3_2a_conv;
    [BatchNorm2d(384)]                                                          public object? Mixed_7c_branch3x3_2a_bn;
    [Conv2d(384, 384, new[] { 3, 1 }, Padding = new[] { 1, 0 }, Bias = false, From = nameof(Mixed_7c_branch3x3_1_bn))]
    public object? Mixed_7c_branch3x3_2b_conv;
    [BatchNorm2d(384)]                                                          public object? Mixed_7c_branch3x3_2b_bn;
    [Concat(nameof(Mixed_7c_branch3x3_2a_bn),
            nameof(Mixed_7c_branch3x3_2b_bn))]
    public object? Mixed_7c_branch3x3;
    [Conv2d(2048, 448, 1, Bias = false, From = nameof(Mixed_7b))]               public object? Mixed_7c_branch3x3dbl_1_conv;
    [BatchNorm2d(448)]                                                          public object? Mixed_7c_branch3x3dbl_1_bn;
    [Conv2d(448, 384, 3, Padding = 1, Bias = false)]                            public object? Mixed_7c_branch3x3dbl_2_conv;
    [BatchNorm2d(384)]                                                          public object? Mixed_7c_branch3x3dbl_2_bn;
    [Conv2d(384, 384, new[] { 1, 3 }, Padding = new[] { 0, 1 }, Bias = false)]  public object? Mixed_7c_branch3x3dbl_3a_conv;
    [BatchNorm2d(384)]                                                          public object? Mixed_7c_branch3x3dbl_3a_bn;
    [Conv2d(384, 384, new[] { 3, 1 }, Padding = new[] { 1, 0 }, Bias = false, From = nameof(Mixed_7c_branch3x3dbl_2_bn))]
    public object? Mixed_7c_branch3x3dbl_3b_conv;
    [BatchNorm2d(384)]                                                          public object? Mixed_7c_branch3x3dbl_3b_bn;
    [Concat(nameof(Mixed_7c_branch3x3dbl_3a_bn),
            nameof(Mixed_7c_branch3x3dbl_3b_bn))]
    public object? Mixed_7c_branch3x3dbl;
    [AvgPool2d(3, Stride = 1, Padding = 1, From = nameof(Mixed_7b))]            public object? Mixed_7c_pool;
    [Conv2d(2048, 192, 1, Bias = false)]                                        public object? Mixed_7c_branch_pool_conv;
    [BatchNorm2d(192)]                                                          public object? Mixed_7c_branch_pool_bn;
    [Concat(nameof(Mixed_7c_branch1x1_bn),
            nameof(Mixed_7c_branch3x3),
            nameof(Mixed_7c_branch3x3dbl),
            nameof(Mixed_7c_branch_pool_bn))]
    public object? Mixed_7c;

    // head
    [AdaptiveAvgPool2d(1)]                                                      public object? avgpool;   // 2048×1×1
    [Flatten]                                                                   public object? flatten;   // 2048
    [Linear(2048, 1000)]                                                        public object? fc;
}
