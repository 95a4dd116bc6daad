using ConvShape;

namespace Samples.Networks;

/// <summary>
/// C3D (Tran et al. 2015, "Learning Spatiotemporal Features with 3D Convolutional Networks"): clips of 16 frames of
/// 3×112×112, eight 3×3×3 convolutions with padding 1, pool1 1×2×2 (keeps the early temporal signal), pools 2–5
/// 2×2×2, pool5 padded (0, 1, 1) so that 7×7 gives 4×4, then fc6, fc7 and fc8 over the 487 Sports-1M classes.
/// pool5 is 512×1×4×4 = 8,192 features. ReLU and dropout have no shape and are left out.
/// </summary>
[Network(3, 16, 112, 112)]
public partial class C3D
{
    [Conv3d(3, 64, 3, Padding = 1)]     public object? conv1a;   // 64×16×112×112
    [MaxPool3d(new[] { 1, 2, 2 })]      public object? pool1;    // 64×16×56×56
    [Conv3d(64, 128, 3, Padding = 1)]   public object? conv2a;
    [MaxPool3d(2)]                      public object? pool2;    // 128×8×28×28
    [Conv3d(128, 256, 3, Padding = 1)]  public object? conv3a;
    [Conv3d(256, 256, 3, Padding = 1)]  public object? conv3b;
    [MaxPool3d(2)]                      public object? pool3;    // 256×4×14×14
    [Conv3d(256, 512, 3, Padding = 1)]  public object? conv4a;
    [Conv3d(512, 512, 3, Padding = 1)]  public object? conv4b;
    [MaxPool3d(2)]                      public object? pool4;    // 512×2×7×7
    [Conv3d(512, 512, 3, Padding = 1)]  public object? conv5a;
    [Conv3d(512, 512, 3, Padding = 1)]  public object? conv5b;
    [MaxPool3d(2, Padding = new[] { 0, 1, 1 })]  public object? pool5;   // 512×1×4×4
    [Flatten]                           public object? flat;     // 8,192
    [Linear(512 * 1 * 4 * 4, 4096)]     public object? fc6;
    [Linear(4096, 4096)]                public object? fc7;
    [Linear(4096, 487)]                 public object? fc8;
}
