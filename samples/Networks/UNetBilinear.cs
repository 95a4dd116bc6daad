using ConvShape;

namespace Samples.Networks;

/// <summary>
/// The U-Net of the most used PyTorch implementation (milesial's Pytorch-UNet) with <c>bilinear=True</c>: double 3×3
/// convolutions without bias, each followed by BatchNorm2d; bilinear upsampling (<c>align_corners=True</c>) instead of
/// transposed convolutions, so the deepest level keeps 512 channels and each decoder's first convolution halves the
/// concatenated channels. 17,263,042 parameters (PyTorch 1.13 on this architecture) for 3 input channels and 2 classes;
/// a 3×256×256 image gives a 2×256×256 map. Its concatenations fit only at input sizes that are multiples of 2⁴ = 16
/// (the implementation pads the upsampled tensor otherwise; CSA3003, kept on purpose: see Networks.csproj). ReLU has no
/// shape and is left out.
/// </summary>
[Network(3, 256, 256)]
public partial class UNetBilinear
{
    // encoder: 64×256×256, then halved by each 2×2 max pooling
    [Conv2d(3, 64, 3, Padding = 1, Bias = false)]                        public object? inc_conv1;
    [BatchNorm2d(64)]                                                    public object? inc_bn1;
    [Conv2d(64, 64, 3, Padding = 1, Bias = false)]                       public object? inc_conv2;
    [BatchNorm2d(64)]                                                    public object? inc_bn2;

    [MaxPool2d(2)]                                                       public object? down1_pool;
    [Conv2d(64, 128, 3, Padding = 1, Bias = false)]                      public object? down1_conv1;
    [BatchNorm2d(128)]                                                   public object? down1_bn1;
    [Conv2d(128, 128, 3, Padding = 1, Bias = false)]                     public object? down1_conv2;
    [BatchNorm2d(128)]                                                   public object? down1_bn2;

    [MaxPool2d(2)]                                                       public object? down2_pool;
    [Conv2d(128, 256, 3, Padding = 1, Bias = false)]                     public object? down2_conv1;
    [BatchNorm2d(256)]                                                   public object? down2_bn1;
    [Conv2d(256, 256, 3, Padding = 1, Bias = false)]                     public object? down2_conv2;
    [BatchNorm2d(256)]                                                   public object? down2_bn2;

    [MaxPool2d(2)]                                                       public object? down3_pool;
    [Conv2d(256, 512, 3, Padding = 1, Bias = false)]                     public object? down3_conv1;
    [BatchNorm2d(512)]                                                   public object? down3_bn1;
    [Conv2d(512, 512, 3, Padding = 1, Bias = false)]                     public object? down3_conv2;
    [BatchNorm2d(512)]                                                   public object? down3_bn2;

    [MaxPool2d(2)]                                                       public object? down4_pool;
    [Conv2d(512, 512, 3, Padding = 1, Bias = false)]                     public object? down4_conv1;
    [BatchNorm2d(512)]                                                   public object? down4_bn1;
    [Conv2d(512, 512, 3, Padding = 1, Bias = false)]                     public object? down4_conv2;
    [BatchNorm2d(512)]                                                   public object? down4_bn2;

    // decoder
    [Upsample(ScaleFactor = 2, Mode = "bilinear", AlignCorners = true)]  public object? up1_up;
    [Concat(nameof(down3_bn2), nameof(up1_up))]                          public object? up1_cat;
    [Conv2d(1024, 512, 3, Padding = 1, Bias = false)]                    public object? up1_conv1;
    [BatchNorm2d(512)]                                                   public object? up1_bn1;
    [Conv2d(512, 256, 3, Padding = 1, Bias = false)]                     public object? up1_conv2;
    [BatchNorm2d(256)]                                                   public object? up1_bn2;

    [Upsample(ScaleFactor = 2, Mode = "bilinear", AlignCorners = true)]  public object? up2_up;
    [Concat(nameof(down2_bn2), nameof(up2_up))]                          public object? up2_cat;
    [Conv2d(512, 256, 3, Padding = 1, Bias = false)]                     public object? up2_conv1;
    [BatchNorm2d(256)]                                                   public object? up2_bn1;
    [Conv2d(256, 128, 3, Padding = 1, Bias = false)]                     public object? up2_conv2;
    [BatchNorm2d(128)]                                                   public object? up2_bn2;

    [Upsample(ScaleFactor = 2, Mode = "bilinear", AlignCorners = true)]  public object? up3_up;
    [Concat(nameof(down1_bn2), nameof(up3_up))]                          public object? up3_cat;
    [Conv2d(256, 128, 3, Padding = 1, Bias = false)]                     public object? up3_conv1;
    [BatchNorm2d(128)]                                                   public object? up3_bn1;
    [Conv2d(128, 64, 3, Padding = 1, Bias = false)]                      public object? up3_conv2;
    [BatchNorm2d(64)]                                                    public object? up3_bn2;

    [Upsample(ScaleFactor = 2, Mode = "bilinear", AlignCorners = true)]  public object? up4_up;
    [Concat(nameof(inc_bn2), nameof(up4_up))]                            public object? up4_cat;
    [Conv2d(128, 64, 3, Padding = 1, Bias = false)]                      public object? up4_conv1;
    [BatchNorm2d(64)]                                                    public object? up4_bn1;
    [Conv2d(64, 64, 3, Padding = 1, Bias = false)]                       public object? up4_conv2;
    [BatchNorm2d(64)]                                                    public object? up4_bn2;

    [Conv2d(64, 2, 1)]                                                   public object? outc;
}
