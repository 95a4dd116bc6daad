using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConvShapeAnalyzers.Generation;
using ConvShapeAnalyzers.Tests.Harness;
using ConvShapeAnalyzers.Tests.Meta;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Reliability;

/// <summary>
/// After an edit of a declaration (a member, a type, a using, an attribute) the generator keeps the readings that depend
/// only on the names every file declares, and reads an edited network from its syntax while those names hold
/// (NetworkReadCache). Whatever it keeps, each run must give exactly what a new driver gives on freshly parsed sources.
/// </summary>
public class DeclarationEditTests
{
    private const int RandomCases = 150;

    private const string Helper = """
        namespace Helpers;
        public static class Numbers
        {
            public const int Kernel = 3;
            public static int Twice(int x) => 2 * x;
        }
        public class NetBase { }
        """;

    /// <summary>
    /// A network that names ours through an alias (P.Same) and derives from the helper's NetBase: a member P added there
    /// hides the alias, though the names' outline leaves such a member out.
    /// </summary>
    private const string UsesAlias = """
        using ConvShape;
        using P = ConvShape.Pad;
        namespace Uses;
        [Network(3, 32, 32)]
        public partial class UsesAlias : Helpers.NetBase
        {
            [Conv2d(3, 8, 3, Padding = P.Same)] public object? conv;
            [MaxPool2d(2)] public object? pool;
        }
        """;

    /// <summary>A network whose arguments name constants, its own and another file's: not closed, so read again after a declaration edit.</summary>
    private const string UsesHelper = """
        using ConvShape;
        using Helpers;
        namespace Uses;
        [Network(3, 32, 32)]
        public partial class UsesHelper
        {
            private const int Width = 16;
            [Conv2d(3, Width, Numbers.Kernel)] public object? conv;
            [MaxPool2d(2)] public object? pool;
        }
        """;

    /// <summary>Declaration edits, each a change of one file's text; some change what a name means, most do not.</summary>
    private static readonly (string Name, Func<string, string> Apply)[] Edits =
    {
        ("a method added to the first type", text => IntoFirstType(text, "public static int Forward(int x) => x;")),
        ("a field added to the first type", text => IntoFirstType(text, "public static int spare;")),
        ("a member named nameof", text => IntoFirstType(text, "public static string nameof(object o) => \"\";")),
        ("a class added", text => text + "\npublic static class Extra { public static int M() => 1; }\n"),
        ("a layer's attribute class of the user's", text => text + "\npublic sealed class MaxPool2dAttribute : System.Attribute { public MaxPool2dAttribute(object k) { } public object? Stride { get; set; } }\n"),
        ("an enum Pad", text => text + "\npublic enum Pad { Valid = 0, Same = 2, Full = 4 }\n"),
        ("a global alias", text => "global using MaxPool2d = ConvShape.AvgPool2dAttribute;\n" + text),
        ("an attribute before the network's", text => text.Replace("[Network(", "[System.Obsolete]\n[Network(")),
        ("a constant changed", text => Toggle(Toggle(text, "Kernel = 3", "Kernel = 5"), "Width = 16", "Width = 8")),
        ("a method renamed", text => text.Replace("Twice(", "Double(")),
        ("a member named like an alias, in a base class", text => Toggle(text, "public class NetBase { }", "public class NetBase { public const int P = 1; }")),
    };

