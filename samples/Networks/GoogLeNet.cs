using ConvShape;

namespace Samples.Networks;

/// <summary>
/// GoogLeNet (Szegedy et al. 2015, Inception v1) as torchvision's <c>googlenet</c> without its auxiliary classifiers
/// (they run only in training): a 7×7/2 stem, nine Inception modules (four branches read the same input: a 1×1
/// convolution; 1×1 then 3×3; 1×1 then another 3×3, where the paper has 5×5, as torchvision keeps it; a 3×3 max pooling
/// of stride 1 then 1×1; their outputs concatenated), ceil-mode max pooling between the stages, global average pooling
/// and one fully connected layer. Every convolution is torchvision's BasicConv2d: no bias, then BatchNorm2d.
/// 6,624,904 parameters. ReLU and dropout have no shape and are left out. Layer names follow torchvision's module
/// paths (<c>inception3a.branch2.1.conv</c> → <c>inception3a_branch2_1_conv</c>; a module's output is the
/// concatenation, <c>inception3a</c>).
/// </summary>
[Network(3, 224, 224)]
public partial class GoogLeNet
{
    // stem: 3×224×224 → 192×28×28
    [Conv2d(3, 64, 7, Stride = 2, Padding = 3, Bias = false)]                             public object? conv1_conv;   // 64×112×112
    [BatchNorm2d(64)]                                                                     public object? conv1_bn;
    [MaxPool2d(3, Stride = 2, CeilMode = true)]                                           public object? maxpool1;   // 64×56×56
    [Conv2d(64, 64, 1, Bias = false)]                                                     public object? conv2_conv;
    [BatchNorm2d(64)]                                                                     public object? conv2_bn;
    [Conv2d(64, 192, 3, Padding = 1, Bias = false)]                                       public object? conv3_conv;
    [BatchNorm2d(192)]                                                                    public object? conv3_bn;
    [MaxPool2d(3, Stride = 2, CeilMode = true)]                                           public object? maxpool2;   // 192×28×28

    // inception3a: 192 → 64 + 128 + 32 + 32 = 256 channels (28×28)
    [Conv2d(192, 64, 1, Bias = false, From = nameof(maxpool2))]                           public object? inception3a_branch1_conv;
    [BatchNorm2d(64)]                                                                     public object? inception3a_branch1_bn;
    [Conv2d(192, 96, 1, Bias = false, From = nameof(maxpool2))]                           public object? inception3a_branch2_0_conv;
    [BatchNorm2d(96)]                                                                     public object? inception3a_branch2_0_bn;
    [Conv2d(96, 128, 3, Padding = 1, Bias = false)]                                       public object? inception3a_branch2_1_conv;
    [BatchNorm2d(128)]                                                                    public object? inception3a_branch2_1_bn;
    [Conv2d(192, 16, 1, Bias = false, From = nameof(maxpool2))]                           public object? inception3a_branch3_0_conv;
    [BatchNorm2d(16)]                                                                     public object? inception3a_branch3_0_bn;
    [Conv2d(16, 32, 3, Padding = 1, Bias = false)]                                        public object? inception3a_branch3_1_conv;
    [BatchNorm2d(32)]                                                                     public object? inception3a_branch3_1_bn;
    [MaxPool2d(3, Stride = 1, Padding = 1, CeilMode = true, From = nameof(maxpool2))]     public object? inception3a_branch4_0;
    [Conv2d(192, 32, 1, Bias = false)]                                                    public object? inception3a_branch4_1_conv;
    [BatchNorm2d(32)]                                                                     public object? inception3a_branch4_1_bn;
    [Concat(nameof(inception3a_branch1_bn),
            nameof(inception3a_branch2_1_bn),
            nameof(inception3a_branch3_1_bn),
            nameof(inception3a_branch4_1_bn))]
    public object? inception3a;

