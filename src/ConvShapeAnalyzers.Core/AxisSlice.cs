using System.Linq;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>
    /// One spatial axis of a network as a 1-D network. Axes never interact, so whether the joins fit along one axis can be
    /// decided on its slice, whatever the other axes do.
    /// </summary>
    internal static class AxisSlice
    {
        public static NetworkSpec Of(NetworkSpec spec, int axis, long size)
        {
            int rank = spec.Input.Rank;
            var layers = spec.Layers.Select(layer => Slice(layer, axis, rank)).ToEquatableArray();
            return new NetworkSpec(spec.Name, TensorShape.Spatial(spec.Input.Channels, size), layers);
        }

        private static LayerSpec Slice(LayerSpec layer, int axis, int rank)
        {
            int layerRank = layer.Rank == 0 ? rank : layer.Rank;
            return layer with
            {
                Rank = layer.Rank == 0 ? 0 : 1,
                Kernel = Pick(layer.Kernel, axis, layerRank),
                Stride = Pick(layer.Stride, axis, layerRank),
                Dilation = Pick(layer.Dilation, axis, layerRank),
                OutputPadding = Pick(layer.OutputPadding, axis, layerRank),
                Size = Pick(layer.Size, axis, layerRank),
                Padding = layer.Kind.IsPadding() ? PickPair(layer.Kind, layer.Padding, axis, layerRank) : Pick(layer.Padding, axis, layerRank),
                ScaleFactor = layer.ScaleFactor.Count > 1 && axis < layer.ScaleFactor.Count ? EquatableArray.Of(layer.ScaleFactor[axis]) : layer.ScaleFactor,
            };
        }

        private static SizeArg? Pick(SizeArg? arg, int axis, int rank) =>
            arg is not null && arg.Mode == PadMode.Explicit && arg.Values.Count == rank && rank > 1
                ? SizeArg.Of(arg.Values[axis]) with { Kept = arg.Keeps(axis) ? 1 : 0 }
                : arg;

        /// <summary>A padding layer's pair for the axis (PyTorch lists them last axis first) and the channels' pair.</summary>
        private static SizeArg? PickPair(LayerKind kind, SizeArg? arg, int axis, int rank)
        {
            if (ResizeRules.PadPairs(kind, arg, rank) is not { } pairs)
                return arg;
            int pair = 2 * (rank - 1 - axis);
            return SizeArg.Of(pairs[pair], pairs[pair + 1], pairs[2 * rank], pairs[2 * rank + 1]);
        }
    }
}
