using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ConvShapeAnalyzers.Tests.Fixtures;

/// <summary>
/// A layer of the PyTorch fixtures (<c>kind</c>, <c>nd</c>, PyTorch's <c>params</c>; in a network also <c>from</c>,
/// <c>sources</c> and <c>mirrors</c> as layer indices, the layers being named l0, l1, ...) as the attribute a user would write.
/// </summary>
internal static class PyTorchLayerSource
{
    /// <summary>The attribute without its brackets, e.g. <c>Conv2d(3, 16, 3, Stride = 2, Padding = 1, Dilation = 1, Groups = 1)</c>.</summary>
    public static string Attribute(JsonElement layer)
    {
        string kind = layer.GetProperty("kind").GetString()!;
        int nd = layer.GetProperty("nd").GetInt32();
        JsonElement p = layer.GetProperty("params");
        var arguments = new List<string>();
        string module;
        switch (kind)
        {
            case "conv" or "convtranspose":
                module = (kind == "conv" ? "Conv" : "ConvTranspose") + nd + "d";
                arguments.Add(p.GetProperty("in_channels").GetInt32().ToString(CultureInfo.InvariantCulture));
                arguments.Add(p.GetProperty("out_channels").GetInt32().ToString(CultureInfo.InvariantCulture));
                arguments.Add(Size(p.GetProperty("kernel_size")));
                arguments.Add("Stride = " + Size(p.GetProperty("stride")));
                arguments.Add("Padding = " + Padding(p.GetProperty("padding")));
                arguments.Add("Dilation = " + Size(p.GetProperty("dilation")));
                arguments.Add("Groups = " + p.GetProperty("groups").GetInt32());
                if (p.TryGetProperty("output_padding", out JsonElement outputPadding))
                    arguments.Add("OutputPadding = " + Size(outputPadding));
                Optional(arguments, p, "padding_mode", "PaddingMode");
                break;
            case "maxpool" or "avgpool":
                module = (kind == "maxpool" ? "MaxPool" : "AvgPool") + nd + "d";
                arguments.Add(Size(p.GetProperty("kernel_size")));
                if (p.TryGetProperty("stride", out JsonElement stride))
                    arguments.Add("Stride = " + Size(stride));
                arguments.Add("Padding = " + Size(p.GetProperty("padding")));
                if (p.TryGetProperty("dilation", out JsonElement dilation))
                    arguments.Add("Dilation = " + Size(dilation));
                if (p.GetProperty("ceil_mode").GetBoolean())
                    arguments.Add("CeilMode = true");
                Optional(arguments, p, "count_include_pad", "CountIncludePad");
                Optional(arguments, p, "divisor_override", "DivisorOverride");
                break;
            case "adaptiveavgpool" or "adaptivemaxpool":
                module = (kind == "adaptiveavgpool" ? "AdaptiveAvgPool" : "AdaptiveMaxPool") + nd + "d";
                arguments.Add(OutputSize(p.GetProperty("output_size")));
                break;
            case "upsample":
                module = "Upsample";
                arguments.Add(p.TryGetProperty("size", out JsonElement size) ? "Size = " + Size(size)
                    : "ScaleFactor = " + (p.GetProperty("scale_factor") is { ValueKind: JsonValueKind.Array } scales
                        ? "new[] { " + string.Join(", ", scales.EnumerateArray().Select(Double)) + " }"
                        : Double(p.GetProperty("scale_factor"))));
                Optional(arguments, p, "mode", "Mode");
                Optional(arguments, p, "align_corners", "AlignCorners");
                Optional(arguments, p, "recompute_scale_factor", "RecomputeScaleFactor");
                break;
            case "batchnorm" or "instancenorm":    // the same keywords, with other defaults
                module = (kind == "batchnorm" ? "BatchNorm" : "InstanceNorm") + nd + "d";
                arguments.Add(p.GetProperty("num_features").GetInt32().ToString(CultureInfo.InvariantCulture));
                Optional(arguments, p, "eps", "Eps");
                Optional(arguments, p, "momentum", "Momentum");
                Optional(arguments, p, "affine", "Affine");
                Optional(arguments, p, "track_running_stats", "TrackRunningStats");
                break;
            case "pixelshuffle" or "pixelunshuffle":
                module = kind == "pixelshuffle" ? "PixelShuffle" : "PixelUnshuffle";
                arguments.Add(p.GetProperty(kind == "pixelshuffle" ? "upscale_factor" : "downscale_factor").GetInt32().ToString(CultureInfo.InvariantCulture));
                break;
            case "groupnorm":
                module = "GroupNorm";
                arguments.Add(p.GetProperty("num_groups").GetInt32().ToString(CultureInfo.InvariantCulture));
                arguments.Add(p.GetProperty("num_channels").GetInt32().ToString(CultureInfo.InvariantCulture));
                Optional(arguments, p, "affine", "Affine");
                break;
            case "zeropad" or "constantpad" or "reflectionpad" or "replicationpad":
                module = kind switch { "zeropad" => "ZeroPad", "constantpad" => "ConstantPad", "reflectionpad" => "ReflectionPad", _ => "ReplicationPad" } + nd + "d";
                arguments.Add(Size(p.GetProperty("padding")));
                if (p.TryGetProperty("value", out JsonElement value))    // whole values as ints (0, 1), which C# converts to double; else as Python wrote them
                    arguments.Add(value.GetDouble() % 1 == 0 && value.GetDouble() >= 0 ? ((long)value.GetDouble()).ToString(CultureInfo.InvariantCulture) : value.GetRawText());
                break;
            case "linear":
                module = "Linear";
                arguments.Add(p.GetProperty("in_features").GetInt32().ToString(CultureInfo.InvariantCulture));
                arguments.Add(p.GetProperty("out_features").GetInt32().ToString(CultureInfo.InvariantCulture));
                break;
            case "flatten" or "identity":
                module = kind == "flatten" ? "Flatten" : "Identity";
                break;
            case "add" or "concat":
                module = kind == "add" ? "Add" : "Concat";
                arguments.AddRange(Ints(layer.GetProperty("sources")).Select(NameOf));
                break;
            case "centercrop":
                module = "CenterCrop";
                arguments.Add(NameOf(Ints(layer.GetProperty("sources"))[0]));
                break;
            default:
                throw new InvalidDataException("unknown kind " + kind);
        }
        if (p.TryGetProperty("bias", out JsonElement bias) && !bias.GetBoolean())
            arguments.Add("Bias = false");
        if (layer.TryGetProperty("from", out JsonElement from))
            arguments.Add("From = " + NameOf(from.GetInt32()));
        if (layer.TryGetProperty("mirrors", out JsonElement mirrors))
            arguments.Add("Mirrors = " + NameOf(mirrors.GetInt32()));
        return module + "(" + string.Join(", ", arguments) + ")";
    }

