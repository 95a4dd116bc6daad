using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using ConvShapeAnalyzers.Generation;
using ConvShapeAnalyzers.Reading;
using ConvShapeAnalyzers.Tests.Harness;
using ConvShapeAnalyzers.Tests.Meta;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using Xunit.Abstractions;

namespace ConvShapeAnalyzers.Tests.Reliability;

/// <summary>
/// After an edit that changes only our attributes' arguments, the generator reads the edited network again from syntax with
/// the name lookups of its earlier reading (<see cref="EditedNetworkReader"/>), without the compiler. Whenever it gives a
/// reading, that must be what a full reading of the edited compilation gives; the full reading is the oracle, on random
/// edits of random and of real declarations. Giving up (null) is always allowed, but must be rare on real networks.
/// </summary>
public class EditedReadingTests(ITestOutputHelper output)
{
    private const int RandomCases = 300;

    [Fact]
    public void RandomEditsOfAdversarialDeclarations_ReadAgainEqualsFullReading()
    {
        Gen<(string[] Files, int Seed, bool Shuffle)> cases =
            from files in Gen.CollectToArray(Enumerable.Range(0, 3).Select(AdversarialNetworks.File))
            from seed in Gen.Choose(0, int.MaxValue - 1)
            from shuffle in Gen.Elements(false, true)
            select (files, seed, shuffle);
        var total = new Tally();
        Property property = Prop.ForAll(cases.ToArbitrary(), c =>
        {
            Tally tally = AssertReadAgainAgrees(c.Files, c.Files.Select((text, n) => EditArguments(text, c.Seed + n, c.Shuffle)).ToArray());
            lock (total)
                total.Add(tally);
            return true;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(RandomCases), property);
        output.WriteLine(total.ToString());
        // Adversarial values make most layers a problem the compiler must render, so most readings give up; some must not.
        Assert.True(total.ReadAgain >= 20, "too few readings from syntax to compare: " + total);
    }

    public static TheoryData<string> Samples => new(Directory.GetFiles(RepositoryFiles.PathOf("samples/Networks"), "*.cs")
        .Select(Path.GetFileNameWithoutExtension).Where(name => name != "Program").Select(name => name!));

    [Theory]
    [MemberData(nameof(Samples))]
    public void NumberEditsOfSampleNetworks_AreReadAgainFromSyntax_AndEqualFullReading(string sample)
    {
        string text = RepositoryFiles.Read("samples/Networks/" + sample + ".cs");
        var total = new Tally();
        for (int seed = 0; seed < 4; seed++)
            total.Add(AssertReadAgainAgrees(new[] { text }, new[] { EditArguments(text, seed, shuffle: false) }));
        output.WriteLine(total.ToString());
        // The samples' arguments are closed constants: an edit of numbers, modes and nameof targets needs no compiler.
        Assert.True(total.Networks > 0 && total.ReadAgain == total.Networks, "some edits were not read from syntax: " + total);
    }

    public static TheoryData<string, string, bool> HandWrittenEdits => new()
    {
        { "a number", "[Conv2d(3, 16, 3, Padding = 1)]|[Conv2d(3, 16, 5, Padding = 2)]", true },
        { "another Pad mode", "Padding = Pad.Same|Padding = Pad.SameLower", true },
        { "a per-axis array", "[MaxPool2d(2)]|[MaxPool2d(new[] { 2, 1 }, Stride = new[] { 2, 1 })]", true },
        { "another nameof target", "From = nameof(conv1)|From = nameof(pool1)", true },
        { "the network input", "[Network(3, 32, 32)]|[Network(1, 28, 28)]", true },
        { "a named argument added", "[BatchNorm2d(16)]|[BatchNorm2d(16, From = nameof(conv1))]", true },
        // What only the compiler can read: the reading gives up, and the full reading takes over.
        { "a constant of another class", "[Conv2d(3, 16, 3, Padding = 1)]|[Conv2d(3, 16, Sizes.Kernel, Padding = 1)]", false },
        { "the network input from a constant", "[Network(3, 32, 32)]|[Network(3, Sizes.Kernel, 32)]", false },
        { "one network input fewer", "[Network(3, 32, 32)]|[Network(3, 32)]", false },
        { "a named network input", "[Network(3, 32, 32)]|[Network(3, 32, width: 32)]", false },
        // A kernel of 0 is the analyzers' finding, not the reading's: read from syntax.
        { "a kernel of 0", "[Conv2d(3, 16, 3, Padding = 1)]|[Conv2d(3, 16, 0, Padding = 1)]", true },
        { "an argument of the wrong type", "[Conv2d(3, 16, 3, Padding = 1)]|[Conv2d(3, 16, 3, Padding = \"1\")]", false },
        { "a type not looked up before", "[BatchNorm2d(16)]|[BatchNorm2d(16, From = Network.Input)]", false },
        { "a nameof of no member", "From = nameof(conv1)|From = nameof(Sizes)", false },
        { "an argument that does not compile", "[BatchNorm2d(16)]|[BatchNorm2d(16, Stride = 2)]", false },
    };

    [Theory]
    [MemberData(nameof(HandWrittenEdits))]
    public void HandWrittenEdit_IsReadAgainFromSyntaxOnlyWhenNoCompilerIsNeeded(string edit, string replacement, bool fromSyntax)
    {
        const string network = """
            using ConvShape;
            namespace Edits;
            public static class Sizes { public const int Kernel = 3; }
            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Padding = 1)] public object? conv1;
                [Conv2d(16, 16, 3, Padding = Pad.Same, From = nameof(conv1))] public object? conv2;
                [BatchNorm2d(16)] public object? norm;
                [MaxPool2d(2)] public object? pool1;
            }
            """;
        string[] parts = replacement.Split('|');
        Assert.Contains(parts[0], network, StringComparison.Ordinal);
        Tally tally = AssertReadAgainAgrees(new[] { network }, new[] { network.Replace(parts[0], parts[1], StringComparison.Ordinal) });
        Assert.True(tally.Networks == 1 && tally.ReadAgain == (fromSyntax ? 1 : 0), edit + ": " + tally);
    }

    // ---- the comparison ----

    private sealed class Tally
    {
        public int Networks, ReadAgain;

        public void Add(Tally other)
        {
            Networks += other.Networks;
            ReadAgain += other.ReadAgain;
        }

        public override string ToString() => $"{Networks} edited networks, {ReadAgain} read again from syntax";
    }

    /// <summary>
    /// For every [Network] type declared in <paramref name="before"/>: reads it as the generator does (recording the name
    /// lookups), reads the same declaration in <paramref name="after"/> from syntax with them, and asserts that, if it gives
    /// a reading, it equals the full reading of the edited compilation. The edit must leave every file's outline equal.
    /// </summary>
    private static Tally AssertReadAgainAgrees(string[] before, string[] after)
    {
        Compilation old = Compile(before), edited = Compile(after);
        var tally = new Tally();
        for (int file = 0; file < before.Length; file++)
        {
            SyntaxTree oldTree = old.SyntaxTrees.ElementAt(file), newTree = edited.SyntaxTrees.ElementAt(file);
            Assert.True(DeclarationOutline.Of(oldTree.GetRoot(), default).Equals(DeclarationOutline.Of(newTree.GetRoot(), default)),
                "the edit changed a declaration, which only arguments may:\n" + after[file]);
            List<TypeDeclarationSyntax> oldTypes = Types(oldTree), newTypes = Types(newTree);
            Assert.Equal(oldTypes.Count, newTypes.Count);
            for (int n = 0; n < oldTypes.Count; n++)
            {
                if (old.GetSemanticModel(oldTree).GetDeclaredSymbol(oldTypes[n]) is not { } type || NetworkReader.NetworkAttribute(type) is null)
                    continue;
                var answers = new NameAnswers();
                if (NetworkReader.Read(old, type, answers, CancellationToken.None) is not { } previous)
                    continue;
                tally.Networks++;
                NetworkDeclaration? again = EditedNetworkReader.Read(previous, answers, newTypes[n], CancellationToken.None);
                if (again is null)
                    continue;
                tally.ReadAgain++;
                INamedTypeSymbol editedType = edited.GetSemanticModel(newTree).GetDeclaredSymbol(newTypes[n])!;
                NetworkDeclaration? full = NetworkReader.Read(edited, editedType, CancellationToken.None);
                if (!Equals(full, again))
                    Assert.Fail($"{type.ToDisplayString()}: the reading from syntax differs from the full reading.\nfull:  {Describe(full)}\nagain: {Describe(again)}\n----- before -----\n{before[file]}\n----- after -----\n{after[file]}");
            }
        }
        return tally;
    }

    private static string Describe(NetworkDeclaration? declaration) =>
        declaration is null ? "null" : declaration.Attribute + " " + declaration.Spec.Input + " " + declaration.Spec.Problems + "\n  " + string.Join("\n  ", declaration.Spec.Layers);

    private static List<TypeDeclarationSyntax> Types(SyntaxTree tree) => tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>().ToList();

    /// <summary>
    /// The sources with the ConvShape attributes as the generator adds them, and no generated Shapes file: the compilation
    /// the generator itself reads (a Shapes file would be a second declaration of each network type).
    /// </summary>
    private static Compilation Compile(string[] sources)
    {
        GeneratorHarness.CreateDriver(new[] { new ShapeGenerator() })
            .RunGeneratorsAndUpdateCompilation(CompilationFactory.Create(sources), out Compilation output, out _);
        return output.RemoveSyntaxTrees(output.SyntaxTrees.Where(t => t.FilePath.EndsWith(".Shapes.g.cs", StringComparison.Ordinal)));
    }

    // ---- the edits ----

    private static readonly string[] Numbers = { "1", "2", "3", "4", "7" };
    private static readonly string[] PadModes = { "Valid", "Same", "SameUpper", "SameLower", "Full" };

    /// <summary>
    /// Changes only what a file's outline leaves out, the argument lists of attributes written as ours: int literals become
    /// other small numbers, Pad modes and nameof targets trade places, and with <paramref name="shuffle"/> whole argument
    /// lists move between attributes (a Conv2d's onto a MaxPool2d, a layer's onto the [Network]).
    /// </summary>
    internal static string EditArguments(string text, int seed, bool shuffle)
    {
        var random = new Random(seed);
        SyntaxNode root = CSharpSyntaxTree.ParseText(text, CompilationFactory.ParseOptions).GetRoot();
        List<AttributeArgumentListSyntax> lists = root.DescendantNodes().OfType<AttributeArgumentListSyntax>()
            .Where(list => list.Parent is AttributeSyntax attribute && OurAttributeNames.Contains(LastName(attribute.Name))).ToList();
        string[] targets = lists.SelectMany(list => list.DescendantNodes().OfType<InvocationExpressionSyntax>())
            .Where(IsNameof).Select(call => call.ArgumentList.Arguments[0].Expression.ToString()).Distinct().ToArray();
        var edited = new Dictionary<AttributeArgumentListSyntax, AttributeArgumentListSyntax>();
        foreach (AttributeArgumentListSyntax list in lists)
        {
            AttributeArgumentListSyntax source = shuffle && random.Next(3) == 0 ? lists[random.Next(lists.Count)] : list;
            edited[list] = source.ReplaceNodes(source.DescendantNodes().Where(node => IsEditable(node, targets)), (original, _) => Edit(original, random, targets));
        }
        return root.ReplaceNodes(lists, (original, _) => edited[original]).ToFullString();
    }

    private static bool IsEditable(SyntaxNode node, string[] targets) => node switch
    {
        LiteralExpressionSyntax { Token.Value: int } => true,
        MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: "Pad" } } => true,
        InvocationExpressionSyntax call => IsNameof(call) && targets.Length > 1,
        _ => false,
    };

    private static SyntaxNode Edit(SyntaxNode node, Random random, string[] targets)
    {
        string text = node switch
        {
            LiteralExpressionSyntax => random.Next(3) == 0 ? node.ToString() : Numbers[random.Next(Numbers.Length)],
            MemberAccessExpressionSyntax => "Pad." + PadModes[random.Next(PadModes.Length)],
            _ => "nameof(" + targets[random.Next(targets.Length)] + ")",
        };
        return SyntaxFactory.ParseExpression(text).WithTriviaFrom(node);
    }

    private static bool IsNameof(InvocationExpressionSyntax call) =>
        call is { Expression: IdentifierNameSyntax { Identifier.Text: "nameof" }, ArgumentList.Arguments.Count: 1 };

    private static string LastName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => "",
    };

    /// <summary>Our attributes' names as written, with and without "Attribute", from the attribute classes the generator adds.</summary>
    private static readonly HashSet<string> OurAttributeNames = FindOurAttributeNames();

    private static HashSet<string> FindOurAttributeNames()
    {
        Compilation compilation = Compile(new[] { "" });
        INamespaceSymbol ours = compilation.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "ConvShape");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (INamedTypeSymbol type in ours.GetTypeMembers())
            for (INamedTypeSymbol? b = type.BaseType; b is not null; b = b.BaseType)
                if (b.ToDisplayString() == "System.Attribute")
                {
                    names.Add(type.Name);
                    names.Add(type.Name.EndsWith("Attribute", StringComparison.Ordinal) ? type.Name[..^"Attribute".Length] : type.Name + "Attribute");
                }
        return names;
    }
}
