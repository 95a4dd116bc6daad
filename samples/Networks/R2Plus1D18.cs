using ConvShape;

namespace Samples.Networks;

/// <summary>
/// R(2+1)D-18 (Tran et al. 2018) as torchvision's <c>r2plus1d_18</c>, on a clip of 16 frames of 112×112 (depth is time):
/// an 18-layer ResNet of 3-D convolutions, each 3×3×3 one split into a spatial 1×3×3 convolution and a temporal 3×1×1
/// one, with BatchNorm3d between them and a middle width chosen to keep the 3×3×3 convolution's parameter count
/// (⌊27·in·out / (9·in + 3·out)⌋: 144, 230, 288, 460, 576, 921, 1,152). Strided blocks stride by 2 in space in the first
/// half and in time in the second; their 1×1×1 shortcut strides by 2 on every axis. 31,505,325 parameters; 400 Kinetics
/// classes. ReLU has no shape and is left out. Layer names follow torchvision's module paths
/// (<c>layer2.0.conv1.0.3</c> → <c>layer2_0_conv1_0_3</c>; a block's output is its Add, <c>layer2_0</c>).
/// </summary>
[Network(3, 16, 112, 112)]
public partial class R2Plus1D18
{
    // stem: a spatial 1×7×7/2 and a temporal 3×1×1 convolution: 64×16×56×56
    [Conv3d(3, 45, new[] { 1, 7, 7 }, Stride = new[] { 1, 2, 2 }, Padding = new[] { 0, 3, 3 }, Bias = false)]    public object? stem_0;
    [BatchNorm3d(45)]                                                                                            public object? stem_1;
    [Conv3d(45, 64, new[] { 3, 1, 1 }, Padding = new[] { 1, 0, 0 }, Bias = false)]                               public object? stem_3;
    [BatchNorm3d(64)]                                                                                            public object? stem_4;

    // layer1: 64×16×56×56
    [Conv3d(64, 144, new[] { 1, 3, 3 }, Padding = new[] { 0, 1, 1 }, Bias = false)]                              public object? layer1_0_conv1_0_0;
    [BatchNorm3d(144)]                                                                                           public object? layer1_0_conv1_0_1;
    [Conv3d(144, 64, new[] { 3, 1, 1 }, Padding = new[] { 1, 0, 0 }, Bias = false)]                              public object? layer1_0_conv1_0_3;
    [BatchNorm3d(64)]                                                                                            public object? layer1_0_conv1_1;
    [Conv3d(64, 144, new[] { 1, 3, 3 }, Padding = new[] { 0, 1, 1 }, Bias = false)]                              public object? layer1_0_conv2_0_0;
    [BatchNorm3d(144)]                                                                                           public object? layer1_0_conv2_0_1;
    [Conv3d(144, 64, new[] { 3, 1, 1 }, Padding = new[] { 1, 0, 0 }, Bias = false)]                              public object? layer1_0_conv2_0_3;
    [BatchNorm3d(64)]                                                                                            public object? layer1_0_conv2_1;
    [Add(nameof(layer1_0_conv2_1), nameof(stem_4))]                                                              public object? layer1_0;

    [Conv3d(64, 144, new[] { 1, 3, 3 }, Padding = new[] { 0, 1, 1 }, Bias = false)]                              public object? layer1_1_conv1_0_0;
    [BatchNorm3d(144)]                                                                                           public object? layer1_1_conv1_0_1;
    [Conv3d(144, 64, new[] { 3, 1, 1 }, Padding = new[] { 1, 0, 0 }, Bias = false)]                              public object? layer1_1_conv1_0_3;
    [BatchNorm3d(64)]                                                                                            public object? layer1_1_conv1_1;
    [Conv3d(64, 144, new[] { 1, 3, 3 }, Padding = new[] { 0, 1, 1 }, Bias = false)]                              public object? layer1_1_conv2_0_0;
    [BatchNorm3d(144)]                                                                                           public object? layer1_1_conv2_0_1;
    [Conv3d(144, 64, new[] { 3, 1, 1 }, Padding = new[] { 1, 0, 0 }, Bias = false)]                              public object? layer1_1_conv2_0_3;
    [BatchNorm3d(64)]                                                                                            public object? layer1_1_conv2_1;
    [Add(nameof(layer1_1_conv2_1), nameof(layer1_0))]                                                            public object? layer1_1;

