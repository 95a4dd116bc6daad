using System.Collections.Generic;
using ConvShapeAnalyzers.Core;

namespace ConvShapeAnalyzers.Figures
{
    /// <summary>The layer a figure shows.</summary>
    public enum FigureLayer
    {
        Convolution,
        MaxPool,
        AvgPool,
        Transposed,
    }

    /// <summary>One spatial axis of the drawn layer: the hyper-parameters as PyTorch takes them.</summary>
    public sealed record FigureAxis(long Input, long Kernel, long Stride, AxisPadding Padding, long Dilation = 1, long OutputPadding = 0)
    {
        public static FigureAxis Symmetric(long input, long kernel, long stride = 1, long padding = 0, long dilation = 1, long outputPadding = 0) =>
            new FigureAxis(input, kernel, stride, AxisPadding.Symmetric(padding), dilation, outputPadding);
    }

    /// <summary>
    /// What to draw: a layer over one axis (1-D) or two (height, width). Position is the kernel placement shown, counted
    /// row-major over the output; Animate adds one frame per placement (SMIL) instead.
    /// </summary>
    public sealed record FigureRequest(FigureLayer Layer, IReadOnlyList<FigureAxis> Axes, bool CeilMode = false, long Position = 0, bool Animate = false, string? Title = null);
}
