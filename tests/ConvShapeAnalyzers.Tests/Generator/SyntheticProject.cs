using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ConvShapeAnalyzers.Tests.Generator;

/// <summary>One source file of a <see cref="SyntheticProject"/>.</summary>
public sealed record SyntheticFile(string Path, string Text);

/// <summary>
/// A large project made up for the scale caching tests and the benchmarks (benchmarks/ConvShapeAnalyzers.Benchmarks links
/// this file): files of one valid 20-layer network each (conv / batch-norm / pooling chains, every fourth with a residual
/// Add), and files of ordinary classes with method bodies and no network. Every network compiles without a diagnostic of
/// ours; the parameters of <see cref="Network"/> and <see cref="Plain"/> give the edits the tests and benchmarks make.
/// </summary>
public static class SyntheticProject
{
    public const int LayersPerNetwork = 20;

    /// <summary>The stride of layer conv5 as first written; <see cref="Network"/> takes another to edit one layer.</summary>
    public const int Conv5Stride = 2;

    /// <summary>The networks first (Net0000, Net0001, ...), then the files without networks.</summary>
    public static IReadOnlyList<SyntheticFile> Files(int networks, int plainFiles)
    {
        var files = new List<SyntheticFile>(networks + plainFiles);
        for (int n = 0; n < networks; n++)
            files.Add(new SyntheticFile(NetworkPath(n), Network(n)));
        for (int n = 0; n < plainFiles; n++)
            files.Add(new SyntheticFile(PlainPath(n), Plain(n)));
        return files;
    }

    public static string NetworkPath(int index) => "/synthetic/Networks/Net" + Id(index) + ".cs";

    public static string PlainPath(int index) => "/synthetic/Code/Service" + Id(index) + ".cs";

    public static string NetworkTypeName(int index) => "Net" + Id(index);

    /// <summary>Whether network <paramref name="index"/> has a residual Add (every fourth does).</summary>
    public static bool IsResidual(int index) => index % 4 == 3;

    /// <summary>
    /// Network <paramref name="index"/>: 1 or 3 input channels, 32×32, 64×64 or 128×128, a width of 8 to 28 channels,
    /// two pooled conv-bn stages, a strided stage (conv5, whose stride is <paramref name="conv5Stride"/>), a 1×1 expansion,
    /// global average pooling and a classifier. Valid at stride 1 and 2.
    /// </summary>
    public static string Network(int index, int conv5Stride = Conv5Stride)
    {
        int input = index % 2 == 0 ? 3 : 1;
        int size = 32 << (index % 3);
        int c = 8 + 4 * (index % 6);
        var text = new StringBuilder();
        text.Append("using ConvShape;\n\n");
        text.Append("namespace Synthetic.Models.Group").Append(Number(index / 50)).Append(";\n\n");
        text.Append("/// <summary>Synthetic network ").Append(Number(index)).Append(".</summary>\n");
        text.Append("[Network(").Append(Number(input)).Append(", ").Append(Number(size)).Append(", ").Append(Number(size)).Append(")]\n");
        text.Append("public partial class ").Append(NetworkTypeName(index)).Append("\n{\n");
        Layer(text, $"Conv2d({input}, {c}, 3, Padding = 1)", "conv1");
        Layer(text, $"BatchNorm2d({c})", "bn1");
        Layer(text, $"Conv2d({c}, {c}, 3, Padding = 1, Bias = false)", "conv2");
        Layer(text, $"BatchNorm2d({c})", "bn2");
        Layer(text, "MaxPool2d(2)", "pool1");
        Layer(text, $"Conv2d({c}, {2 * c}, 3, Padding = 1)", "conv3");
        Layer(text, $"BatchNorm2d({2 * c})", "bn3");
        Layer(text, $"Conv2d({2 * c}, {2 * c}, 3, Padding = 1)", "conv4");
        Layer(text, $"BatchNorm2d({2 * c})", "bn4");
        Layer(text, "MaxPool2d(2)", "pool2");
        Layer(text, $"Conv2d({2 * c}, {4 * c}, 3, Stride = {conv5Stride}, Padding = 1)", "conv5");
        Layer(text, $"BatchNorm2d({4 * c})", "bn5");
        Layer(text, $"Conv2d({4 * c}, {4 * c}, 3, Padding = 1)", "conv6");
        if (IsResidual(index))
            Layer(text, "Add(nameof(conv6), nameof(bn5))", "res");
        else
            Layer(text, $"BatchNorm2d({4 * c})", "bn6");
        Layer(text, "AvgPool2d(2)", "pool3");
        Layer(text, $"Conv2d({4 * c}, {8 * c}, 1)", "conv7");
        Layer(text, $"BatchNorm2d({8 * c})", "bn7");
        Layer(text, "AdaptiveAvgPool2d(1)", "gap");
        Layer(text, "Flatten", "flat");
        Layer(text, $"Linear({8 * c}, 10)", "fc");
        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>
    /// A class with fields, a constructor and a few methods, and no network. <paramref name="bodyConstant"/> appears only
    /// inside method bodies: changing it is an edit that moves or changes no declaration.
    /// </summary>
    public static string Plain(int index, int bodyConstant = 3)
    {
        string k = Number(bodyConstant);
        string name = "Service" + Id(index);
        return "using System;\nusing System.Collections.Generic;\nusing System.Globalization;\n\n"
            + "namespace Synthetic.Code.Group" + Number(index / 50) + ";\n\n"
            + "/// <summary>Synthetic class " + Number(index) + ", without a network.</summary>\n"
            + "public sealed class " + name + "\n{\n"
            + "    private readonly int[] values = new int[16];\n"
            + "    private readonly Dictionary<string, double> weights = new Dictionary<string, double>(StringComparer.Ordinal);\n\n"
            + "    public " + name + "(int seed)\n    {\n"
            + "        for (int n = 0; n < values.Length; n++)\n            values[n] = (seed + n) % 7;\n    }\n\n"
            + "    public int Sum(int count)\n    {\n"
            + "        int total = 0;\n"
            + "        for (int n = 0; n < count && n < values.Length; n++)\n            total += values[n] * " + k + ";\n"
            + "        return total;\n    }\n\n"
            + "    public string Describe(string label)\n    {\n"
            + "        return label + \": \" + Sum(" + k + ").ToString(CultureInfo.InvariantCulture);\n    }\n\n"
            + "    public double Weight(string key)\n    {\n"
            + "        if (!weights.TryGetValue(key, out double weight))\n        {\n"
            + "            weight = Math.Sqrt(key.Length) + " + k + ";\n"
            + "            weights[key] = weight;\n        }\n"
            + "        return weight;\n    }\n\n"
            + "    public static double Scale(double x) => x < 0 ? -x * " + k + " : Math.Sqrt(x) + " + k + ";\n"
            + "}\n";
    }

    private static void Layer(StringBuilder text, string attribute, string name) =>
        text.Append("    [").Append(attribute).Append("] public object? ").Append(name).Append(";\n");

    private static string Id(int index) => index.ToString("D4", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