    // layer2: 128×8×28×28; the first block strides by 2 in time (its temporal convolution) and space (its spatial one)
    [Conv3d(64, 230, new[] { 1, 3, 3 }, Stride = new[] { 1, 2, 2 }, Padding = new[] { 0, 1, 1 }, Bias = false)]  public object? layer2_0_conv1_0_0;
    [BatchNorm3d(230)]                                                                                           public object? layer2_0_conv1_0_1;
    [Conv3d(230, 128, new[] { 3, 1, 1 }, Stride = new[] { 2, 1, 1 }, Padding = new[] { 1, 0, 0 }, Bias = false)] public object? layer2_0_conv1_0_3;
    [BatchNorm3d(128)]                                                                                           public object? layer2_0_conv1_1;
    [Conv3d(128, 230, new[] { 1, 3, 3 }, Padding = new[] { 0, 1, 1 }, Bias = false)]                             public object? layer2_0_conv2_0_0;
    [BatchNorm3d(230)]                                                                                           public object? layer2_0_conv2_0_1;
    [Conv3d(230, 128, new[] { 3, 1, 1 }, Padding = new[] { 1, 0, 0 }, Bias = false)]                             public object? layer2_0_conv2_0_3;
    [BatchNorm3d(128)]                                                                                           public object? layer2_0_conv2_1;
    [Conv3d(64, 128, 1, Stride = 2, Bias = false, From = nameof(layer1_1))]                                      public object? layer2_0_downsample_0;
    [BatchNorm3d(128)]                                                                                           public object? layer2_0_downsample_1;
    [Add(nameof(layer2_0_conv2_1), nameof(layer2_0_downsample_1))]                                               public object? layer2_0;

    [Conv3d(128, 288, new[] { 1, 3, 3 }, Padding = new[] { 0, 1, 1 }, Bias = false)]                             public object? layer2_1_conv1_0_0;
    [BatchNorm3d(288)]                                                                                           public object? layer2_1_conv1_0_1;
    [Conv3d(288, 128, new[] { 3, 1, 1 }, Padding = new[] { 1, 0, 0 }, Bias = false)]                             public object? layer2_1_conv1_0_3;
    [BatchNorm3d(128)]                                                                                           public object? layer2_1_conv1_1;
    [Conv3d(128, 288, new[] { 1, 3, 3 }, Padding = new[] { 0, 1, 1 }, Bias = false)]                             public object? layer2_1_conv2_0_0;
    [BatchNorm3d(288)]                                                                                           public object? layer2_1_conv2_0_1;
    [Conv3d(288, 128, new[] { 3, 1, 1 }, Padding = new[] { 1, 0, 0 }, Bias = false)]                             public object? layer2_1_conv2_0_3;
    [BatchNorm3d(128)]                                                                                           public object? layer2_1_conv2_1;
    [Add(nameof(layer2_1_conv2_1), nameof(layer2_0))]                                                            public object? layer2_1;

    // layer3: 256×4×14×14
    [Conv3d(128, 460, new[] { 1, 3, 3 }, Stride = new[] { 1, 2, 2 }, Padding = new[] { 0, 1, 1 }, Bias = false)] public object? layer3_0_conv1_0_0;
    [BatchNorm3d(460)]                                                                                           public object? layer3_0_conv1_0_1;
    [Conv3d(460, 256, new[] { 3, 1, 1 }, Stride = new[] { 2, 1, 1 }, Padding = new[] { 1, 0, 0 }, Bias = false)] public object? layer3_0_conv1_0_3;
    [BatchNorm3d(256)]                                                                                           public object? layer3_0_conv1_1;
    [Conv3d(256, 460, new[] { 1, 3, 3 }, Padding = new[] { 0, 1, 1 }, Bias = false)]                             public object? layer3_0_conv2_0_0;
    [BatchNorm3d(460)]                                                                                           public object? layer3_0_conv2_0_1;
    [Conv3d(460, 256, new[] { 3, 1, 1 }, Padding = new[] { 1, 0, 0 }, Bias = false)]                             public object? layer3_0_conv2_0_3;
    [BatchNorm3d(256)]                                                                                           public object? layer3_0_conv2_1;
    [Conv3d(128, 256, 1, Stride = 2, Bias = false, From = nameof(layer2_1))]                                     public object? layer3_0_downsample_0;
    [BatchNorm3d(256)]                                                                                           public object? layer3_0_downsample_1;
    [Add(nameof(layer3_0_conv2_1), nameof(layer3_0_downsample_1))]                                               public object? layer3_0;

