using ConvShape;

namespace Samples.Networks;

/// <summary>
/// The dilated convolution stack of WaveNet (van den Oord et al. 2016): blocks of kernel-2 convolutions with
/// dilations 1, 2, 4, …, 512, here two blocks on 32 residual channels × 16,000 samples (one second at 16 kHz),
/// followed by WaveNet's two 1×1 output convolutions to the 256 μ-law classes. The convolutions are unpadded, so
/// each one shortens the signal by its dilation instead of padding on the left (causal padding), and the gated
/// activations, residual and skip connections are left out: the shape of the stack is what is declared.
/// One block sees 1 + (1 + 2 + … + 512) = 1,024 samples (the paper's figure); two see 1 + 2·1,023 = 2,047.
/// </summary>
[Network(32, 16000)]
public partial class WaveNet
{
    // block 1
    [Conv1d(32, 32, 2, Dilation = 1)]    public object? b1_d1;
    [Conv1d(32, 32, 2, Dilation = 2)]    public object? b1_d2;
    [Conv1d(32, 32, 2, Dilation = 4)]    public object? b1_d4;
    [Conv1d(32, 32, 2, Dilation = 8)]    public object? b1_d8;
    [Conv1d(32, 32, 2, Dilation = 16)]   public object? b1_d16;
    [Conv1d(32, 32, 2, Dilation = 32)]   public object? b1_d32;
    [Conv1d(32, 32, 2, Dilation = 64)]   public object? b1_d64;
    [Conv1d(32, 32, 2, Dilation = 128)]  public object? b1_d128;
    [Conv1d(32, 32, 2, Dilation = 256)]  public object? b1_d256;
    [Conv1d(32, 32, 2, Dilation = 512)]  public object? b1_d512;   // receptive field 1,024

    // block 2
    [Conv1d(32, 32, 2, Dilation = 1)]    public object? b2_d1;
    [Conv1d(32, 32, 2, Dilation = 2)]    public object? b2_d2;
    [Conv1d(32, 32, 2, Dilation = 4)]    public object? b2_d4;
    [Conv1d(32, 32, 2, Dilation = 8)]    public object? b2_d8;
    [Conv1d(32, 32, 2, Dilation = 16)]   public object? b2_d16;
    [Conv1d(32, 32, 2, Dilation = 32)]   public object? b2_d32;
    [Conv1d(32, 32, 2, Dilation = 64)]   public object? b2_d64;
    [Conv1d(32, 32, 2, Dilation = 128)]  public object? b2_d128;
    [Conv1d(32, 32, 2, Dilation = 256)]  public object? b2_d256;
    [Conv1d(32, 32, 2, Dilation = 512)]  public object? b2_d512;   // receptive field 2,047; length 16,000 − 2·1,023 = 13,954

    // output
    [Conv1d(32, 256, 1)]   public object? out1;
    [Conv1d(256, 256, 1)]  public object? out2;   // 256×13,954
}
