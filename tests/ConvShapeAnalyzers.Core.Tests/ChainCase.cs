using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConvShapeAnalyzers.Core;
using ConvShapeAnalyzers.Tests.Shared;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>
    /// One case of tests/fixtures/pytorch-chains.json, pytorch-edge-chains.json, pytorch-graphs.json, pytorch-dags.json, pytorch-adaptive-chains.json, pytorch-list-chains.json, pytorch-option-chains.json, pytorch-padding-chains.json, pytorch-norm-chains.json or pytorch-shuffle-chains.json (all written by generate-pytorch-chains.py):
    /// layers on one input, every layer's output shape and parameter count as PyTorch computed them, and PyTorch's refusal
    /// of the layer after the last shape, if any. A graph's layers name what they read by index (-1: the input).
    /// </summary>
    internal sealed class ChainCase
    {
        private ChainCase(int index, JsonElement json)
        {
            Index = index;
            Input = FixtureFile.Longs(json.GetProperty("input"));
            JsonElement[] layers = json.GetProperty("layers").EnumerateArray().ToArray();
            Layers = layers.Select((l, n) => ToLayer(Name(n), l)).ToArray();
            Restores = layers.Select(l => l.TryGetProperty("restores", out JsonElement r) ? r.GetBoolean() : (bool?)null).ToArray();
            Shapes = json.GetProperty("shapes").EnumerateArray().Select(FixtureFile.Longs).ToArray();
            Parameters = FixtureFile.Longs(json.GetProperty("parameters"));
            Error = json.TryGetProperty("error", out JsonElement e) ? e.GetString() : null;
            Text = json.GetRawText();
        }

        public int Index { get; }
        /// <summary>Channels, then one size per axis.</summary>
        public long[] Input { get; }
        public LayerSpec[] Layers { get; }
        /// <summary>Each layer's output as PyTorch computed it (channels then sizes, or features), up to the refused layer.</summary>
        public long[][] Shapes { get; }
        public long[] Parameters { get; }
        /// <summary>For a transposed convolution that mirrors another layer: whether PyTorch's output had that layer's input size.</summary>
        public bool?[] Restores { get; }
        /// <summary>PyTorch's message for layer <c>Shapes.Length</c>, or null when it ran the whole chain.</summary>
        public string? Error { get; }
        /// <summary>The case as written in the fixture, for failure messages.</summary>
        public string Text { get; }

        public NetworkSpec ToNetwork() =>
            new NetworkSpec("Chain", TensorShape.Spatial(Input[0], Input.Skip(1).ToArray()), new EquatableArray<LayerSpec>(Layers));

        public static TensorShape Shape(long[] shape) => TensorShape.Spatial(shape[0], shape.Skip(1).ToArray());

        /// <summary>The name of layer n ("l3"), or the network input's for -1.</summary>
        private static string Name(long n) => n < 0 ? NetworkSpec.InputName : "l" + n;

        private static LayerSpec ToLayer(string name, JsonElement json)
        {
            int rank = json.GetProperty("nd").GetInt32();
            JsonElement p = json.GetProperty("params");
            string kind = json.GetProperty("kind").GetString()!;
            var layer = new LayerSpec(name, Kind(kind), rank)
            {
                From = json.TryGetProperty("from", out JsonElement from) ? Name(from.GetInt64()) : null,
                Sources = json.TryGetProperty("sources", out JsonElement sources) ? new EquatableArray<string>(FixtureFile.Longs(sources).Select(Name).ToArray()) : default,
                Mirrors = json.TryGetProperty("mirrors", out JsonElement mirrors) ? Name(mirrors.GetInt64()) : null,
            };
            return kind switch
            {
                "conv" or "convtranspose" => layer with
                {
                    InChannels = p.GetProperty("in_channels").GetInt64(),
                    OutChannels = p.GetProperty("out_channels").GetInt64(),
                    Kernel = Size(p, "kernel_size"),
                    Stride = Size(p, "stride"),
                    Padding = Padding(p.GetProperty("padding")),
                    Dilation = Size(p, "dilation"),
                    OutputPadding = Size(p, "output_padding"),
                    Groups = p.GetProperty("groups").GetInt64(),
                    Bias = !p.TryGetProperty("bias", out JsonElement bias) || bias.GetBoolean(),
                    PaddingMode = Keyword(p, "padding_mode") ?? LayerSpec.DefaultPaddingMode,
                },
                "maxpool" or "avgpool" => layer with
                {
                    Kernel = Size(p, "kernel_size"),
                    Stride = Size(p, "stride"),
                    Padding = Padding(p.GetProperty("padding")),
                    Dilation = Size(p, "dilation"),
                    CeilMode = p.GetProperty("ceil_mode").GetBoolean(),
                    CountIncludePad = Flag(p, "count_include_pad") ?? true,
                    DivisorOverride = p.TryGetProperty("divisor_override", out JsonElement divisor) ? divisor.GetInt64() : null,
                },
                "adaptiveavgpool" or "adaptivemaxpool" => Adaptive(layer, p.GetProperty("output_size")),
                "upsample" => (p.TryGetProperty("size", out _)
                    ? layer with { Rank = 0, Size = Size(p, "size") }
                    : layer with
                    {
                        Rank = 0,
                        ScaleFactor = Doubles(p.GetProperty("scale_factor")),
                        ScaleFactorListOfOne = p.GetProperty("scale_factor") is { ValueKind: JsonValueKind.Array } scales && scales.GetArrayLength() == 1,
                    }) with
                    {
                        Mode = Keyword(p, "mode") ?? LayerSpec.DefaultUpsampleMode,
                        AlignCorners = Flag(p, "align_corners"),
                        RecomputeScaleFactor = Flag(p, "recompute_scale_factor") ?? false,
                    },
                "batchnorm" => layer with { InChannels = p.GetProperty("num_features").GetInt64(), Affine = Flag(p, "affine") ?? true, TrackRunningStats = Flag(p, "track_running_stats") ?? true },
                "instancenorm" => layer with { InChannels = p.GetProperty("num_features").GetInt64(), Affine = Flag(p, "affine") ?? false, TrackRunningStats = Flag(p, "track_running_stats") ?? false },
                "pixelshuffle" => layer with { Rank = 0, Factor = p.GetProperty("upscale_factor").GetInt64() },
                "pixelunshuffle" => layer with { Rank = 0, Factor = p.GetProperty("downscale_factor").GetInt64() },
                "groupnorm" => layer with { Rank = 0, Groups = p.GetProperty("num_groups").GetInt64(), InChannels = p.GetProperty("num_channels").GetInt64(), Affine = Flag(p, "affine") ?? true },
                "zeropad" or "constantpad" or "reflectionpad" or "replicationpad" => layer with { Padding = Padding(p.GetProperty("padding")) },
                "linear" => layer with
                {
                    InChannels = p.GetProperty("in_features").GetInt64(),
                    OutChannels = p.GetProperty("out_features").GetInt64(),
                    Bias = !p.TryGetProperty("bias", out JsonElement bias) || bias.GetBoolean(),
                },
                "identity" or "add" or "concat" or "centercrop" => layer with { Rank = 0 },
                "flatten" => layer,
                _ => throw new InvalidDataException("unknown kind " + kind),
            };
        }

        private static LayerKind Kind(string kind) => kind switch
        {
            "conv" => LayerKind.Conv,
            "convtranspose" => LayerKind.ConvTranspose,
            "maxpool" => LayerKind.MaxPool,
            "avgpool" => LayerKind.AvgPool,
            "adaptiveavgpool" => LayerKind.AdaptiveAvgPool,
            "adaptivemaxpool" => LayerKind.AdaptiveMaxPool,
            "upsample" => LayerKind.Upsample,
            "batchnorm" => LayerKind.BatchNorm,
            "zeropad" => LayerKind.ZeroPad,
            "constantpad" => LayerKind.ConstantPad,
            "instancenorm" => LayerKind.InstanceNorm,
            "groupnorm" => LayerKind.GroupNorm,
            "pixelshuffle" => LayerKind.PixelShuffle,
            "pixelunshuffle" => LayerKind.PixelUnshuffle,
            "reflectionpad" => LayerKind.ReflectionPad,
            "replicationpad" => LayerKind.ReplicationPad,
            "linear" => LayerKind.Linear,
            "identity" => LayerKind.Identity,
            "flatten" => LayerKind.Flatten,
            "add" => LayerKind.Add,
            "concat" => LayerKind.Concat,
            "centercrop" => LayerKind.CenterCrop,
            _ => throw new InvalidDataException("unknown kind " + kind),
        };

        /// <summary>A size as PyTorch took it (an int for every axis, or a list, maybe of one), or null where PyTorch used its default.</summary>
        private static SizeArg? Size(JsonElement p, string name) =>
            p.TryGetProperty(name, out JsonElement v) ? v.ValueKind == JsonValueKind.Array ? SizeArg.List(FixtureFile.Longs(v)) : SizeArg.Of(v.GetInt64()) : null;

        /// <summary>
        /// Adaptive pooling, where a null size (Python's None) keeps the axis's size. A null that PyTorch refuses (in 1-D, or
        /// in a list of the wrong length) is a problem of the declaration, as the attribute reader makes it (CSA1001); the
        /// analyzer's fixture tests read those through the reader itself.
        /// </summary>
        private static LayerSpec Adaptive(LayerSpec layer, JsonElement v)
        {
            if (v.ValueKind != JsonValueKind.Array)
                return layer with { Size = SizeArg.Of(v.GetInt64()) };
            if (v.EnumerateArray().All(item => item.ValueKind != JsonValueKind.Null))
                return layer with { Size = SizeArg.List(FixtureFile.Longs(v)) };
            JsonElement[] items = v.EnumerateArray().ToArray();
            int kept = items.Select((item, a) => item.ValueKind == JsonValueKind.Null ? 1 << a : 0).Sum();
            if (kept != 0 && (layer.Rank < 2 || items.Length != layer.Rank))
                return layer with { Problems = EquatableArray.Of(new Refusal(Rule.OutOfRange, Param.Size, "outputSize holds null where PyTorch refuses None")) };
            return layer with { Size = SizeArg.Of(items.Select(item => item.ValueKind == JsonValueKind.Null ? 1L : item.GetInt64()).ToArray()) with { Kept = kept } };
        }

        /// <summary>A string keyword PyTorch took (a mode), or null where it used its default.</summary>
        private static string? Keyword(JsonElement p, string name) => p.TryGetProperty(name, out JsonElement v) ? v.GetString() : null;

        private static bool? Flag(JsonElement p, string name) => p.TryGetProperty(name, out JsonElement v) ? v.GetBoolean() : null;

        private static SizeArg Padding(JsonElement p) => p.ValueKind switch
        {
            JsonValueKind.String => p.GetString() switch
            {
                "same" => SizeArg.Pad(PadMode.Same),
                "valid" => SizeArg.Pad(PadMode.Valid),
                var other => throw new InvalidDataException("unknown padding " + other),
            },
            JsonValueKind.Array => SizeArg.List(FixtureFile.Longs(p)),
            _ => SizeArg.Of(p.GetInt64()),
        };

        private static EquatableArray<double> Doubles(JsonElement v) =>
            new EquatableArray<double>(v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(d => d.GetDouble()).ToArray() : new[] { v.GetDouble() });

        private static readonly Lazy<IReadOnlyList<ChainCase>> ChainCases = new Lazy<IReadOnlyList<ChainCase>>(() => FixtureFile.Load("pytorch-chains.json", (n, c) => new ChainCase(n, c)));
        private static readonly Lazy<IReadOnlyList<ChainCase>> EdgeChainCases = new Lazy<IReadOnlyList<ChainCase>>(() => FixtureFile.Load("pytorch-edge-chains.json", (n, c) => new ChainCase(n, c)));
        private static readonly Lazy<IReadOnlyList<ChainCase>> GraphCases = new Lazy<IReadOnlyList<ChainCase>>(() => FixtureFile.Load("pytorch-graphs.json", (n, c) => new ChainCase(n, c)));

        private static readonly Lazy<IReadOnlyList<ChainCase>> DagCases = new Lazy<IReadOnlyList<ChainCase>>(() => FixtureFile.Load("pytorch-dags.json", (n, c) => new ChainCase(n, c)));
        private static readonly Lazy<IReadOnlyList<ChainCase>> AdaptiveChainCases = new Lazy<IReadOnlyList<ChainCase>>(() => FixtureFile.Load("pytorch-adaptive-chains.json", (n, c) => new ChainCase(n, c)));
        private static readonly Lazy<IReadOnlyList<ChainCase>> ListChainCases = new Lazy<IReadOnlyList<ChainCase>>(() => FixtureFile.Load("pytorch-list-chains.json", (n, c) => new ChainCase(n, c)));
        private static readonly Lazy<IReadOnlyList<ChainCase>> OptionChainCases = new Lazy<IReadOnlyList<ChainCase>>(() => FixtureFile.Load("pytorch-option-chains.json", (n, c) => new ChainCase(n, c)));

        public static IReadOnlyList<ChainCase> Chains => ChainCases.Value;
        public static IReadOnlyList<ChainCase> EdgeChains => EdgeChainCases.Value;
        public static IReadOnlyList<ChainCase> Graphs => GraphCases.Value;
        public static IReadOnlyList<ChainCase> Dags => DagCases.Value;
        public static IReadOnlyList<ChainCase> AdaptiveChains => AdaptiveChainCases.Value;
        public static IReadOnlyList<ChainCase> ListChains => ListChainCases.Value;
        public static IReadOnlyList<ChainCase> OptionChains => OptionChainCases.Value;

        private static readonly Lazy<IReadOnlyList<ChainCase>> PaddingChainCases = new Lazy<IReadOnlyList<ChainCase>>(() => FixtureFile.Load("pytorch-padding-chains.json", (n, c) => new ChainCase(n, c)));

        /// <summary>pytorch-padding-chains.json: mostly ReflectionPad, ReplicationPad, ConstantPad and ZeroPad, with sides around the input size.</summary>
        public static IReadOnlyList<ChainCase> PaddingChains => PaddingChainCases.Value;

        private static readonly Lazy<IReadOnlyList<ChainCase>> NormChainCases = new Lazy<IReadOnlyList<ChainCase>>(() => FixtureFile.Load("pytorch-norm-chains.json", (n, c) => new ChainCase(n, c)));

        /// <summary>pytorch-norm-chains.json: InstanceNorm and GroupNorm, now and then with counts or keywords PyTorch refuses.</summary>
        public static IReadOnlyList<ChainCase> NormChains => NormChainCases.Value;

        private static readonly Lazy<IReadOnlyList<ChainCase>> ShuffleChainCases = new Lazy<IReadOnlyList<ChainCase>>(() => FixtureFile.Load("pytorch-shuffle-chains.json", (n, c) => new ChainCase(n, c)));

        /// <summary>pytorch-shuffle-chains.json: 2-D chains with PixelShuffle and PixelUnshuffle.</summary>
        public static IReadOnlyList<ChainCase> ShuffleChains => ShuffleChainCases.Value;
    }
}
