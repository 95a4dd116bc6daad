using ConvShape;

namespace Samples.Networks;

/// <summary>
/// VGG-16 (Simonyan and Zisserman 2015, configuration D) as torchvision's <c>vgg16</c>: thirteen 3×3 convolutions
/// with padding 1 in five blocks, each block closed by 2×2 max pooling, an adaptive average pooling to 7×7 and
/// three fully connected layers. 138,357,544 parameters. ReLU and dropout have no shape and are left out.
/// </summary>
[Network(3, 224, 224)]
public partial class Vgg16
{
    // features
    [Conv2d(3, 64, 3, Padding = 1)]     public object? conv1_1;   // 64×224×224
    [Conv2d(64, 64, 3, Padding = 1)]    public object? conv1_2;
    [MaxPool2d(2)]                      public object? pool1;     // 64×112×112
    [Conv2d(64, 128, 3, Padding = 1)]   public object? conv2_1;
    [Conv2d(128, 128, 3, Padding = 1)]  public object? conv2_2;
    [MaxPool2d(2)]                      public object? pool2;     // 128×56×56
    [Conv2d(128, 256, 3, Padding = 1)]  public object? conv3_1;
    [Conv2d(256, 256, 3, Padding = 1)]  public object? conv3_2;
    [Conv2d(256, 256, 3, Padding = 1)]  public object? conv3_3;
    [MaxPool2d(2)]                      public object? pool3;     // 256×28×28
    [Conv2d(256, 512, 3, Padding = 1)]  public object? conv4_1;
    [Conv2d(512, 512, 3, Padding = 1)]  public object? conv4_2;
    [Conv2d(512, 512, 3, Padding = 1)]  public object? conv4_3;
    [MaxPool2d(2)]                      public object? pool4;     // 512×14×14
    [Conv2d(512, 512, 3, Padding = 1)]  public object? conv5_1;
    [Conv2d(512, 512, 3, Padding = 1)]  public object? conv5_2;
    [Conv2d(512, 512, 3, Padding = 1)]  public object? conv5_3;
    [MaxPool2d(2)]                      public object? pool5;     // 512×7×7
    // avgpool
    [AdaptiveAvgPool2d(7)]              public object? avgpool;   // 512×7×7
    // classifier
    [Flatten]                           public object? flat;      // 25,088
    [Linear(512 * 7 * 7, 4096)]         public object? fc6;
    [Linear(4096, 4096)]                public object? fc7;
    [Linear(4096, 1000)]                public object? fc8;
}