    [Fact]
    public void RandomDeclarationEditsBetweenArgumentEdits_GiveWhatANewDriverGives()
    {
        Gen<(string[] Files, int Seed)> cases =
            from files in Gen.CollectToArray(Enumerable.Range(0, 3).Select(AdversarialNetworks.File))
            from seed in Gen.Choose(0, int.MaxValue - 1)
            select (files, seed);
        Property property = Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var random = new Random(c.Seed);
            string[] files = c.Files.Append(Helper).Append(UsesHelper).Append(UsesAlias).ToArray();
            var run = new Runs(files, new NetworkReadCounts());
            for (int step = 0; step < 4; step++)
            {
                if (step % 2 == 0)
                    files = files.Select((text, n) => n < c.Files.Length ? EditedReadingTests.EditArguments(text, c.Seed + 7 * step + n, shuffle: false) : text).ToArray();
                else
                {
                    int file = random.Next(files.Length);
                    files[file] = Edits[random.Next(Edits.Length)].Apply(files[file]);
                }
                run.Next(files);
            }
            return true;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(RandomCases), property);
    }

    public static TheoryData<string> EditNames => new(Edits.Select(edit => edit.Name));

    /// <summary>
    /// The sample networks, whose arguments are all closed constants, with a helper file: every edit gives what a new driver
    /// gives, and an edit that leaves the names as they were (a member added, renamed or retyped outside the networks, a
    /// constant's value) reads no network again.
    /// </summary>
    [Theory]
    [MemberData(nameof(EditNames))]
    public void DeclarationEditOfSampleNetworksAndAHelper_GivesWhatANewDriverGives(string name)
    {
        string[] samples = Directory.GetFiles(RepositoryFiles.PathOf("samples/Networks"), "*.cs")
            .Where(path => Path.GetFileNameWithoutExtension(path) != "Program").OrderBy(path => path, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        Func<string, string> apply = Edits.Single(edit => edit.Name == name).Apply;
        foreach (int file in new[] { 0, samples.Length })    // a network's file, then the helper's
        {
            string[] files = samples.Append(Helper).ToArray();
            var counts = new NetworkReadCounts();
            var run = new Runs(files, counts);
            int before = counts.WithCompiler;
            files[file] = apply(files[file]);
            if (files[file] == (file == samples.Length ? Helper : samples[file]))
                continue;    // nothing for this edit to change in this file
            run.Next(files);
            bool keepsNames = file == samples.Length && name is "a method added to the first type" or "a field added to the first type" or "a constant changed" or "a method renamed";
            if (keepsNames)
                Assert.Equal(before, counts.WithCompiler);
        }
    }

    /// <summary>A generator run on each new version of the files, held to a new driver's run on the same text.</summary>
    private sealed class Runs
    {
        private GeneratorDriver driver;
        private Compilation compilation;

        public Runs(string[] files, NetworkReadCounts counts)
        {
            compilation = CompilationFactory.Create(files);
            driver = GeneratorHarness.Run(GeneratorHarness.CreateDriver(new[] { new ShapeGenerator(counts) }), compilation, CompilerErrorPolicy.AllowInTestSources).Driver;
        }

        public void Next(string[] files)
        {
            for (int n = 0; n < files.Length; n++)
                if (compilation.SyntaxTrees.ElementAt(n).ToString() != files[n])
                    compilation = compilation.EditFile(n, files[n]);
            GeneratorRun run = GeneratorHarness.Run(driver, compilation, CompilerErrorPolicy.AllowInTestSources);
            driver = run.Driver;
            Dictionary<string, string> fresh = GeneratorHarness.Run(CompilationFactory.Create(files), new[] { new ShapeGenerator() }, policy: CompilerErrorPolicy.AllowInTestSources).NetworkSources();
            Dictionary<string, string> kept = run.NetworkSources();
            if (fresh.Count != kept.Count || fresh.Any(file => !kept.TryGetValue(file.Key, out string? text) || text != file.Value))
                Assert.Fail("the generator that kept its readings differs from a new driver on:\n" + string.Join("\n-----\n", files));
        }
    }

    private static string Toggle(string text, string one, string other) =>
        text.Contains(one) ? text.Replace(one, other) : text.Replace(other, one);

    private static string IntoFirstType(string text, string member)
    {
        TypeDeclarationSyntax? type = CSharpSyntaxTree.ParseText(text, CompilationFactory.ParseOptions).GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>().FirstOrDefault();
        return type is null || type.OpenBraceToken.IsMissing ? text : text.Insert(type.OpenBraceToken.Span.End, "\n    " + member);
    }
}
