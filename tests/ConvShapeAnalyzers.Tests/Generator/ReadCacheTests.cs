using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConvShapeAnalyzers.Generation;
using ConvShapeAnalyzers.Reading;
using ConvShapeAnalyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Generator;

/// <summary>
/// The generator keeps each network's reading while its file and every other file's declarations stay the same
/// (NetworkReadCache). Each edit here changes what a network in an unedited file means through another file; the
/// driver that kept its readings must give exactly what a new driver gives, and the network's file must change.
/// </summary>
public class ReadCacheTests
{
    private const string Network = """
        using ConvShape;
        namespace Nets;
        [Network(3, 32, 32)]
        public partial class A : NetBase
        {
            [Conv2d(3, 16, Sizes.Kernel, Padding = 1)] public object? conv1;
            [Conv2d(16, 16, 3, Padding = 1, From = nameof(conv1))] public object? conv2;
            [Conv(16, 8, 1)] public object? conv3;
        }
        """;

    private const string PartialFirst = """
        using ConvShape;
        namespace Nets;
        [Network(1, 28, 28)]
        public partial class C
        {
            [Conv2d(1, 8, 5)] public object? conv1;
        }
        """;

    private const string PartialSecond = """
        using ConvShape;
        namespace Nets;
        public partial class C
        {
            [MaxPool2d(2)] public object? pool1;
        }
        """;

    private const string Sizes = """
        namespace Nets;
        public static class Sizes { public const int Kernel = 3; }
        public class NetBase { }
        """;

    private const string Aliases = """
        global using Conv = ConvShape.Conv2dAttribute;
        """;

    /// <summary>Every argument a closed constant: after an edit of its arguments alone, read from syntax with its earlier name lookups.</summary>
    private const string Closed = """
        using ConvShape;
        namespace Nets;
        [Network(3, 32, 32)]
        public partial class B
        {
            [Conv2d(3, 16, 3, Padding = Pad.Same)] public object? conv1;
            [MaxPool2d(2)] public object? pool1;
            [Conv2d(16, 8, 3, From = nameof(pool1))] public object? conv2;
        }
        """;

    private const string Unrelated = """
        namespace Nets;
        public static class Helper { public static int Twice(int x) { return 2 * x; } }
        """;

    public static TheoryData<string> Edits() => new() { "constant", "partial part", "type of an attribute's name", "global alias", "nameof method in a base class", "reference", "Pad of the network's namespace" };

    [Theory]
    [MemberData(nameof(Edits))]
    public void EditElsewhereChangingANetwork_GivesWhatANewDriverGives(string edit)
    {
        Compilation compilation = CompilationFactory.Create(Network, PartialFirst, PartialSecond, Sizes, Aliases, Unrelated, Closed);
        GeneratorRun first = GeneratorHarness.Run(NewDriver(), compilation);
        // B's arguments edited first, so that its reading comes from syntax with the name lookups the cross-file edit then invalidates.
        first = GeneratorHarness.Run(first.Driver, compilation = compilation.EditFile(6, Closed.Replace("[MaxPool2d(2)]", "[MaxPool2d(2, Stride = 1)]")));
        Compilation edited = Apply(compilation, edit);

        GeneratorRun incremental = GeneratorHarness.Run(first.Driver, edited, CompilerErrorPolicy.AllowInTestSources);
        GeneratorRun fresh = GeneratorHarness.Run(NewDriver(), Reparsed(edited), CompilerErrorPolicy.AllowInTestSources);

        Dictionary<string, string> before = first.NetworkSources(), after = incremental.NetworkSources();
        Assert.Equal(fresh.NetworkSources(), after);
        Assert.Contains(before.Keys, hint => !after.TryGetValue(hint, out string? text) || text != before[hint]);
    }

    [Fact]
    public void EditInsideALayersArguments_ReadsOnlyThatNetworkAgain()
    {
        Compilation compilation = CompilationFactory.Create(Network, PartialFirst, PartialSecond, Sizes, Aliases, Unrelated);
        GeneratorRun first = GeneratorHarness.Run(NewDriver(), compilation);
        GeneratorRun second = GeneratorHarness.Run(first.Driver, compilation.EditFile(0, Network.Replace("[Conv(16, 8, 1)]", "[Conv(16, 8, 1, Stride = 2)]")));

        // Each unedited declaration's reading is the very object of the first run; the edited one is new.
        List<object?> before = Readings(first), after = Readings(second);
        Assert.Equal(before.Count, after.Count);
        Assert.Equal(2, before.Count(r => r is not null));    // A, and C from the part with [Network]
        for (int n = 0; n < before.Count; n++)
        {
            bool isA = before[n] is NetworkDeclaration { Spec.Name: "A" };
            if (isA)
                Assert.NotSame(before[n], after[n]);
            else if (before[n] is not null && !IsInTwoFiles(before[n]))
                Assert.Same(before[n], after[n]);
        }
    }

