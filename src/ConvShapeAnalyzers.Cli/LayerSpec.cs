using System.Collections.Generic;
using System.Linq;
using ConvShapeAnalyzers.Figures;

namespace ConvShapeAnalyzers.Cli
{
    /// <summary>A layer as the command line describes it, validated: its name (conv2d, ...), kind and per-axis hyper-parameters.</summary>
    public sealed record LayerSpec(string Name, FigureLayer Layer, IReadOnlyList<FigureAxis> Axes, bool CeilMode)
    {
        public static IReadOnlyList<string> Names { get; } = new[]
        {
            "conv1d", "conv2d", "convtranspose1d", "convtranspose2d", "maxpool1d", "maxpool2d", "avgpool1d", "avgpool2d",
        };

        public int Rank => Axes.Count;

        /// <summary>PyTorch's module name: Conv2d, ConvTranspose1d, ...</summary>
        public string Module => Name switch
        {
            "conv1d" => "Conv1d",
            "conv2d" => "Conv2d",
            "convtranspose1d" => "ConvTranspose1d",
            "convtranspose2d" => "ConvTranspose2d",
            "maxpool1d" => "MaxPool1d",
            "maxpool2d" => "MaxPool2d",
            "avgpool1d" => "AvgPool1d",
            _ => "AvgPool2d",
        };

        public IReadOnlyList<string> AxisNames => Rank == 1 ? new[] { "Length" } : new[] { "Height", "Width" };

        public IReadOnlyList<string> Units => Rank == 1 ? new[] { "position" } : new[] { "row", "column" };

        public bool IsPool => Layer is FigureLayer.MaxPool or FigureLayer.AvgPool;

        public string Size(IEnumerable<long> values) => string.Join("×", values.Select(Numbers.Text));
    }
}