    // inception3b: 256 → 128 + 192 + 96 + 64 = 480 channels (28×28)
    [Conv2d(256, 128, 1, Bias = false, From = nameof(inception3a))]                       public object? inception3b_branch1_conv;
    [BatchNorm2d(128)]                                                                    public object? inception3b_branch1_bn;
    [Conv2d(256, 128, 1, Bias = false, From = nameof(inception3a))]                       public object? inception3b_branch2_0_conv;
    [BatchNorm2d(128)]                                                                    public object? inception3b_branch2_0_bn;
    [Conv2d(128, 192, 3, Padding = 1, Bias = false)]                                      public object? inception3b_branch2_1_conv;
    [BatchNorm2d(192)]                                                                    public object? inception3b_branch2_1_bn;
    [Conv2d(256, 32, 1, Bias = false, From = nameof(inception3a))]                        public object? inception3b_branch3_0_conv;
    [BatchNorm2d(32)]                                                                     public object? inception3b_branch3_0_bn;
    [Conv2d(32, 96, 3, Padding = 1, Bias = false)]                                        public object? inception3b_branch3_1_conv;
    [BatchNorm2d(96)]                                                                     public object? inception3b_branch3_1_bn;
    [MaxPool2d(3, Stride = 1, Padding = 1, CeilMode = true, From = nameof(inception3a))]  public object? inception3b_branch4_0;
    [Conv2d(256, 64, 1, Bias = false)]                                                    public object? inception3b_branch4_1_conv;
    [BatchNorm2d(64)]                                                                     public object? inception3b_branch4_1_bn;
    [Concat(nameof(inception3b_branch1_bn),
            nameof(inception3b_branch2_1_bn),
            nameof(inception3b_branch3_1_bn),
            nameof(inception3b_branch4_1_bn))]
    public object? inception3b;

    [MaxPool2d(3, Stride = 2, CeilMode = true)]                                           public object? maxpool3;   // 480×14×14

    // inception4a: 480 → 192 + 208 + 48 + 64 = 512 channels (14×14)
    [Conv2d(480, 192, 1, Bias = false, From = nameof(maxpool3))]                          public object? inception4a_branch1_conv;
    [BatchNorm2d(192)]                                                                    public object? inception4a_branch1_bn;
    [Conv2d(480, 96, 1, Bias = false, From = nameof(maxpool3))]                           public object? inception4a_branch2_0_conv;
    [BatchNorm2d(96)]                                                                     public object? inception4a_branch2_0_bn;
    [Conv2d(96, 208, 3, Padding = 1, Bias = false)]                                       public object? inception4a_branch2_1_conv;
    [BatchNorm2d(208)]                                                                    public object? inception4a_branch2_1_bn;
    [Conv2d(480, 16, 1, Bias = false, From = nameof(maxpool3))]                           public object? inception4a_branch3_0_conv;
    [BatchNorm2d(16)]                                                                     public object? inception4a_branch3_0_bn;
    [Conv2d(16, 48, 3, Padding = 1, Bias = false)]                                        public object? inception4a_branch3_1_conv;
    [BatchNorm2d(48)]                                                                     public object? inception4a_branch3_1_bn;
    [MaxPool2d(3, Stride = 1, Padding = 1, CeilMode = true, From = nameof(maxpool3))]     public object? inception4a_branch4_0;
    [Conv2d(480, 64, 1, Bias = false)]                                                    public object? inception4a_branch4_1_conv;
    [BatchNorm2d(64)]                                                                     public object? inception4a_branch4_1_bn;
    [Concat(nameof(inception4a_branch1_bn),
            nameof(inception4a_branch2_1_bn),
            nameof(inception4a_branch3_1_bn),
            nameof(inception4a_branch4_1_bn))]
    public object? inception4a;

    // inception4b: 512 → 160 + 224 + 64 + 64 = 512 channels (14×14)
    [Conv2d(512, 160, 1, Bias = false, From = nameof(inception4a))]                       public object? inception4b_branch1_conv;
    [BatchNorm2d(160)]                                                                    public object? inception4b_branch1_bn;
    [Conv2d(512, 112, 1, Bias = false, From = nameof(inception4a))]                       public object? inception4b_branch2_0_conv;
    [BatchNorm2d(112)]                                                                    public object? inception4b_branch2_0_bn;
    [Conv2d(112, 224, 3, Padding = 1, Bias = false)]                                      public object? inception4b_branch2_1_conv;
    [BatchNorm2d(224)]                                                                    public object? inception4b_branch2_1_bn;
    [Conv2d(512, 24, 1, Bias = false, From = nameof(inception4a))]                        public object? inception4b_branch3_0_conv;
    [BatchNorm2d(24)]                                                                     public object? inception4b_branch3_0_bn;
    [Conv2d(24, 64, 3, Padding = 1, Bias = false)]                                        public object? inception4b_branch3_1_conv;
    [BatchNorm2d(64)]                                                                     public object? inception4b_branch3_1_bn;
    [MaxPool2d(3, Stride = 1, Padding = 1, CeilMode = true, From = nameof(inception4a))]  public object? inception4b_branch4_0;
    [Conv2d(512, 64, 1, Bias = false)]                                                    public object? inception4b_branch4_1_conv;
    [BatchNorm2d(64)]                                                                     public object? inception4b_branch4_1_bn;
    [Concat(nameof(inception4b_branch1_bn),
            nameof(inception4b_branch2_1_bn),
            nameof(inception4b_branch3_1_bn),
            nameof(inception4b_branch4_1_bn))]
    public object? inception4b;

