using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConvShapeAnalyzers.Core;
using ConvShapeAnalyzers.Tests.Shared;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>One case of tests/fixtures/*.json (see the shared fixtures README): a single layer, its input, and what the framework did.</summary>
    internal sealed class FixtureCase
    {
        private FixtureCase(int index, JsonElement json)
        {
            Index = index;
            Kind = json.GetProperty("kind").GetString()!;
            Rank = json.GetProperty("nd").GetInt32();
            Params = json.GetProperty("params").Clone();
            Input = FixtureFile.Longs(json.GetProperty("input"));
            Out = json.TryGetProperty("out", out JsonElement o) ? FixtureFile.Longs(o) : null;
            Error = json.TryGetProperty("error", out JsonElement e) ? e.GetString() : null;
        }

        public int Index { get; }
        public string Kind { get; }
        public int Rank { get; }
        public JsonElement Params { get; }
        /// <summary>Channels, then one size per axis.</summary>
        public long[] Input { get; }
        public long[]? Out { get; }
        public string? Error { get; }

        public long[] Kernel => Sizes("kernel_size")!;
        public long[] Stride => Sizes("stride")!;
        public long[] Dilation => Sizes("dilation") ?? Enumerable.Repeat(1L, Rank).ToArray();
        public bool CeilMode => Params.TryGetProperty("ceil_mode", out JsonElement c) && c.GetBoolean();
        /// <summary>ONNX's auto_pad (SAME_UPPER, SAME_LOWER, VALID), or null.</summary>
        public string? AutoPad => Params.TryGetProperty("auto_pad", out JsonElement a) ? a.GetString() : null;
        /// <summary>Explicit padding per axis, or null when given as a string or by auto_pad.</summary>
        public long[]? ExplicitPadding => Params.TryGetProperty("padding", out JsonElement p) && p.ValueKind == JsonValueKind.Array ? FixtureFile.Longs(p) : null;

        public long[]? Sizes(string name) => Params.TryGetProperty(name, out JsonElement v) ? FixtureFile.Longs(v) : null;

        /// <summary>The case as a one-layer network named "Fixture" whose layer is "layer".</summary>
        public NetworkSpec ToNetwork()
        {
            LayerKind kind = Kind switch
            {
                "conv" => LayerKind.Conv,
                "convtranspose" => LayerKind.ConvTranspose,
                "maxpool" => LayerKind.MaxPool,
                "avgpool" => LayerKind.AvgPool,
                _ => throw new InvalidDataException("unknown kind " + Kind),
            };
            var layer = new LayerSpec("layer", kind, Rank)
            {
                Kernel = SizeArg.Of(Kernel),
                Stride = SizeArg.Of(Stride),
                Padding = PaddingArg(),
                Dilation = Params.TryGetProperty("dilation", out _) ? SizeArg.Of(Dilation) : null,
                OutputPadding = Sizes("output_padding") is { } op ? SizeArg.Of(op) : null,
                CeilMode = CeilMode,
                InChannels = Params.TryGetProperty("in_channels", out JsonElement ic) ? ic.GetInt64() : 0,
                OutChannels = Params.TryGetProperty("out_channels", out JsonElement oc) ? oc.GetInt64() : 0,
                Groups = Params.TryGetProperty("groups", out JsonElement g) ? g.GetInt64() : 1,
            };
            return new NetworkSpec("Fixture", TensorShape.Spatial(Input[0], Input.Skip(1).ToArray()), EquatableArray.Of(layer));
        }

        private SizeArg? PaddingArg()
        {
            if (AutoPad is { } autoPad)
                return autoPad switch
                {
                    "SAME_UPPER" => SizeArg.Pad(PadMode.SameUpper),
                    "SAME_LOWER" => SizeArg.Pad(PadMode.SameLower),
                    "VALID" => SizeArg.Pad(PadMode.Valid),
                    _ => throw new InvalidDataException("unknown auto_pad " + autoPad),
                };
            if (!Params.TryGetProperty("padding", out JsonElement p))
                return null;
            if (p.ValueKind == JsonValueKind.String)
                return p.GetString() switch
                {
                    "same" => SizeArg.Pad(PadMode.Same),
                    "valid" => SizeArg.Pad(PadMode.Valid),
                    var other => throw new InvalidDataException("unknown padding " + other),
                };
            return SizeArg.Of(FixtureFile.Longs(p));
        }

        /// <summary>"conv2d 3×32×32 k=3,3 s=2,2 p=1,1 → 16×16×16" for test names and messages.</summary>
        public override string ToString() =>
            Kind + Rank + "d " + string.Join("×", Input) + " " + string.Join(" ", Params.EnumerateObject().Select(p => p.Name + "=" + Compact(p.Value)))
            + (Out is null ? " ✗ " + Error : " → " + string.Join("×", Out));

        private static string Compact(JsonElement value) =>
            value.ValueKind == JsonValueKind.Array ? string.Join(",", value.EnumerateArray().Select(v => v.ToString())) : value.ToString();

        private static readonly Lazy<IReadOnlyList<FixtureCase>> PyTorchCases = new Lazy<IReadOnlyList<FixtureCase>>(() => FixtureFile.Load("pytorch-shapes.json", (n, c) => new FixtureCase(n, c)));
        private static readonly Lazy<IReadOnlyList<FixtureCase>> OnnxCases = new Lazy<IReadOnlyList<FixtureCase>>(() => FixtureFile.Load("onnx-shapes.json", (n, c) => new FixtureCase(n, c)));

        private static readonly Lazy<IReadOnlyList<FixtureCase>> OnnxRandomCases = new Lazy<IReadOnlyList<FixtureCase>>(() => FixtureFile.Load("onnx-random-shapes.json", (n, c) => new FixtureCase(n, c)));

        public static IReadOnlyList<FixtureCase> PyTorch => PyTorchCases.Value;
        public static IReadOnlyList<FixtureCase> Onnx => OnnxCases.Value;
        public static IReadOnlyList<FixtureCase> OnnxRandom => OnnxRandomCases.Value;
    }
}
