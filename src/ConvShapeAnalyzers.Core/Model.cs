using System.Linq;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>The layers the core knows, named after PyTorch modules (the rank comes separately).</summary>
    public enum LayerKind
    {
        Conv,
        ConvTranspose,
        MaxPool,
        AvgPool,
        AdaptiveAvgPool,
        AdaptiveMaxPool,
        Upsample,
        BatchNorm,
        InstanceNorm,
        GroupNorm,
        ZeroPad,
        ConstantPad,
        ReflectionPad,
        ReplicationPad,
        PixelShuffle,
        PixelUnshuffle,
        Flatten,
        Linear,
        Identity,
        CenterCrop,
        Add,
        Concat,
    }

    /// <summary>What several layer kinds have in common.</summary>
    public static class LayerKindFacts
    {
        /// <summary>The padding layers: o = i + before + after per axis, with F.pad's (before, after) pairs, last axis first.</summary>
        public static bool IsPadding(this LayerKind kind) =>
            kind is LayerKind.ZeroPad or LayerKind.ConstantPad or LayerKind.ReflectionPad or LayerKind.ReplicationPad;
    }

    /// <summary>A size argument as declared: one value for every axis, one per axis, or a padding mode.</summary>
    public sealed record SizeArg(EquatableArray<long> Values, PadMode Mode = PadMode.Explicit)
    {
        public static SizeArg Of(params long[] values) => new SizeArg(new EquatableArray<long>(values));

        /// <summary>Values written as an array: as <see cref="Of"/>, and a single value keeps the mark of its list.</summary>
        public static SizeArg List(params long[] values) => new SizeArg(new EquatableArray<long>(values)) { ListOfOne = values.Length == 1 };

        public static SizeArg Pad(PadMode mode) => new SizeArg(EquatableArray<long>.Empty, mode);

        /// <summary>
        /// Written as a list of one value (<c>new[] { 3 }</c>), not as the number 3. PyTorch reads such a list as the number
        /// for strides, paddings, dilations and pooling windows, and refuses it on a 2-D or 3-D layer where a list must hold one
        /// value per axis: a convolution's kernel, the sizes of adaptive pooling and Upsample, ZeroPad's sides.
        /// </summary>
        public bool ListOfOne { get; init; }

        /// <summary>
        /// Adaptive pooling only: one bit per value given as null (PyTorch's None), for an axis that keeps its input size.
        /// Such a value reads as 1 in <see cref="Values"/>; the reader allows it only with one value per axis.
        /// </summary>
        public int Kept { get; init; }

        /// <summary>Whether the value for <paramref name="axis"/> was null: that axis keeps its input size.</summary>
        public bool Keeps(int axis) => axis < 31 && (Kept >> axis & 1) != 0;

        /// <summary>The C# text a user would write: "2", "new[] { 2, 1 }", "new object[] { null, 7 }" or "Pad.Same".</summary>
        public string Source =>
            Mode != PadMode.Explicit ? Mode.SourceName()
            : Kept != 0 ? "new object[] { " + string.Join(", ", Values.Select((v, a) => Keeps(a) ? "null" : Text.N(v))) + " }"
            : Values.Count == 1 && !ListOfOne ? Text.N(Values[0])
            : "new[] { " + string.Join(", ", Values.Select(Text.N)) + " }";

        public override string ToString() => Source;
    }

    /// <summary>
    /// One layer as declared. Unused fields keep their defaults. InChannels holds in_channels, BatchNorm's num_features
    /// and Linear's in_features; OutChannels holds out_channels and Linear's out_features. Sources are the layers named by
    /// Add, Concat and CenterCrop. Problems are what reading the declaration already found wrong.
    /// </summary>
    public sealed record LayerSpec(string Name, LayerKind Kind, int Rank)
    {
        /// <summary>PyTorch's defaults for the fields that do not default to zero (or, for the booleans below, to true).</summary>
        public const long DefaultGroups = 1;
        public const bool DefaultBias = true;
        public const string DefaultPaddingMode = "zeros";
        public const string DefaultUpsampleMode = "nearest";

        public long InChannels { get; init; }
        public long OutChannels { get; init; }
        public SizeArg? Kernel { get; init; }
        public SizeArg? Stride { get; init; }
        public SizeArg? Padding { get; init; }
        public SizeArg? Dilation { get; init; }
        public SizeArg? OutputPadding { get; init; }
        /// <summary>Adaptive pooling's output size, or Upsample's Size.</summary>
        public SizeArg? Size { get; init; }
        public EquatableArray<double> ScaleFactor { get; init; }
        /// <summary>ScaleFactor was written as a list of one value (<c>new[] { 2.0 }</c>), which PyTorch refuses for a 2-D or 3-D input.</summary>
        public bool ScaleFactorListOfOne { get; init; }
        public long Groups { get; init; } = DefaultGroups;
        public bool Bias { get; init; } = DefaultBias;
        public bool CeilMode { get; init; }
        /// <summary>A convolution's padding_mode as written ("reflect").</summary>
        public string PaddingMode { get; init; } = DefaultPaddingMode;
        /// <summary>Upsample's mode as written ("bilinear").</summary>
        public string Mode { get; init; } = DefaultUpsampleMode;
        /// <summary>Upsample's align_corners where given (PyTorch refuses any value, even false, with a mode that does not interpolate).</summary>
        public bool? AlignCorners { get; init; }
        public bool RecomputeScaleFactor { get; init; }
        /// <summary>BatchNorm, InstanceNorm and GroupNorm learn a scale and a shift per channel (2·C parameters); InstanceNorm's reader default is false.</summary>
        public bool Affine { get; init; } = true;
        /// <summary>BatchNorm and InstanceNorm (reader default false) keep running statistics per channel; without them and without Affine they hold nothing of num_features' size.</summary>
        public bool TrackRunningStats { get; init; } = true;
        /// <summary>PixelShuffle's upscale_factor, PixelUnshuffle's downscale_factor.</summary>
        public long Factor { get; init; }
        /// <summary>AvgPool's count_include_pad.</summary>
        public bool CountIncludePad { get; init; } = true;
        /// <summary>AvgPool's divisor_override where given (PyTorch refuses 0).</summary>
        public long? DivisorOverride { get; init; }
        public string? From { get; init; }
        public EquatableArray<string> Sources { get; init; }
        public string? Mirrors { get; init; }
        /// <summary>The user wrote in_features as a product (32 * 8 * 8), so a fix writes one too.</summary>
        public bool InFeaturesIsProduct { get; init; }
        public EquatableArray<Refusal> Problems { get; init; }
        /// <summary>The declaration does not compile, so the compiler reports it: the layer has no shape and no findings of ours.</summary>
        public bool Unreadable { get; init; }
    }

    /// <summary>A tensor without its batch axis: channels and 1 to 3 spatial sizes, or (no sizes) a flat vector of features.</summary>
    public sealed record TensorShape(long Channels, EquatableArray<long> Sizes)
    {
        public static TensorShape Flat(long features) => new TensorShape(features, EquatableArray<long>.Empty);

        public static TensorShape Spatial(long channels, params long[] sizes) => new TensorShape(channels, new EquatableArray<long>(sizes));

        public bool IsFlat => Sizes.IsEmpty;

        public int Rank => Sizes.Count;

        /// <summary>"16×32×32", or "2048" for a flat vector.</summary>
        public override string ToString()
        {
            var text = new System.Text.StringBuilder(24);
            WriteTo(text);
            return text.ToString();
        }

        /// <summary>Appends "16×32×32": the generator writes shapes straight into its file.</summary>
        public void WriteTo(System.Text.StringBuilder text)
        {
            text.Number(Channels);
            for (int a = 0; a < Sizes.Count; a++)
                text.Append('×').Number(Sizes[a]);
        }
    }

    /// <summary>A network as declared: its input and its layers in order.</summary>
    public sealed record NetworkSpec(string Name, TensorShape Input, EquatableArray<LayerSpec> Layers)
    {
        /// <summary>The name layers use to read the network input (Network.Input).</summary>
        public const string InputName = "<input>";

        public EquatableArray<Refusal> Problems { get; init; }
    }
}
