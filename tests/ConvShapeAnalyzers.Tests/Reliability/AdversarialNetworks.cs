using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace ConvShapeAnalyzers.Tests.Reliability;

/// <summary>
/// FsCheck generators of network declarations with adversarial values: zeros, negatives, int.MinValue/MaxValue, products
/// that overflow, empty and wrong-length arrays, null (alone and in object arrays), wrong types, enum values out of range, names of later, unknown
/// or the same layers, missing partial, nested generic types, records and structs, static members, duplicate names.
/// </summary>
internal static class AdversarialNetworks
{
    private static readonly string[] Integers = { "0", "1", "2", "3", "4", "7", "16", "-1", "-5", "int.MinValue", "int.MaxValue", "46341", "65536", "1000000" };

    private static Gen<string> Integer => Gen.Elements(Integers);

    /// <summary>What a size argument may be given: scalars, per-axis arrays of any length, modes, and wrong types.</summary>
    private static Gen<string> Size => Gen.OneOf(
        Integer, Integer, Integer,
        Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Integer, n)).Select(items => "new[] { " + string.Join(", ", items) + " }"),
        // Adaptive pooling's per-axis null (PyTorch's None), anywhere a size goes, of any length.
        Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Gen.OneOf(Integer, Gen.Constant("null")), n)).Select(items => "new object?[] { " + string.Join(", ", items) + " }"),
        Gen.Elements("null", "\"2\"", "2.5", "3000000000L", "Pad.Valid", "Pad.Same", "Pad.SameUpper", "Pad.SameLower", "Pad.Full", "(Pad)9", "(Pad)0", "new int[0]", "new double[] { 1.5 }"));

    private static Gen<string> Count => Gen.OneOf(Integer, Integer, Gen.Elements("65536 * 65536", "16 * 5 * 5", "3 + 1"));

    /// <summary>One layer attribute, with names it may reference (earlier, later, itself, unknown).</summary>
    private static Gen<string> Layer(int index, int layers) =>
        from kind in Gen.Choose(0, 23)
        from rank in Gen.Choose(1, 3)
        from a in Count
        from b in Count
        from k in Size
        from named in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Named(index, layers), n))
        select Attribute(kind, rank, a, b, k, named.Distinct().ToArray(), Reference(index, layers, index + kind));

    private static string Attribute(int kind, int rank, string a, string b, string k, string[] named, string reference)
    {
        string d = rank + "d";
        string positional = kind switch
        {
            0 => "Conv" + d + "(" + a + ", " + b + ", " + k,
            1 => "ConvTranspose" + d + "(" + a + ", " + b + ", " + k,
            2 => "MaxPool" + d + "(" + k,
            3 => "AvgPool" + d + "(" + k,
            4 => "AdaptiveAvgPool" + d + "(" + k,
            5 => "AdaptiveMaxPool" + d + "(" + k,
            6 => "BatchNorm" + d + "(" + a,
            7 => "ZeroPad" + d + "(" + k,
            8 => "Linear(" + a + ", " + b,
            9 => "Flatten(",
            10 => "Identity(",
            11 => "Upsample(",
            12 => "CenterCrop(" + reference,
            13 => "Add(" + reference + ", " + reference,
            14 => "Concat(" + reference,
            15 => "Conv" + d + "(" + a,                       // too few arguments: a compile error, half-typed code
            16 => "ReflectionPad" + d + "(" + k,
            17 => "ReplicationPad" + d + "(" + k,
            18 => "ConstantPad" + d + "(" + k + ", " + a,     // the value: a double, so an int converts and a string does not
            19 => "InstanceNorm" + d + "(" + a,
            20 => "GroupNorm(" + a + ", " + b,
            21 => "PixelShuffle(" + a,
            22 => "PixelUnshuffle(" + a,
            _ => "Network(" + a + ", " + b,                   // a Network attribute on a member: a compile error
        };
        return positional + (named.Length == 0 ? "" : (positional.EndsWith("(") ? "" : ", ") + string.Join(", ", named)) + ")";
    }

    private static Gen<string> Named(int index, int layers) => Gen.OneOf(
        Size.Select(v => "Stride = " + v),
        Size.Select(v => "Padding = " + v),
        Size.Select(v => "Dilation = " + v),
        Size.Select(v => "OutputPadding = " + v),
        Size.Select(v => "Size = " + v),
        Gen.Elements("ScaleFactor = 2", "ScaleFactor = 0.0", "ScaleFactor = -1", "ScaleFactor = double.NaN", "ScaleFactor = new[] { 2.0, 0.5 }", "ScaleFactor = new[] { 2.0 }", "ScaleFactor = \"x\""),
        Integer.Select(v => "Groups = " + v),
        Gen.Elements("Bias = false", "CeilMode = true"),
        Gen.Choose(0, 4).Select(n => "From = " + Reference(index, layers, index + n - 2)),
        Gen.Choose(0, 4).Select(n => "Mirrors = " + Reference(index, layers, index + n - 2)));

    /// <summary>nameof() of an earlier, the same or a later layer, the input, an unknown name, or null.</summary>
    private static string Reference(int index, int layers, int target) =>
        target < -1 ? "null"
        : target == -1 ? "Network.Input"
        : target >= layers ? "\"nowhere\""
        : "nameof(l" + target + ")";

    private static Gen<string> Member(int index, int layers) =>
        from attribute in Layer(index, layers)
        from style in Gen.Choose(0, 5)
        select "    [" + attribute + "] " + style switch
        {
            0 => "public object? l" + index + " { get; set; }",
            1 => "public static object? l" + index + ";",
            2 => "public object? l" + (index > 0 ? index - 1 : 0) + "x, l" + index + ";",
            3 => "public object? @l" + index + ";",
            _ => "public object? l" + index + ";",
        };

    /// <summary>A whole file: a namespace style, a type kind (partial or not, nested, generic), a [Network] or none or two.</summary>
    public static Gen<string> File(int id) =>
        from layers in Gen.Choose(0, 8)
        from members in Gen.CollectToArray(Enumerable.Range(0, layers).Select(n => Member(n, layers)))
        from channels in Integer
        from sizes in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Gen.OneOf(Integer, Gen.Elements("32", "28", "224", "65"), Gen.Elements("32", "28", "224", "65")), n))
        from network in Gen.Choose(0, 9)
        from kind in Gen.Choose(0, 8)
        from space in Gen.Choose(0, 2)
        select Compose(id, members.ToArray(), channels, sizes, network, kind, space);

    private static string Compose(int id, string[] members, string channels, string[] sizes, int network, int kind, int space)
    {
        string attribute = network switch
        {
            0 => "",
            1 => "[Network(" + channels + ", 32, 32)][Network(1, 8)]\n",
            _ => "[Network(" + string.Join(", ", new[] { channels }.Concat(sizes)) + ")]\n",
        };
        string name = "Net" + id;
        string body = string.Join("\n", members);
        string type = kind switch
        {
            0 => "public class " + name + "\n{\n" + body + "\n}",
            1 => "partial record " + name + "\n{\n" + body + "\n}",
            2 => "partial struct " + name + "\n{\n" + body + "\n}",
            3 => "partial record struct " + name + "\n{\n" + body + "\n}",
            4 => "public static partial class " + name + "\n{\n" + body.Replace("public object?", "public static object?").Replace("static static", "static") + "\n}",
            5 => "file partial class " + name + "\n{\n" + body + "\n}",
            _ => "public partial class " + name + "\n{\n" + body + "\n}",
        };
        if (kind == 6)
            type = "public partial class Outer" + id + "<T>\n{\n" + attribute + type + "\n}";
        else if (kind == 7)
            type = "public class Closed" + id + "\n{\n" + attribute + type + "\n}";
        else
            type = attribute + type;
        string usings = "using ConvShape;\n";
        return space switch
        {
            0 => usings + "namespace Fuzz" + id + ";\n" + type + "\n",
            1 => usings + "namespace Fuzz.N" + id + "\n{\n" + type + "\n}\n",
            _ => usings + type + "\n",
        };
    }
}
