using ConvShape;

namespace Samples.Networks;

/// <summary>
/// LeNet-5 (LeCun et al. 1998) in its usual PyTorch form: 1×32×32 input, two 5×5 convolutions each followed by
/// 2×2 max pooling, then three fully connected layers. 61,706 parameters. Activations have no shape and are left out.
/// </summary>
[Network(1, 32, 32)]
public partial class LeNet5
{
    [Conv2d(1, 6, 5)]          public object? conv1;   // 6×28×28
    [MaxPool2d(2)]             public object? pool1;   // 6×14×14
    [Conv2d(6, 16, 5)]         public object? conv2;   // 16×10×10
    [MaxPool2d(2)]             public object? pool2;   // 16×5×5
    [Flatten]                  public object? flat;    // 400
    [Linear(16 * 5 * 5, 120)]  public object? fc1;
    [Linear(120, 84)]          public object? fc2;
    [Linear(84, 10)]           public object? fc3;
}