    // inception4c: 512 → 128 + 256 + 64 + 64 = 512 channels (14×14)
    [Conv2d(512, 128, 1, Bias = false, From = nameof(inception4b))]                       public object? inception4c_branch1_conv;
    [BatchNorm2d(128)]                                                                    public object? inception4c_branch1_bn;
    [Conv2d(512, 128, 1, Bias = false, From = nameof(inception4b))]                       public object? inception4c_branch2_0_conv;
    [BatchNorm2d(128)]                                                                    public object? inception4c_branch2_0_bn;
    [Conv2d(128, 256, 3, Padding = 1, Bias = false)]                                      public object? inception4c_branch2_1_conv;
    [BatchNorm2d(256)]                                                                    public object? inception4c_branch2_1_bn;
    [Conv2d(512, 24, 1, Bias = false, From = nameof(inception4b))]                        public object? inception4c_branch3_0_conv;
    [BatchNorm2d(24)]                                                                     public object? inception4c_branch3_0_bn;
    [Conv2d(24, 64, 3, Padding = 1, Bias = false)]                                        public object? inception4c_branch3_1_conv;
    [BatchNorm2d(64)]                                                                     public object? inception4c_branch3_1_bn;
    [MaxPool2d(3, Stride = 1, Padding = 1, CeilMode = true, From = nameof(inception4b))]  public object? inception4c_branch4_0;
    [Conv2d(512, 64, 1, Bias = false)]                                                    public object? inception4c_branch4_1_conv;
    [BatchNorm2d(64)]                                                                     public object? inception4c_branch4_1_bn;
    [Concat(nameof(inception4c_branch1_bn),
            nameof(inception4c_branch2_1_bn),
            nameof(inception4c_branch3_1_bn),
            nameof(inception4c_branch4_1_bn))]
    public object? inception4c;

    // inception4d: 512 → 112 + 288 + 64 + 64 = 528 channels (14×14)
    [Conv2d(512, 112, 1, Bias = false, From = nameof(inception4c))]                       public object? inception4d_branch1_conv;
    [BatchNorm2d(112)]                                                                    public object? inception4d_branch1_bn;
    [Conv2d(512, 144, 1, Bias = false, From = nameof(inception4c))]                       public object? inception4d_branch2_0_conv;
    [BatchNorm2d(144)]                                                                    public object? inception4d_branch2_0_bn;
    [Conv2d(144, 288, 3, Padding = 1, Bias = false)]                                      public object? inception4d_branch2_1_conv;
    [BatchNorm2d(288)]                                                                    public object? inception4d_branch2_1_bn;
    [Conv2d(512, 32, 1, Bias = false, From = nameof(inception4c))]                        public object? inception4d_branch3_0_conv;
    [BatchNorm2d(32)]                                                                     public object? inception4d_branch3_0_bn;
    [Conv2d(32, 64, 3, Padding = 1, Bias = false)]                                        public object? inception4d_branch3_1_conv;
    [BatchNorm2d(64)]                                                                     public object? inception4d_branch3_1_bn;
    [MaxPool2d(3, Stride = 1, Padding = 1, CeilMode = true, From = nameof(inception4c))]  public object? inception4d_branch4_0;
    [Conv2d(512, 64, 1, Bias = false)]                                                    public object? inception4d_branch4_1_conv;
    [BatchNorm2d(64)]                                                                     public object? inception4d_branch4_1_bn;
    [Concat(nameof(inception4d_branch1_bn),
            nameof(inception4d_branch2_1_bn),
            nameof(inception4d_branch3_1_bn),
            nameof(inception4d_branch4_1_bn))]
    public object? inception4d;

    // inception4e: 528 → 256 + 320 + 128 + 128 = 832 channels (14×14)
    [Conv2d(528, 256, 1, Bias = false, From = nameof(inception4d))]                       public object? inception4e_branch1_conv;
    [BatchNorm2d(256)]                                                                    public object? inception4e_branch1_bn;
    [Conv2d(528, 160, 1, Bias = false, From = nameof(inception4d))]                       public object? inception4e_branch2_0_conv;
    [BatchNorm2d(160)]                                                                    public object? inception4e_branch2_0_bn;
    [Conv2d(160, 320, 3, Padding = 1, Bias = false)]                                      public object? inception4e_branch2_1_conv;
    [BatchNorm2d(320)]                                                                    public object? inception4e_branch2_1_bn;
    [Conv2d(528, 32, 1, Bias = false, From = nameof(inception4d))]                        public object? inception4e_branch3_0_conv;
    [BatchNorm2d(32)]                                                                     public object? inception4e_branch3_0_bn;
    [Conv2d(32, 128, 3, Padding = 1, Bias = false)]                                       public object? inception4e_branch3_1_conv;
    [BatchNorm2d(128)]                                                                    public object? inception4e_branch3_1_bn;
    [MaxPool2d(3, Stride = 1, Padding = 1, CeilMode = true, From = nameof(inception4d))]  public object? inception4e_branch4_0;
    [Conv2d(528, 128, 1, Bias = false)]                                                   public object? inception4e_branch4_1_conv;
    [BatchNorm2d(128)]                                                                    public object? inception4e_branch4_1_bn;
    [Concat(nameof(inception4e_branch1_bn),
            nameof(inception4e_branch2_1_bn),
            nameof(inception4e_branch3_1_bn),
            nameof(inception4e_branch4_1_bn))]
    public object? inception4e;