    [Fact]
    public void SuccessiveArgumentEdits_WithADeclarationEditBetween_GiveWhatANewDriverGives()
    {
        Compilation compilation = CompilationFactory.Create(Sizes, Unrelated, Closed);
        GeneratorRun run = GeneratorHarness.Run(NewDriver(), compilation);
        string[] steps =
        {
            Closed.Replace("[MaxPool2d(2)]", "[MaxPool2d(2, Stride = 1)]"),
            Closed.Replace("[MaxPool2d(2)]", "[MaxPool2d(3, Stride = 1)]").Replace("Pad.Same", "Pad.Valid"),
            "declaration elsewhere",
            Closed.Replace("[Network(3, 32, 32)]", "[Network(1, 64, 64)]").Replace("[Conv2d(3, 16, 3,", "[Conv2d(1, 16, 5,"),
            Closed.Replace("From = nameof(pool1)", "From = nameof(conv1)"),
            Closed.Replace("[Conv2d(16, 8, 3,", "[Conv2d(16, 8, Sizes.Kernel,"),
            Closed,
        };
        foreach (string step in steps)
        {
            compilation = step == "declaration elsewhere"
                ? compilation.EditFile(1, Unrelated + "\npublic static class More { public const int Two = 2; }\n")
                : compilation.EditFile(2, step);
            run = GeneratorHarness.Run(run.Driver, compilation, CompilerErrorPolicy.AllowInTestSources);
            GeneratorRun fresh = GeneratorHarness.Run(NewDriver(), Reparsed(compilation), CompilerErrorPolicy.AllowInTestSources);
            Assert.Equal(fresh.NetworkSources(), run.NetworkSources());
            Assert.Equal(Readings(fresh), Readings(run));
        }
    }

    [Fact]
    public void NewDriverOnTheSameCompilation_ReadsAgain()
    {
        Compilation compilation = CompilationFactory.Create(Network, Unrelated, Sizes, Aliases);
        GeneratorRun first = GeneratorHarness.Run(NewDriver(), compilation);
        GeneratorRun second = GeneratorHarness.Run(NewDriver(), compilation);
        object a1 = Assert.Single(Readings(first), r => r is not null)!, a2 = Assert.Single(Readings(second), r => r is not null)!;
        Assert.Equal(a1, a2);
        Assert.NotSame(a1, a2);    // the benchmarks' cold runs are cold
    }

    private static bool IsInTwoFiles(object? reading) => reading is NetworkDeclaration { Spec.Name: "C" };

    private static Compilation Apply(Compilation compilation, string edit) => edit switch
    {
        // Sizes.Kernel is read through the binder; its value lives in another file.
        "constant" => compilation.EditFile(3, Sizes.Replace("Kernel = 3", "Kernel = 5")),
        // C's second part is another file: only its layer's arguments change, which that file's outline leaves out.
        "partial part" => compilation.EditFile(2, PartialSecond.Replace("[MaxPool2d(2)]", "[MaxPool2d(2, Stride = 1)]")),
        // A user's Conv2dAttribute in the global namespace is found before the usings: A's [Conv2d] are no longer ours.
        "type of an attribute's name" => compilation.EditFile(5, Unrelated + "\npublic sealed class Conv2dAttribute : System.Attribute { public Conv2dAttribute(int a, int b, int c) { } public object? Padding { get; set; } public string? From { get; set; } }\n"),
        "global alias" => compilation.EditFile(4, Aliases.Replace("Conv2dAttribute", "Conv1dAttribute")),
        // nameof(conv1) now calls the method: no longer a constant, so A's conv2 is read through the binder and refused.
        "nameof method in a base class" => compilation.EditFile(3, Sizes.Replace("public class NetBase { }", "public class NetBase { public static string nameof(object o) => \"\"; }")),
        // B's Pad.Same now names this enum, not ours, and its value is our Pad.Full.
        "Pad of the network's namespace" => compilation.EditFile(5, Unrelated + "\npublic enum Pad { Same = 5 }\n"),
        "reference" => compilation.AddReferences(AssemblyDeclaring("public sealed class Conv2dAttribute : System.Attribute { public Conv2dAttribute(int a, int b, int c) { } public object? Padding { get; set; } public string? From { get; set; } }")),
        _ => throw new ArgumentOutOfRangeException(nameof(edit)),
    };

    /// <summary>The same sources as new syntax trees, so nothing read before can be reused: the reference reading.</summary>
    private static Compilation Reparsed(Compilation compilation)
    {
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
            compilation = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(tree.GetText(), (CSharpParseOptions)tree.Options, tree.FilePath));
        return compilation;
    }

    private static MetadataReference AssemblyDeclaring(string source)
    {
        var library = CSharpCompilation.Create("UserAttributes", new[] { CSharpSyntaxTree.ParseText(source, CompilationFactory.ParseOptions) },
            TestReferences.Net10, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        Assert.True(library.Emit(image).Success);
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static GeneratorDriver NewDriver() => GeneratorHarness.CreateDriver(new[] { new ShapeGenerator() }, trackIncrementalGeneratorSteps: true);

    private static List<object?> Readings(GeneratorRun run) =>
        run.Result.Results[0].TrackedSteps[ShapeGenerator.ReadStep].SelectMany(s => s.Outputs).Select(o => (object?)o.Value).ToList();
}
