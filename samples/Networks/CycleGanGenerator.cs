using ConvShape;

namespace Samples.Networks;

/// <summary>
/// CycleGAN's generator (Zhu et al., 2017; the ResnetGenerator of junyanz's pytorch-CycleGAN-and-pix2pix with its
/// defaults: 9 blocks, as for 256×256 images, and instance norm): a 7×7 convolution after reflection padding, two
/// stride-2 convolutions down to 256×64×64, nine residual blocks whose 3×3 convolutions pad by reflection instead of
/// zeros, two transposed convolutions back up, and a 7×7 convolution after reflection padding to 3 channels. Instance
/// norm without affine has no parameters, so the convolutions keep their bias. 11,378,179 parameters (PyTorch 1.13 on
/// this architecture; the repository prints 11.378 M); a 3×256×256 image gives a 3×256×256 image. ReLU and Tanh have no
/// shape and are left out.
/// </summary>
[Network(3, 256, 256)]
public partial class CycleGanGenerator
{
    [ReflectionPad2d(3)]                            public object? pad_in;
    [Conv2d(3, 64, 7)]                              public object? conv_in;
    [InstanceNorm2d(64)]                            public object? norm_in;

    [Conv2d(64, 128, 3, Stride = 2, Padding = 1)]   public object? down1;
    [InstanceNorm2d(128)]                           public object? down1_norm;
    [Conv2d(128, 256, 3, Stride = 2, Padding = 1)]  public object? down2;
    [InstanceNorm2d(256)]                           public object? down2_norm;

    // nine residual blocks at 256×64×64: x + (reflect, conv, norm, reflect, conv, norm)(x)
    [ReflectionPad2d(1)]                            public object? res1_pad1;
    [Conv2d(256, 256, 3)]                           public object? res1_conv1;
    [InstanceNorm2d(256)]                           public object? res1_norm1;
    [ReflectionPad2d(1)]                            public object? res1_pad2;
    [Conv2d(256, 256, 3)]                           public object? res1_conv2;
    [InstanceNorm2d(256)]                           public object? res1_norm2;
    [Add(nameof(down2_norm), nameof(res1_norm2))]   public object? res1;

    [ReflectionPad2d(1)]                            public object? res2_pad1;
    [Conv2d(256, 256, 3)]                           public object? res2_conv1;
    [InstanceNorm2d(256)]                           public object? res2_norm1;
    [ReflectionPad2d(1)]                            public object? res2_pad2;
    [Conv2d(256, 256, 3)]                           public object? res2_conv2;
    [InstanceNorm2d(256)]                           public object? res2_norm2;
    [Add(nameof(res1), nameof(res2_norm2))]         public object? res2;

    [ReflectionPad2d(1)]                            public object? res3_pad1;
    [Conv2d(256, 256, 3)]                           public object? res3_conv1;
    [InstanceNorm2d(256)]                           public object? res3_norm1;
    [ReflectionPad2d(1)]                            public object? res3_pad2;
    [Conv2d(256, 256, 3)]                           public object? res3_conv2;
    [InstanceNorm2d(256)]                           public object? res3_norm2;
    [Add(nameof(res2), nameof(res3_norm2))]         public object? res3;

    [ReflectionPad2d(1)]                            public object? res4_pad1;
    [Conv2d(256, 256, 3)]                           public object? res4_conv1;
    [InstanceNorm2d(256)]                           public object? res4_norm1;
    [ReflectionPad2d(1)]                            public object? res4_pad2;
    [Conv2d(256, 256, 3)]                           public object? res4_conv2;
    [InstanceNorm2d(256)]                           public object? res4_norm2;
    [Add(nameof(res3), nameof(res4_norm2))]         public object? res4;

    [ReflectionPad2d(1)]                            public object? res5_pad1;
    [Conv2d(256, 256, 3)]                           public object? res5_conv1;
    [InstanceNorm2d(256)]                           public object? res5_norm1;
    [ReflectionPad2d(1)]                            public object? res5_pad2;
    [Conv2d(256, 256, 3)]                           public object? res5_conv2;
    [InstanceNorm2d(256)]                           public object? res5_norm2;
    [Add(nameof(res4), nameof(res5_norm2))]         public object? res5;

    [ReflectionPad2d(1)]                            public object? res6_pad1;
    [Conv2d(256, 256, 3)]                           public object? res6_conv1;
    [InstanceNorm2d(256)]                           public object? res6_norm1;
    [ReflectionPad2d(1)]                            public object? res6_pad2;
    [Conv2d(256, 256, 3)]                           public object? res6_conv2;
    [InstanceNorm2d(256)]                           public object? res6_norm2;
    [Add(nameof(res5), nameof(res6_norm2))]         public object? res6;

    [ReflectionPad2d(1)]                            public object? res7_pad1;
    [Conv2d(256, 256, 3)]                           public object? res7_conv1;
    [InstanceNorm2d(256)]                           public object? res7_norm1;
    [ReflectionPad2d(1)]                            public object? res7_pad2;
    [Conv2d(256, 256, 3)]                           public object? res7_conv2;
    [InstanceNorm2d(256)]                           public object? res7_norm2;
    [Add(nameof(res6), nameof(res7_norm2))]         public object? res7;

    [ReflectionPad2d(1)]                            public object? res8_pad1;
    [Conv2d(256, 256, 3)]                           public object? res8_conv1;
    [InstanceNorm2d(256)]                           public object? res8_norm1;
    [ReflectionPad2d(1)]                            public object? res8_pad2;
    [Conv2d(256, 256, 3)]                           public object? res8_conv2;
    [InstanceNorm2d(256)]                           public object? res8_norm2;
    [Add(nameof(res7), nameof(res8_norm2))]         public object? res8;

    [ReflectionPad2d(1)]                            public object? res9_pad1;
    [Conv2d(256, 256, 3)]                           public object? res9_conv1;
    [InstanceNorm2d(256)]                           public object? res9_norm1;
    [ReflectionPad2d(1)]                            public object? res9_pad2;
    [Conv2d(256, 256, 3)]                           public object? res9_conv2;
    [InstanceNorm2d(256)]                           public object? res9_norm2;
    [Add(nameof(res8), nameof(res9_norm2))]         public object? res9;

    // decoder: each transposed convolution gives back the input of the convolution it mirrors (output_padding 1)
    [ConvTranspose2d(256, 128, 3, Stride = 2, Padding = 1, OutputPadding = 1, Mirrors = nameof(down2))]  public object? up1;
    [InstanceNorm2d(128)]                           public object? up1_norm;
    [ConvTranspose2d(128, 64, 3, Stride = 2, Padding = 1, OutputPadding = 1, Mirrors = nameof(down1))]  public object? up2;
    [InstanceNorm2d(64)]                            public object? up2_norm;
    [ReflectionPad2d(3)]                            public object? pad_out;
    [Conv2d(64, 3, 7)]                              public object? conv_out;
}