    [MaxPool2d(2, Stride = 2, CeilMode = true)]                                           public object? maxpool4;   // 832×7×7

    // inception5a: 832 → 256 + 320 + 128 + 128 = 832 channels (7×7)
    [Conv2d(832, 256, 1, Bias = false, From = nameof(maxpool4))]                          public object? inception5a_branch1_conv;
    [BatchNorm2d(256)]                                                                    public object? inception5a_branch1_bn;
    [Conv2d(832, 160, 1, Bias = false, From = nameof(maxpool4))]                          public object? inception5a_branch2_0_conv;
    [BatchNorm2d(160)]                                                                    public object? inception5a_branch2_0_bn;
    [Conv2d(160, 320, 3, Padding = 1, Bias = false)]                                      public object? inception5a_branch2_1_conv;
    [BatchNorm2d(320)]                                                                    public object? inception5a_branch2_1_bn;
    [Conv2d(832, 32, 1, Bias = false, From = nameof(maxpool4))]                           public object? inception5a_branch3_0_conv;
    [BatchNorm2d(32)]                                                                     public object? inception5a_branch3_0_bn;
    [Conv2d(32, 128, 3, Padding = 1, Bias = false)]                                       public object? inception5a_branch3_1_conv;
    [BatchNorm2d(128)]                                                                    public object? inception5a_branch3_1_bn;
    [MaxPool2d(3, Stride = 1, Padding = 1, CeilMode = true, From = nameof(maxpool4))]     public object? inception5a_branch4_0;
    [Conv2d(832, 128, 1, Bias = false)]                                                   public object? inception5a_branch4_1_conv;
    [BatchNorm2d(128)]                                                                    public object? inception5a_branch4_1_bn;
    [Concat(nameof(inception5a_branch1_bn),
            nameof(inception5a_branch2_1_bn),
            nameof(inception5a_branch3_1_bn),
            nameof(inception5a_branch4_1_bn))]
    public object? inception5a;

    // inception5b: 832 → 384 + 384 + 128 + 128 = 1024 channels (7×7)
    [Conv2d(832, 384, 1, Bias = false, From = nameof(inception5a))]                       public object? inception5b_branch1_conv;
    [BatchNorm2d(384)]                                                                    public object? inception5b_branch1_bn;
    [Conv2d(832, 192, 1, Bias = false, From = nameof(inception5a))]                       public object? inception5b_branch2_0_conv;
    [BatchNorm2d(192)]                                                                    public object? inception5b_branch2_0_bn;
    [Conv2d(192, 384, 3, Padding = 1, Bias = false)]                                      public object? inception5b_branch2_1_conv;
    [BatchNorm2d(384)]                                                                    public object? inception5b_branch2_1_bn;
    [Conv2d(832, 48, 1, Bias = false, From = nameof(inception5a))]                        public object? inception5b_branch3_0_conv;
    [BatchNorm2d(48)]                                                                     public object? inception5b_branch3_0_bn;
    [Conv2d(48, 128, 3, Padding = 1, Bias = false)]                                       public object? inception5b_branch3_1_conv;
    [BatchNorm2d(128)]                                                                    public object? inception5b_branch3_1_bn;
    [MaxPool2d(3, Stride = 1, Padding = 1, CeilMode = true, From = nameof(inception5a))]  public object? inception5b_branch4_0;
    [Conv2d(832, 128, 1, Bias = false)]                                                   public object? inception5b_branch4_1_conv;
    [BatchNorm2d(128)]                                                                    public object? inception5b_branch4_1_bn;
    [Concat(nameof(inception5b_branch1_bn),
            nameof(inception5b_branch2_1_bn),
            nameof(inception5b_branch3_1_bn),
            nameof(inception5b_branch4_1_bn))]
    public object? inception5b;

    // head
    [AdaptiveAvgPool2d(1)]                                                                public object? avgpool;   // 1024×1×1
    [Flatten]                                                                             public object? flatten;   // 1024
    [Linear(1024, 1000)]                                                                  public object? fc;
}
