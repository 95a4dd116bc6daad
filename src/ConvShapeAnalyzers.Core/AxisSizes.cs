using System.Collections.Generic;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>
    /// One input axis of a checked network as numbers only, for trying many sizes of that axis (CSA3003) without building a
    /// message per layer and size. The network's analysis at the declared size found no error, so every hyper-parameter is
    /// resolved in its report; the sizes come from the same AxisArithmetic functions the layer rules use, and the other
    /// axes keep their declared sizes. A property test holds it equal to a full analysis at each size.
    /// </summary>
    internal sealed class AxisSizes
    {
        /// <summary>No value: a layer whose size overflows (CSA1008, not a join problem) and everything after it.</summary>
        private const long Unknown = -1;

        /// <summary>The layer cannot take this size: its join's inputs differ, its output is below 1, or it crops to a larger size.</summary>
        private const long Broken = -2;

        private readonly NetworkSpec spec;
        private readonly IReadOnlyList<LayerReport> layers;
        private readonly int axis;
        private readonly long[] values;

        public AxisSizes(NetworkSpec spec, IReadOnlyList<LayerReport> layers, int axis)
        {
            this.spec = spec;
            this.layers = layers;
            this.axis = axis;
            values = new long[layers.Count];
        }

        /// <summary>
        /// The first layer that breaks when the axis has this size (a join whose inputs differ, an output below 1, a crop larger
        /// than its input), or −1 when every layer fits: where the full analysis would report CSA2003, CSA2004, CSA1002, or
        /// CSA1001 on a crop.
        /// </summary>
        public int BrokenLayer(long size)
        {
            for (int n = 0; n < values.Length; n++)
            {
                long value = Output(n, size);
                if (value == Broken)
                    return n;
                values[n] = value;
            }
            return -1;
        }

        /// <summary>
        /// Whether two axes go through the network alike, so that every size gives both the same broken layer and the same
        /// sizes: equal declared sizes, and at every layer equal output sizes (so equal input sizes, which Flatten's product
        /// needs) and the same hyper-parameters on both axes, which is all <see cref="Output"/> reads of an axis. When unsure
        /// (an axis a shape lacks), no.
        /// </summary>
        public static bool Alike(NetworkSpec spec, IReadOnlyList<LayerReport> layers, int a, int b)
        {
            if (!SameSizes(spec.Input, a, b))
                return false;
            for (int n = 0; n < layers.Count; n++)
            {
                LayerReport layer = layers[n];
                LayerSpec declared = spec.Layers[n];
                AxisReport? first = a < layer.Axes.Count ? layer.Axes[a] : null, second = b < layer.Axes.Count ? layer.Axes[b] : null;
                bool sameWindow = first is null ? second is null
                    : second is not null && first.Kernel == second.Kernel && first.Stride == second.Stride && first.Dilation == second.Dilation
                        && first.Padding == second.Padding && first.OutputPadding == second.OutputPadding;
                bool sameScale = declared.ScaleFactor.Count <= 1 || (b < declared.ScaleFactor.Count && declared.ScaleFactor[a] == declared.ScaleFactor[b]);
                bool sameKept = declared.Size is not { } size || size.Keeps(a) == size.Keeps(b);
                if (!sameWindow || !sameScale || !sameKept || !SameSizes(layer.Output, a, b))
                    return false;
            }
            return true;
        }

        /// <summary>No shape, a flat one, or equal sizes on both axes (<paramref name="a"/> before <paramref name="b"/>).</summary>
        private static bool SameSizes(TensorShape? shape, int a, int b) =>
            shape is null || shape.IsFlat || (b < shape.Rank && shape.Sizes[a] == shape.Sizes[b]);

        /// <summary>After <see cref="BrokenLayer"/> found nothing broken: the layer's size on the axis (its feature count once flat), or −1 where unknown.</summary>
        public long SizeOf(int layer) => values[layer];

        /// <summary>The layer's size on the axis (its feature count once flat), <see cref="Unknown"/>, or <see cref="Broken"/>.</summary>
        private long Output(int n, long size)
        {
            LayerReport layer = layers[n];
            LayerSpec declared = spec.Layers[n];
            if (layer.Output is null || layer.Sources.IsEmpty)
                return Unknown;
            long x = Source(layer, 0, size);
            if (x == Unknown)
                return Unknown;
            AxisReport? a = axis < layer.Axes.Count ? layer.Axes[axis] : null;
            switch (declared.Kind)
            {
                case LayerKind.Conv:
                    if (a is null)
                        return Unknown;
                    return AxisArithmetic.ConvolutionSize(x, a.Kernel, a.Stride, a.Dilation, Padding(declared, a, x)) is { } convolved ? Sized(convolved) : Broken;
                case LayerKind.ConvTranspose:
                    return a is null ? Unknown : Sized(AxisArithmetic.TransposedSize(x, a.Kernel, a.Stride, a.Dilation, a.Padding, a.OutputPadding));
                case LayerKind.MaxPool:
                case LayerKind.AvgPool:
                    if (a is null)
                        return Unknown;
                    if (PoolingRules.ChecksUnpaddedInput(declared) && x < a.Kernel)
                        return Broken;
                    AxisPadding padding = Padding(declared, a, x);
                    long pooled = AxisArithmetic.PoolSize(x, a.Kernel, a.Stride, a.Dilation, padding, declared.CeilMode);
                    return pooled < 1 && PoolingRules.AllowsEmptyOutput(declared, x, a.Kernel, a.Stride, a.Dilation, padding) ? 0 : Sized(pooled);
                case LayerKind.Upsample when !declared.ScaleFactor.IsEmpty:
                    double scaled = ResizeRules.Upsampled(x, declared.ScaleFactor[declared.ScaleFactor.Count == 1 ? 0 : axis]);
                    return scaled < 1 ? Broken : scaled > AxisArithmetic.MaxSize ? Unknown : (long)scaled;
                case LayerKind.AdaptiveAvgPool:
                case LayerKind.AdaptiveMaxPool:
                    return declared.Size is { } kept && kept.Keeps(axis) ? x : layer.Output.Sizes[axis];
                case LayerKind.Upsample:
                    return layer.Output.Sizes[axis];
                case LayerKind.ZeroPad:
                case LayerKind.ConstantPad:
                    return a is null ? Unknown : a.Padding.Cropped > x ? Broken : Sized(x + a.Padding.Total);
                case LayerKind.ReflectionPad:
                    return a is null ? Unknown : !ModeRules.Reflects(x, a.Padding) ? Broken : Sized(x + a.Padding.Total);
                case LayerKind.ReplicationPad:
                    return a is null ? Unknown : Sized(x + a.Padding.Total);
                case LayerKind.PixelShuffle:
                    return declared.Factor < 1 ? Unknown : Sized(Checked.Product(x, declared.Factor));
                case LayerKind.PixelUnshuffle:
                    return declared.Factor < 1 ? Unknown : x % declared.Factor != 0 ? Broken : x / declared.Factor;
                case LayerKind.CenterCrop:
                    long target = Source(layer, 1, size);
                    return target == Unknown ? Unknown : target > x ? Broken : target;
                case LayerKind.Flatten:
                    return Flattened(layer.Input!, x);
                case LayerKind.Linear:
                    return layer.Output.Channels;
                case LayerKind.Add:
                case LayerKind.Concat:
                    return Join(layer, size, x);
                default:
                    return x;  // BatchNorm, Identity
            }
        }

        /// <summary>Add needs equal sizes (equal feature counts when flat); Concat equal sizes, or adds up feature counts when flat.</summary>
        private long Join(LayerReport layer, long size, long first)
        {
            bool flat = layer.Output!.IsFlat;
            long sum = first;
            for (int n = 1; n < layer.Sources.Count; n++)
            {
                long other = Source(layer, n, size);
                if (other == Unknown)
                    return Unknown;
                if (layer.Kind == LayerKind.Concat && flat)
                    sum = Checked.Sum(sum, other);
                else if (other != first)
                    return Broken;
            }
            return layer.Kind == LayerKind.Concat && flat ? Counted(sum) : first;
        }

        private long Source(LayerReport layer, int n, long size)
        {
            int source = layer.Sources[n];
            return source == NetworkAnalyzer.InputLayer ? size : source >= 0 ? values[source] : Unknown;
        }

        /// <summary>SAME_UPPER and SAME_LOWER pad by an amount that depends on the input size; every other mode as declared.</summary>
        private static AxisPadding Padding(LayerSpec layer, AxisReport axis, long input) =>
            layer.Padding?.Mode is PadMode.SameUpper or PadMode.SameLower
                ? AxisArithmetic.ResolvePadding(layer.Padding.Mode, 0, input, axis.Kernel, axis.Stride, axis.Dilation)
                : axis.Padding;

        /// <summary>C × Π sizes with this axis at <paramref name="x"/>.</summary>
        private long Flattened(TensorShape input, long x)
        {
            long features = input.Channels;
            for (int a = 0; a < input.Rank; a++)
                features = Checked.Product(features, a == axis ? x : input.Sizes[a]);
            return Counted(features);
        }

        /// <summary>A feature count may be 0 (after an empty MaxPool1d); beyond 32 bits it is an overflow (CSA1008).</summary>
        private static long Counted(long count) => count < 0 || count > AxisArithmetic.MaxSize ? Unknown : count;

        /// <summary>Below 1 is refused (CSA1002); beyond 32 bits is an overflow (CSA1008), after which sizes are unknown.</summary>
        private static long Sized(long size) => size < 1 ? Broken : size > AxisArithmetic.MaxSize ? Unknown : size;
    }
}