    /// <summary>A keyword argument PyTorch took only where the fixture gives it: a string, a bool, an int or a double, as C#.</summary>
    private static void Optional(List<string> arguments, JsonElement p, string keyword, string property)
    {
        if (!p.TryGetProperty(keyword, out JsonElement value))
            return;
        arguments.Add(property + " = " + value.ValueKind switch
        {
            JsonValueKind.String => JsonSerializer.Serialize(value.GetString()),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => value.TryGetInt32(out int whole) ? whole.ToString(CultureInfo.InvariantCulture) : Double(value),
        });
    }

    private static string NameOf(int layer) => layer < 0 ? "Network.Input" : "nameof(l" + layer + ")";

    private static string Size(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? "new[] { " + string.Join(", ", Ints(value)) + " }" : value.GetInt32().ToString(CultureInfo.InvariantCulture);

    /// <summary>Adaptive pooling's output size; Python's None is null in an object[].</summary>
    private static string OutputSize(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array && value.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.Null)
            ? "new object[] { " + string.Join(", ", value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? "null" : v.GetInt32().ToString(CultureInfo.InvariantCulture))) + " }"
            : Size(value);

    private static string Padding(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? (value.GetString() == "same" ? "Pad.Same" : "Pad.Valid") : Size(value);

    /// <summary>A double as a C# literal that reads back as the same double.</summary>
    private static string Double(JsonElement value)
    {
        string text = value.GetDouble().ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    public static int[] Ints(JsonElement array) => array.EnumerateArray().Select(v => v.GetInt32()).ToArray();
}
