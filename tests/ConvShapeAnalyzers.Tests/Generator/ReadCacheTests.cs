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
        public partial class B : NetBase
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

    public static TheoryData<string> Edits() => new() { "constant", "partial part", "type of an attribute's name", "global alias", "nameof method in a base class", "reference", "Pad of the network's namespace", "Pad nested in a base class", "attribute class nested in a base class" };

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

    /// <summary>
    /// Only the edited file's networks are read again: A through the compiler (it binds Sizes.Kernel), C every time (its parts
    /// span two files), B not at all. After an edit of B's arguments alone, B is read from its syntax, without the compiler.
    /// </summary>
    [Fact]
    public void EditInsideALayersArguments_ReadsOnlyThatNetworkAgain()
    {
        var counts = new NetworkReadCounts();
        Compilation compilation = CompilationFactory.Create(Network, PartialFirst, PartialSecond, Sizes, Aliases, Unrelated, Closed);
        GeneratorRun run = GeneratorHarness.Run(NewDriver(counts), compilation);
        int cold = counts.WithCompiler;    // A, B, C and our attribute classes (attributed types, read once)

        run = GeneratorHarness.Run(run.Driver, compilation = compilation.EditFile(0, Network.Replace("[Conv(16, 8, 1)]", "[Conv(16, 8, 1, Stride = 2)]")));
        Assert.Equal((cold + 2, 0), (counts.WithCompiler, counts.FromEdit));
        run = GeneratorHarness.Run(run.Driver, compilation = compilation.EditFile(6, Closed.Replace("[MaxPool2d(2)]", "[MaxPool2d(2, Stride = 1)]")));
        Assert.Equal((cold + 3, 1), (counts.WithCompiler, counts.FromEdit));
        Assert.Equal(GeneratorHarness.Run(NewDriver(), Reparsed(compilation)).NetworkSources(), run.NetworkSources());
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

    public static TheoryData<string> MemberEdits() => new() { "method added", "signature changed", "constant's value", "type's attribute" };

    /// <summary>
    /// A declaration edit that leaves every name a lookup can find (a member added or retyped, a constant's value): B, whose
    /// every argument is a closed constant, keeps its reading; A, which binds Sizes.Kernel, and C, in two files, are read
    /// again; an argument edit of B after it is read from syntax.
    /// </summary>
    [Theory]
    [MemberData(nameof(MemberEdits))]
    public void MemberEditElsewhere_KeepsTheReadingsOfClosedNetworksOnly(string edit)
    {
        var counts = new NetworkReadCounts();
        Compilation compilation = CompilationFactory.Create(Network, PartialFirst, PartialSecond, Sizes, Aliases, Unrelated, Closed);
        GeneratorRun first = GeneratorHarness.Run(NewDriver(counts), compilation);
        int cold = counts.WithCompiler;
        Compilation edited = edit switch
        {
            "method added" => compilation.EditFile(5, Unrelated.Replace("return 2 * x; }", "return 2 * x; }\n    public static int Thrice(int x) => 3 * x;")),
            "signature changed" => compilation.EditFile(5, Unrelated.Replace("Twice(int x)", "Twice(int x, int y = 0)")),
            "constant's value" => compilation.EditFile(3, Sizes.Replace("Kernel = 3", "Kernel = 5")),
            "type's attribute" => compilation.EditFile(5, Unrelated.Replace("public static class Helper", "[System.Obsolete] public static class Helper")),
            _ => throw new ArgumentOutOfRangeException(nameof(edit)),
        };
        GeneratorRun second = GeneratorHarness.Run(first.Driver, edited);
        Assert.Equal(GeneratorHarness.Run(NewDriver(), Reparsed(edited)).NetworkSources(), second.NetworkSources());
        int helper = edit == "type's attribute" ? 1 : 0;    // Helper, now an attributed type, is read once
        Assert.Equal((cold + 2 + helper, 0), (counts.WithCompiler, counts.FromEdit));

        edited = edited.EditFile(6, Closed.Replace("[MaxPool2d(2)]", "[MaxPool2d(2, Stride = 1)]"));
        GeneratorRun third = GeneratorHarness.Run(second.Driver, edited);
        Assert.Equal(GeneratorHarness.Run(NewDriver(), Reparsed(edited)).NetworkSources(), third.NetworkSources());
        Assert.Equal((cold + 3 + helper, 1), (counts.WithCompiler, counts.FromEdit));
    }

    /// <summary>
    /// A method added to the closed network's own class changes its outline, so B is read again through the compiler, not
    /// from its syntax; A is read again too, since the whole outline changed, and C as on every run; an argument edit of B
    /// after it is read from syntax with the new reading's name lookups.
    /// </summary>
    [Fact]
    public void MethodAddedToAClosedNetwork_ReadsItThroughTheCompilerOnce()
    {
        var counts = new NetworkReadCounts();
        Compilation compilation = CompilationFactory.Create(Network, PartialFirst, PartialSecond, Sizes, Aliases, Unrelated, Closed);
        GeneratorRun run = GeneratorHarness.Run(NewDriver(counts), compilation);
        int cold = counts.WithCompiler;
        string withMethod = Closed.Replace("public object? conv2;", "public object? conv2;\n    public static int Forward(int x) => x;");
        run = GeneratorHarness.Run(run.Driver, compilation = compilation.EditFile(6, withMethod));
        Assert.Equal(GeneratorHarness.Run(NewDriver(), Reparsed(compilation)).NetworkSources(), run.NetworkSources());
        Assert.Equal((cold + 3, 0), (counts.WithCompiler, counts.FromEdit));

        run = GeneratorHarness.Run(run.Driver, compilation = compilation.EditFile(6, withMethod.Replace("[MaxPool2d(2)]", "[MaxPool2d(2, Stride = 1)]")));
        Assert.Equal(GeneratorHarness.Run(NewDriver(), Reparsed(compilation)).NetworkSources(), run.NetworkSources());
        Assert.Equal((cold + 4, 1), (counts.WithCompiler, counts.FromEdit));    // C, whose parts are in two files, is read on every run
    }

    /// <summary>
    /// The earlier name lookups serve an edited network only while its own declaration keeps its outline. Here an attribute
    /// of three ints goes before B's [Network], which no other file sees: the [Network] is no longer B's first attribute,
    /// and the earlier reading's place for it would read the other attribute's arguments as the input.
    /// </summary>
    [Fact]
    public void AttributeAddedBeforeTheNetworkAttribute_GivesWhatANewDriverGives()
    {
        string sizes = Sizes + "\npublic sealed class TagAttribute : System.Attribute { public TagAttribute(int a, int b, int c) { } }\n";
        Compilation compilation = CompilationFactory.Create(sizes, Unrelated, Closed);
        GeneratorRun run = GeneratorHarness.Run(NewDriver(), compilation);
        compilation = compilation.EditFile(2, Closed.Replace("[Network(3, 32, 32)]", "[Tag(1, 28, 28)]\n[Network(3, 32, 32)]"));
        run = GeneratorHarness.Run(run.Driver, compilation);
        GeneratorRun fresh = GeneratorHarness.Run(NewDriver(), Reparsed(compilation));
        Assert.Equal(fresh.NetworkSources(), run.NetworkSources());
        Assert.Equal(Readings(fresh), Readings(run));
    }

    /// <summary>
    /// An alias of ours read in an argument (P.Same) is hidden by any member of its name, as Pad is, but a member named P is
    /// not in the names' outline: a constant P added to the base class in another file makes P.Same an error, and neither the
    /// kept reading (of the compiler, or of an argument edit first) nor an argument edit read from syntax with the earlier
    /// lookups may miss that.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AliasInAnArgument_HiddenByAMemberAddedElsewhere_GivesWhatANewDriverGives(bool argumentEditFirst)
    {
        const string aliased = """
            using ConvShape;
            using P = ConvShape.Pad;
            namespace Nets;
            [Network(3, 32, 32)]
            public partial class D : NetBase
            {
                [Conv2d(3, 16, 3, Padding = P.Same)] public object? conv1;
                [MaxPool2d(2)] public object? pool1;
            }
            """;
        Compilation compilation = CompilationFactory.Create(Sizes, Unrelated, aliased);
        GeneratorRun run = GeneratorHarness.Run(NewDriver(), compilation);
        string[] steps = { aliased.Replace("[MaxPool2d(2)]", "[MaxPool2d(2, Stride = 1)]"), "member P in the base class", aliased, "member P removed", aliased.Replace("[MaxPool2d(2)]", "[MaxPool2d(3)]") };
        foreach (string step in steps.Skip(argumentEditFirst ? 0 : 1))
        {
            compilation = step switch
            {
                "member P in the base class" => compilation.EditFile(0, Sizes.Replace("public class NetBase { }", "public class NetBase { public const int P = 1; }")),
                "member P removed" => compilation.EditFile(0, Sizes),
                _ => compilation.EditFile(2, step),
            };
            run = GeneratorHarness.Run(run.Driver, compilation, CompilerErrorPolicy.AllowInTestSources);
            GeneratorRun fresh = GeneratorHarness.Run(NewDriver(), Reparsed(compilation), CompilerErrorPolicy.AllowInTestSources);
            Assert.Equal(fresh.NetworkSources(), run.NetworkSources());
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
        // B's Pad.Same now names the base class's enum, found before the namespace's (Same = 5, not ours).
        "Pad nested in a base class" => compilation.EditFile(3, Sizes.Replace("public class NetBase { }", "public class NetBase { public enum Pad { Same = 5 } }")),
        // B's [MaxPool2d(2)] now binds the base class's attribute, not ours: B loses a layer.
        "attribute class nested in a base class" => compilation.EditFile(3, Sizes.Replace("public class NetBase { }",
            "public class NetBase { public sealed class MaxPool2dAttribute : System.Attribute { public MaxPool2dAttribute(int k) { } public object? Stride { get; set; } } }")),
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

    private static GeneratorDriver NewDriver(NetworkReadCounts counts) => GeneratorHarness.CreateDriver(new[] { new ShapeGenerator(counts) }, trackIncrementalGeneratorSteps: true);

    private static List<object?> Readings(GeneratorRun run) =>
        run.Result.Results[0].TrackedSteps[ShapeGenerator.ReadStep].SelectMany(s => s.Outputs).Select(o => (object?)o.Value).ToList();
}
