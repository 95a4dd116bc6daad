using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ConvShapeAnalyzers.Core;
using ConvShapeAnalyzers.Tests.Generator;
using ConvShapeAnalyzers.Tests.Harness;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Meta;

/// <summary>
/// README's table of the constants each layer kind carries cannot drift from what the generator writes: a network of every
/// kind, each windowed kind with a symmetric and an asymmetric padding, and Upsample with a scale and with a size (and a
/// mode that interpolates, which writes AlignCorners).
/// </summary>
public class ConstantCatalogTests
{
    /// <summary>What every layer class holds whatever its kind, named in the paragraph above the table.</summary>
    private static readonly HashSet<string> Common = new() { "Module", "Channels", "Features", "Length", "Depth", "Height", "Width", "Parameters", "MultiplyAdds", "ReceptiveField", "Jump" };

    private const string EveryKind = """
        using ConvShape;
        [Network(4, 9, 9)]
        public partial class EveryKind
        {
            [Conv2d(4, 8, 3, Padding = 1)] public object? conv;
            [Conv2d(8, 8, 2, Padding = Pad.SameUpper)] public object? convSame;
            [ConvTranspose2d(8, 8, 2, Stride = 2)] public object? up;
            [ConvTranspose2d(8, 8, 3, Padding = 1, OutputPadding = 1, Stride = 2)] public object? upPadded;
            [MaxPool2d(2, Padding = 1)] public object? maxPool;
            [MaxPool2d(2, Padding = Pad.SameUpper)] public object? maxPoolSame;
            [AvgPool2d(3, Stride = 1, Padding = Pad.SameLower, DivisorOverride = 9)] public object? avgPool;
            [AvgPool2d(2, Stride = 1, Padding = Pad.SameLower)] public object? avgPoolSame;
            [ZeroPad2d(1)] public object? pad;
            [ConstantPad2d(1, 0.5)] public object? constantPad;
            [ReflectionPad2d(1)] public object? reflectionPad;
            [ReplicationPad2d(1)] public object? replicationPad;
            [BatchNorm2d(8)] public object? norm;
            [InstanceNorm2d(8, Affine = true)] public object? instanceNorm;
            [GroupNorm(2, 8)] public object? groupNorm;
            [PixelUnshuffle(2)] public object? unshuffle;
            [PixelShuffle(2)] public object? shuffle;
            [AdaptiveAvgPool2d(4)] public object? adaptiveAvg;
            [AdaptiveMaxPool2d(4)] public object? adaptiveMax;
            [Upsample(ScaleFactor = 2)] public object? upsample;
            [Upsample(Size = 4, Mode = "bilinear")] public object? resize;
            [CenterCrop(nameof(adaptiveAvg))] public object? crop;
            [Identity] public object? same;
            [Concat(nameof(crop), nameof(same))] public object? cat;
            [Add(nameof(cat), nameof(cat))] public object? sum;
            [Flatten] public object? flat;
            [BatchNorm1d(256)] public object? flatNorm;
            [Linear(256, 10)] public object? fc;
        }
        """;

    [Fact]
    public void ReadmeConstantTable_ListsWhatTheGeneratorWritesForEveryKind()
    {
        Dictionary<string, Row> table = ReadmeTable();
        GeneratorRun run = GeneratedConstants.Generate(EveryKind);
        var written = new Dictionary<Row, HashSet<string>>();
        var modules = new HashSet<string>();
        foreach (var layer in run.OutputCompilation.GetTypeByMetadataName("EveryKind+Shapes")!.GetTypeMembers().Where(t => t.Name is not ("Input" or "Output")))
        {
            IReadOnlyDictionary<string, object?> constants = run.Constants("EveryKind+Shapes+" + layer.Name);
            string module = (string)constants["Module"]!;
            Assert.True(table.TryGetValue(module, out Row? row), "README's constant table has no row for " + module);
            HashSet<string> names = constants.Keys.Select(WithoutAxis).Where(name => !Common.Contains(name)).ToHashSet();
            Assert.True(names.IsSubsetOf(row!.Names), layer.Name + " (" + module + ") has " + string.Join(", ", names.Except(row.Names)) + ", which its README row does not list");
            if (!written.TryGetValue(row, out HashSet<string>? seen))
                written[row] = seen = new HashSet<string>();
            seen.UnionWith(names);
            modules.Add(module);
        }
        // Every row: the test network wrote every constant it lists, so the row lists nothing that is never written.
        Assert.Equal(table.Values.Distinct().Count(), written.Count);
        foreach (KeyValuePair<Row, HashSet<string>> row in written)
            Assert.True(row.Key.Names.SetEquals(row.Value), row.Key.Modules + ": README lists " + string.Join(", ", row.Key.Names.OrderBy(n => n))
                + ", the generator wrote " + string.Join(", ", row.Value.OrderBy(n => n)));
        Assert.Equal(23, modules.Count);
    }

    private sealed record Row(string Modules, HashSet<string> Names);

    /// <summary>"StrideHeight" → "Stride": per-axis constants by the name the table uses.</summary>
    private static string WithoutAxis(string name)
    {
        foreach (string axis in new[] { "Length", "Depth", "Height", "Width" })
            if (name.Length > axis.Length && name.EndsWith(axis) && GeneratedNames.IsLayerMember(name[..^axis.Length]))
                return name[..^axis.Length];
        return name;
    }

    /// <summary>Module name ("Conv2d") → its row; "Conv1d/2d/3d" stands for the three ranks.</summary>
    private static Dictionary<string, Row> ReadmeTable()
    {
        string readme = RepositoryFiles.Read("README.md");
        int start = readme.IndexOf("<!-- constants:start -->"), end = readme.IndexOf("<!-- constants:end -->");
        Assert.True(start >= 0 && end > start, "README has no constants table markers");
        var table = new Dictionary<string, Row>();
        foreach (string line in readme[start..end].Split('\n').Where(line => line.StartsWith("| `")))
        {
            string[] cells = line.Split('|');
            var row = new Row(cells[1].Trim(), Regex.Matches(cells[2], "`([A-Za-z]+)`").Select(m => m.Groups[1].Value).ToHashSet());
            foreach (Match module in Regex.Matches(cells[1], "`([A-Za-z]+?)(1d/2d/3d)?`"))
                foreach (string rank in module.Groups[2].Success ? new[] { "1d", "2d", "3d" } : new[] { "" })
                    table.Add(module.Groups[1].Value + rank, row);
        }
        return table;
    }
}
