using ConvShapeAnalyzers.Core;

namespace ConvShapeAnalyzers.Tests.Shared
{
    /// <summary>
    /// PyTorch's refusal messages (the first lines recorded in tests/fixtures) and the rules that foresee them: one map for
    /// the core's fixture tests and the analyzers' (this file is compiled into both test projects).
    /// </summary>
    internal static class PyTorchRefusals
    {
        /// <summary>The rule that stands for one of PyTorch's refusal messages, or null when none does.</summary>
        public static Rule? RuleFor(string error)
        {
            if (error.Contains("must be divisible by groups") || error.Contains("num_channels must be divisible by num_groups"))
                return Rule.GroupsDoNotDivide;
            // GroupNorm: num_groups 0 (Python's modulo by it) or below; channels coming in that its groups do not divide, or that
            // differ from its weight's.
            if (error.Contains("integer modulo by zero") || error.Contains("Expected num groups to be greater than 0"))
                return Rule.OutOfRange;
            if (error.Contains("Expected number of channels in input to be divisible by num_groups") || error.Contains("Expected weight to be a vector of size equal to the number of channels"))
                return Rule.ChannelMismatch;
            // PixelShuffle's channels not a multiple of r²; a factor below 1, or one that does not divide PixelUnshuffle's sizes.
            if (error.Contains("pixel_shuffle expects its input's 'channel' dimension to be divisible"))
                return Rule.ChannelMismatch;
            if (error.Contains("expects a positive upscale_factor") || error.Contains("expects a positive downscale_factor") || error.Contains("to be divisible by downscale_factor"))
                return Rule.OutOfRange;
            // InstanceNorm over one position per channel, without running statistics (or in training).
            if (error.Contains("Expected more than 1 spatial element"))
                return Rule.OutputBelowOne;
            if (error.Contains("output padding must be smaller than either stride or dilation"))
                return Rule.OutputPaddingTooLarge;
            if (error.Contains("should be at most half of kernel size"))
                return Rule.PoolPaddingTooLarge;
            if (error.Contains("padding='same' is not supported for strided convolutions"))
                return Rule.SameNeedsUnitStride;
            if (error.Contains("Kernel size can't be greater than actual input size") || error.Contains("Output size is too small")
                || (error.Contains("input image") && error.Contains("smaller than kernel size")))
                return Rule.OutputBelowOne;
            if (error.StartsWith("max_pool1d() Invalid computed output size", System.StringComparison.Ordinal))    // 1-D max pooling's own check
                return Rule.OutputBelowOne;
            if (error.Contains("Input and output sizes should be greater than 0"))    // Upsample
                return Rule.OutputBelowOne;
            // Zero padding that crops more than the input has: constant_pad_nd's messages.
            if (error.Contains("exceeds dimension size") || error.Contains("resulted in a negative output size")
                || error.StartsWith("Dimension out of range", System.StringComparison.Ordinal))
                return Rule.OutputBelowOne;
            // A 2-D layer on a flat vector: conv2d, max_pool2d, batch_norm.
            if (error.Contains("input to conv2d, but got input of size") || error.Contains("expected 4D input (got 2D input)")
                || error.Contains("3D or 4D (batch mode) tensor expected for input"))
                return Rule.WrongRank;
            if ((error.Contains("expected input") && error.Contains("channels, but got")) || error.Contains("running_mean should contain")
                || error.Contains("weight should contain"))    // BatchNorm without running statistics checks its weight
                return Rule.ChannelMismatch;
            if (error.Contains("mat1 and mat2 shapes cannot be multiplied"))
                return Rule.FeatureMismatch;
            if (error.Contains("Sizes of tensors must match except in dimension 1") || error.Contains("Tensors must have same number of dimensions"))    // torch.cat
                return Rule.ConcatMismatch;
            if (error.Contains("must match the size of tensor b"))    // a + b
                return Rule.AddMismatch;
            // Adaptive pooling's None where PyTorch takes none: in 1-D, or in a list of the wrong length.
            if (error.Contains("argument 'output_size' (position 2) must be tuple of ints") || error.Contains("output_size must be")
                || error.Contains("output_size.size() must be"))
                return Rule.OutOfRange;
            // A list of one where PyTorch needs one value per axis. A convolution's kernel: the weight gets one kernel axis, and
            // PyTorch names what then fails to match it (another parameter's length, or the input's rank).
            if (error.Contains("to be a single integer value or a list of") || (error.Contains("-dimensional input for") && error.Contains("-dimensional weight")))
                return Rule.OutOfRange;
            // Upsample's size or scale factor, and ZeroPad, which pads by pairs.
            if (error.Contains("must have the same number of spatial dimensions") || error.Contains("Padding length must be divisible by 2"))
                return Rule.OutOfRange;
            // Reflection and replication pad whole axes only, one pair each (and maybe the channels').
            if (error.Contains("padding with non-constant padding are supported for now"))
                return Rule.OutOfRange;
            // Reflection and replication padding whose negative sides crop below 1 (1-D: "too small"; 2-D and 3-D: the tensor
            // of the negative size it would create).
            if (error.Contains("is too small. Calculated output") || error.StartsWith("Trying to create tensor with negative dimension", System.StringComparison.Ordinal))
                return Rule.OutputBelowOne;
            // PyTorch's string modes: padding_mode, Upsample's mode, align_corners and recompute_scale_factor, and AvgPool's divisor.
            if (error.Contains("padding_mode must be one of") || error.Contains("padding mode is supported for ConvTranspose")
                || error.Contains("Padding size should be less than the corresponding input dimension") || error.Contains("Padding value causes wrapping around more than once")
                || error.Contains("align_corners option can only be set") || error.Contains("recompute_scale_factor is not meaningful with an explicit size")
                || error.Contains("divisor must be not zero"))
                return Rule.OutOfRange;
            // An Upsample mode whose rank differs from the input's ("Got 4D input, but linear mode needs 3D input"; bicubic, or
            // an unknown mode, has the generic message, which names the mode at its end).
            if (error.Contains(" mode needs ") && error.StartsWith("Got ", System.StringComparison.Ordinal))
                return Rule.WrongRank;
            if (error.StartsWith("Input Error: Only 3D, 4D and 5D input Tensors supported", System.StringComparison.Ordinal))
                return error.EndsWith("(got bicubic)", System.StringComparison.Ordinal) ? Rule.WrongRank : Rule.OutOfRange;
            if (error.StartsWith("cannot crop", System.StringComparison.Ordinal))    // the fixture script's CenterCrop, as DESIGN states it (torchvision would pad)
                return Rule.OutOfRange;
            return null;
        }
    }
}