    [Conv3d(256, 576, new[] { 1, 3, 3 }, Padding = new[] { 0, 1, 1 }, Bias = false)]                             public object? layer3_1_conv1_0_0;
    [BatchNorm3d(576)]                                                                                           public object? layer3_1_conv1_0_1;
    [Conv3d(576, 256, new[] { 3, 1, 1 }, Padding = new[] { 1, 0, 0 }, Bias = false)]                             public object? layer3_1_conv1_0_3;
    [BatchNorm3d(256)]                                                                                           public object? layer3_1_conv1_1;
    [Conv3d(256, 576, new[] { 1, 3, 3 }, Padding = new[] { 0, 1, 1 }, Bias = false)]                             public object? layer3_1_conv2_0_0;
    [BatchNorm3d(576)]                                                                                           public object? layer3_1_conv2_0_1;
    [Conv3d(576, 256, new[] { 3, 1, 1 }, Padding = new[] { 1, 0, 0 }, Bias = false)]                             public object? layer3_1_conv2_0_3;
    [BatchNorm3d(256)]                                                                                           public object? layer3_1_conv2_1;
    [Add(nameof(layer3_1_conv2_1), nameof(layer3_0))]                                                            public object? layer3_1;

    // layer4: 512×2×7×7
    [Conv3d(256, 921, new[] { 1, 3, 3 }, Stride = new[] { 1, 2, 2 }, Padding = new[] { 0, 1, 1 }, Bias = false)] public object? layer4_0_conv1_0_0;
    [BatchNorm3d(921)]                                                                                           public object? layer4_0_conv1_0_1;
    [Conv3d(921, 512, new[] { 3, 1, 1 }, Stride = new[] { 2, 1, 1 }, Padding = new[] { 1, 0, 0 }, Bias = false)] public object? layer4_0_conv1_0_3;
    [BatchNorm3d(512)]                                                                                           public object? layer4_0_conv1_1;
    [Conv3d(512, 921, new[] { 1, 3, 3 }, Padding = new[] { 0, 1, 1 }, Bias = false)]                             public object? layer4_0_conv2_0_0;
    [BatchNorm3d(921)]                                                                                           public object? layer4_0_conv2_0_1;
    [Conv3d(921, 512, new[] { 3, 1, 1 }, Padding = new[] { 1, 0, 0 }, Bias = false)]                             public object? layer4_0_conv2_0_3;
    [BatchNorm3d(512)]                                                                                           public object? layer4_0_conv2_1;
    [Conv3d(256, 512, 1, Stride = 2, Bias = false, From = nameof(layer3_1))]                                     public object? layer4_0_downsample_0;
    [BatchNorm3d(512)]                                                                                           public object? layer4_0_downsample_1;
    [Add(nameof(layer4_0_conv2_1), nameof(layer4_0_downsample_1))]                                               public object? layer4_0;

    [Conv3d(512, 1152, new[] { 1, 3, 3 }, Padding = new[] { 0, 1, 1 }, Bias = false)]                            public object? layer4_1_conv1_0_0;
    [BatchNorm3d(1152)]                                                                                          public object? layer4_1_conv1_0_1;
    [Conv3d(1152, 512, new[] { 3, 1, 1 }, Padding = new[] { 1, 0, 0 }, Bias = false)]                            public object? layer4_1_conv1_0_3;
    [BatchNorm3d(512)]                                                                                           public object? layer4_1_conv1_1;
    [Conv3d(512, 1152, new[] { 1, 3, 3 }, Padding = new[] { 0, 1, 1 }, Bias = false)]                            public object? layer4_1_conv2_0_0;
    [BatchNorm3d(1152)]                                                                                          public object? layer4_1_conv2_0_1;
    [Conv3d(1152, 512, new[] { 3, 1, 1 }, Padding = new[] { 1, 0, 0 }, Bias = false)]                            public object? layer4_1_conv2_0_3;
    [BatchNorm3d(512)]                                                                                           public object? layer4_1_conv2_1;
    [Add(nameof(layer4_1_conv2_1), nameof(layer4_0))]                                                            public object? layer4_1;

    // head
    [AdaptiveAvgPool3d(1)]                                                                                       public object? avgpool;
    [Flatten]                                                                                                    public object? flatten;
    [Linear(512, 400)]                                                                                           public object? fc;
}
