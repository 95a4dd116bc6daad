using ConvShape;

namespace Samples.Networks;

/// <summary>
/// AlexNet (Krizhevsky et al. 2012) as torchvision's <c>alexnet</c> (the one-GPU variant of "One weird trick", 2014):
/// five convolutions, the first 11×11 with stride 4, three 3×3/2 max poolings, an adaptive average pooling to 6×6 and
/// three fully connected layers. 61,100,840 parameters. ReLU and dropout have no shape and are left out. Layer names
/// follow torchvision's module paths (<c>features.3</c> → <c>features_3</c>).
/// </summary>
[Network(3, 224, 224)]
public partial class AlexNet
{
    [Conv2d(3, 64, 11, Stride = 4, Padding = 2)]  public object? features_0;    // 64×55×55
    [MaxPool2d(3, Stride = 2)]                    public object? features_2;    // 64×27×27
    [Conv2d(64, 192, 5, Padding = 2)]             public object? features_3;
    [MaxPool2d(3, Stride = 2)]                    public object? features_5;    // 192×13×13
    [Conv2d(192, 384, 3, Padding = 1)]            public object? features_6;
    [Conv2d(384, 256, 3, Padding = 1)]            public object? features_8;
    [Conv2d(256, 256, 3, Padding = 1)]            public object? features_10;
    [MaxPool2d(3, Stride = 2)]                    public object? features_12;   // 256×6×6
    [AdaptiveAvgPool2d(6)]                        public object? avgpool;
    [Flatten]                                     public object? flatten;       // 9216
    [Linear(256 * 6 * 6, 4096)]                   public object? classifier_1;
    [Linear(4096, 4096)]                          public object? classifier_4;
    [Linear(4096, 1000)]                          public object? classifier_6;
}
