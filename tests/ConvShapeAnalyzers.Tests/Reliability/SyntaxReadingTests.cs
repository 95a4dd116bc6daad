using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using ConvShapeAnalyzers.Core;
using ConvShapeAnalyzers.Reading;
using ConvShapeAnalyzers.Tests.Harness;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace ConvShapeAnalyzers.Tests.Reliability;

/// <summary>
/// The reader takes layer arguments from syntax when they are closed constant expressions and binds the rest. These tests
/// hold it to the compiler: for every [Network] type, <see cref="NetworkReader.Read(Compilation, INamedTypeSymbol, ReadTally?, bool, CancellationToken)"/>
/// must equal <see cref="NetworkReader.ReadBound"/>, which reads every layer through <c>GetAttributes()</c>. No expected
/// model is written down here: the bound reading is the oracle.
/// </summary>
public class SyntaxReadingTests(ITestOutputHelper output)
{
    private const int RandomCases = 150;
    private const int FilesPerCase = 4;

    [Fact]
    public void RandomAdversarialDeclarations_SyntaxReadingEqualsBoundReading()
    {
        Gen<string[]> files = Gen.CollectToArray(Enumerable.Range(0, FilesPerCase).Select(AdversarialNetworks.File));
        int cases = 0, networks = 0, layers = 0;
        Property property = Prop.ForAll(files.ToArbitrary(), texts =>
        {
            Compared compared = AssertReadingsAgree(texts.Select((text, n) => new TestSource("/fuzz/File" + n + ".cs", text)).ToArray());
            Interlocked.Increment(ref cases);
            Interlocked.Add(ref networks, compared.Networks);
            Interlocked.Add(ref layers, compared.Layers);
            return true;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(RandomCases), property);
        output.WriteLine($"{cases} compilations, {networks} networks, {layers} layers: syntactic reading equal to bound reading");
        // Guards against a generator that stops producing networks, which would make the property vacuous.
        Assert.True(cases >= RandomCases && networks >= RandomCases && layers >= RandomCases, $"only {cases} cases, {networks} networks, {layers} layers");
    }

    public static TheoryData<string> HandWrittenCaseNames => new(HandWritten.Keys);

    [Theory]
    [MemberData(nameof(HandWrittenCaseNames))]
    public void HandWrittenArgumentForms_SyntaxReadingEqualsBoundReading(string caseName)
    {
        Compared compared = AssertReadingsAgree(HandWritten[caseName]);
        // Every case declares at least one network; otherwise it would pass without comparing anything.
        Assert.True(compared.Types > 0, caseName + ": no attributed type found, so nothing was compared");
        output.WriteLine($"{compared.Types} attributed types, {compared.Networks} networks, {compared.Layers} layers");
    }

    [Fact]
    public void ClosedConstantArguments_AreReadWithoutBinding()
    {
        (ReadTally typical, int typicalLayers) = TallyOfSingleNetwork(TypicalNetwork(""), "Typical.TypicalNet");
        Assert.True(typicalLayers >= 10, "the typical network lost layers: " + typicalLayers);
        Assert.Equal((FromSyntax: typicalLayers, Bound: 0), (FromSyntax: typical.LayersFromSyntax, Bound: typical.LayersBound));

        // One argument names a constant declared elsewhere (another class, or the network class): only its layer binds.
        (string Member, string Layer, string After)[] elsewhere =
        {
            ("", "[BatchNorm2d(Sizes.Channels)]", "namespace Typical { internal static class Sizes { public const int Channels = 32; } }\n"),
            ("        private const int Channels = 32;", "[BatchNorm2d(Channels)]", ""),
        };
        foreach ((string member, string layer, string after) in elsewhere)
        {
            string source = TypicalNetwork(member).Replace("[BatchNorm2d(32)]", layer, StringComparison.Ordinal) + after;
            (ReadTally tally, int layers) = TallyOfSingleNetwork(source, "Typical.TypicalNet");
            Assert.Equal(typicalLayers, layers);
            Assert.Equal((FromSyntax: layers - 1, Bound: 1), (FromSyntax: tally.LayersFromSyntax, Bound: tally.LayersBound));
        }
    }

    [Theory]
    [InlineData("[Network(3, 32, 32)]", "", "", true)]
    [InlineData("[Network(1 + 2, 4 * 8, (32))]", "", "", true)]
    [InlineData("[System.Serializable, Network(3, 32, 32)]", "", "", true)]
    [InlineData("[ConvShape.Network(3, 32, 32)]", "", "", true)]
    [InlineData("[global::ConvShape.Network(3, 32, 32)]", "", "", true)]
    [InlineData("[N(3, 32, 32)]", "using N = ConvShape.Network;\n", "", false)]
    [InlineData("[type: Network(3, 32, 32)]", "", "", false)]
    [InlineData("[Network(Sizes.Channels, 32, 32)]", "", "namespace Typical { internal static class Sizes { public const int Channels = 3; } }\n", false)]
    [InlineData("[Network(channels: 3, height: 32, width: 32)]", "", "", false)]
    [InlineData("[Network(3, 32, 32)]", "", "namespace Typical { public partial class TypicalNet { } }\n", true)]
    [InlineData("[Network(3, 32, 32)]", "", "namespace Typical { [System.Serializable] public partial class TypicalNet { } }\n", false)]
    public void NetworkAttribute_IsReadFromSyntaxWhenNameLookupsSettleIt(string attribute, string usings, string after, bool fromSyntax)
    {
        string source = usings + TypicalNetwork("").Replace("[Network(3, 32, 32)]", attribute, StringComparison.Ordinal) + after;
        (ReadTally tally, int layers) = TallyOfSingleNetwork(source, "Typical.TypicalNet");
        Assert.Equal(fromSyntax, tally.NetworkFromSyntax);
        Assert.Equal(layers, tally.LayersFromSyntax);    // the layers' reading does not depend on how [Network] was read
    }

    /// <summary>A valid network using every closed form: convolutions, pooling, Pad.Same, arrays, nameof, Network.Input, a product, Add and Concat.</summary>
    private static string TypicalNetwork(string extraMember) => $$"""
        using ConvShape;

        namespace Typical
        {
            [Network(3, 32, 32)]
            public partial class TypicalNet
            {
        {{extraMember}}
                [Conv2d(3, 16, 3, Padding = Pad.Same)] public object? conv1;
                [Conv2d(16, 16, new[] { 3, 3 }, Padding = new[] { 1, 1 }, Stride = 1, Bias = false)] public object? conv2;
                [Add(nameof(conv1), nameof(conv2))] public object? residual;
                [MaxPool2d(2, Stride = 2)] public object? pool1;
                [Conv2d(3, 16, 1, Stride = 2, From = Network.Input)] public object? shortcut;
                [Concat(nameof(pool1), nameof(shortcut))] public object? joined;
                [BatchNorm2d(32)] public object? norm;
                [AvgPool2d(new[] { 2, 2 }, CeilMode = false)] public object? pool2;
                [Flatten] public object? flat;
                [Linear(32 * 8 * 8, 10)] public object? fc;
            }
        }

        """;

    /// <summary>Reads the one network named <paramref name="metadataName"/> syntax-first with a tally, on a fresh compilation.</summary>
    private static (ReadTally Tally, int Layers) TallyOfSingleNetwork(string source, string metadataName)
    {
        TestSource[] sources = { new TestSource(TestSource.DefaultPath(0), source) };
        Compilation compilation = Compile(sources);
        INamedTypeSymbol type = compilation.GetTypeByMetadataName(metadataName) ?? throw new InvalidOperationException(metadataName + " not found");
        var tally = new ReadTally();
        NetworkDeclaration? declaration = ReadSyntactic(compilation, type, tally);
        Assert.NotNull(declaration);

        // The tally only means something if the reading is right, and the source must be valid C#.
        AssertReadingsAgree(sources);
        CompilerDiagnosticsCheck.AssertClean(compilation, _ => false, CompilerErrorPolicy.Fail, "The network of a tally test");
        return (tally, declaration.Spec.Layers.Count);
    }

    // ---- the comparison ----

    /// <summary>How many attributed types were compared, how many of them the bound reading read as networks, and their layers.</summary>
    private sealed record Compared(int Types, int Networks, int Layers);

    /// <summary>What a reader gave: a declaration (or null), or the exception it threw.</summary>
    private sealed record Outcome(NetworkDeclaration? Declaration, string? Crash)
    {
        public static Outcome Of(Func<NetworkDeclaration?> read)
        {
            try
            {
                return new Outcome(read(), null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new Outcome(null, e.GetType().FullName + ": " + e.Message + "\n" + e.StackTrace);
            }
        }

        // Two crashes agree when they are the same exception; the stack differs between the two readers.
        public bool Agrees(Outcome other) =>
            Crash is null || other.Crash is null ? Equals(other) : FirstLine(Crash) == FirstLine(other.Crash);

        /// <summary>The same outcome as a read without sites would give.</summary>
        public Outcome WithoutSites() => this with { Declaration = Declaration is { } d ? d with { Sites = EquatableArray<LayerSite>.Empty } : null };

        private static string FirstLine(string text) => text.Split('\n')[0];
    }

    /// <summary>The syntax-first reader (the one under test), in one place so a signature change is a one-line edit.</summary>
    private static NetworkDeclaration? ReadSyntactic(Compilation compilation, INamedTypeSymbol type, ReadTally? tally) =>
        NetworkReader.Read(compilation, type, tally, sites: true, CancellationToken.None);

    /// <summary>
    /// Compiles <paramref name="sources"/> with the generator's attributes, and for every [Network] type asserts: the syntactic
    /// reading on the unbound compilation equals the bound reading, so does a second syntactic reading once everything is
    /// bound, and the tally counts every layer exactly once.
    /// </summary>
    private static Compared AssertReadingsAgree(IReadOnlyList<TestSource> sources)
    {
        Compilation compilation = Compile(sources);
        int types = 0, networks = 0, layers = 0;
        foreach (INamedTypeSymbol type in AttributedTypes(compilation))
        {
            var tally = new ReadTally();
            // Syntactic first: it must not rely on the binder having run (the generator meets a fresh compilation).
            Outcome syntactic = Outcome.Of(() => ReadSyntactic(compilation, type, tally));
            Outcome bound = Outcome.Of(() => NetworkReader.ReadBound(type, sites: true, CancellationToken.None));
            Outcome again = Outcome.Of(() => ReadSyntactic(compilation, type, null));
            // Without sites, as the generator always reads and the analyzer reads before it has a finding to locate.
            Outcome generators = Outcome.Of(() => NetworkReader.Read(compilation, type, CancellationToken.None));
            Outcome boundWithoutSites = Outcome.Of(() => NetworkReader.ReadBound(type, sites: false, CancellationToken.None));

            string? problem =
                !syntactic.Agrees(bound) ? "Read (syntax first) differs from ReadBound"
                : !again.Agrees(bound) ? "Read after everything was bound differs from ReadBound (the first Read agreed)"
                : !generators.Agrees(bound.WithoutSites()) ? "the generator's Read (no sites) differs from ReadBound without its sites"
                : !boundWithoutSites.Agrees(bound.WithoutSites()) ? "ReadBound without sites differs from ReadBound with its sites left out"
                : bound.Crash is null && tally.LayersFromSyntax + tally.LayersBound != (bound.Declaration?.Spec.Layers.Count ?? 0)
                    ? $"the tally counts {tally.LayersFromSyntax} layers from syntax and {tally.LayersBound} bound, but the network has {bound.Declaration?.Spec.Layers.Count ?? 0}"
                : null;
            if (problem is not null)
                Assert.Fail(Report(type, problem, bound, problem.StartsWith("Read after", StringComparison.Ordinal) ? again : syntactic, sources));
            types++;
            networks += bound.Declaration is null ? 0 : 1;
            layers += bound.Declaration?.Spec.Layers.Count ?? 0;
        }

        return new Compared(types, networks, layers);
    }

    /// <summary>
    /// The generator's output compilation, which holds the ConvShape attributes. Not through <c>GeneratorHarness.Run</c>:
    /// its error check would bind every attribute (GetDiagnostics) before the syntactic reader runs, many sources here are
    /// broken on purpose, and a generator exception is the robustness tests' business (a reader exception fails the
    /// comparison anyway, since the readers are called directly).
    /// </summary>
    private static Compilation Compile(IReadOnlyList<TestSource> sources)
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(TestComponents.Default.Generators)
            .RunGeneratorsAndUpdateCompilation(CompilationFactory.Create(sources), out Compilation output, out _);
        if (output.GetTypeByMetadataName("ConvShape.Network") is null)
            Assert.Fail("The generator added no attributes; its exceptions: "
                + string.Join("\n", driver.GetRunResult().Results.Select(r => r.Exception?.ToString() ?? "none")));
        return output;
    }

    /// <summary>
    /// Every type of the source assembly, nested ones included, that carries an attribute in source: those without a [Network]
    /// too, so that a syntactic reading finding one where the binder finds none fails.
    /// </summary>
    private static List<INamedTypeSymbol> AttributedTypes(Compilation compilation) =>
        TypesIn(compilation.Assembly.GlobalNamespace)
            .Where(t => t.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax { AttributeLists.Count: > 0 }))
            .ToList();

    private static IEnumerable<INamedTypeSymbol> TypesIn(INamespaceOrTypeSymbol container)
    {
        if (container is INamespaceSymbol space)
            foreach (INamespaceSymbol inner in space.GetNamespaceMembers())
                foreach (INamedTypeSymbol type in TypesIn(inner))
                    yield return type;
        foreach (INamedTypeSymbol type in container.GetTypeMembers())
        {
            yield return type;
            foreach (INamedTypeSymbol nested in TypesIn(type))
                yield return nested;
        }
    }

    // ---- failure messages ----

    private static string Report(INamedTypeSymbol type, string problem, Outcome bound, Outcome syntactic, IReadOnlyList<TestSource> sources)
    {
        var m = new StringBuilder();
        m.AppendLine(CultureInfo.InvariantCulture, $"{type.ToDisplayString()}: {problem}.");
        if (bound.Declaration is not null && syntactic.Declaration is not null)
            m.AppendLine("First difference: " + FirstDifference(bound.Declaration, syntactic.Declaration));
        m.AppendLine("----- bound (the reference) -----");
        m.AppendLine(Describe(bound));
        m.AppendLine("----- syntactic -----");
        m.AppendLine(Describe(syntactic));
        foreach (TestSource source in sources)
        {
            m.AppendLine("----- " + source.Path + " -----");
            int line = 1;
            foreach (string text in source.Text.Split('\n'))
                m.AppendLine(CultureInfo.InvariantCulture, $"{line++,4}: {text.TrimEnd('\r')}");
        }

        return m.ToString();
    }

    private static string Describe(Outcome outcome)
    {
        if (outcome.Crash is not null)
            return "threw " + outcome.Crash;
        if (outcome.Declaration is not { } d)
            return "null";
        var m = new StringBuilder();
        m.AppendLine(CultureInfo.InvariantCulture, $"namespace {d.Namespace ?? "(global)"}; types {d.Types}; attribute {d.Attribute}");
        m.AppendLine(CultureInfo.InvariantCulture, $"spec {d.Spec.Name}, input {d.Spec.Input}, problems {d.Spec.Problems}");
        for (int n = 0; n < d.Spec.Layers.Count; n++)
            m.AppendLine(CultureInfo.InvariantCulture, $"layer {n}: {d.Spec.Layers[n]}");
        for (int n = 0; n < d.Sites.Count; n++)
            m.AppendLine(CultureInfo.InvariantCulture, $"site {n}: {d.Sites[n]}");
        return m.ToString().TrimEnd();
    }

    private static string FirstDifference(NetworkDeclaration a, NetworkDeclaration b)
    {
        if (a.Namespace != b.Namespace) return "namespace";
        if (a.Types != b.Types) return "types";
        if (a.Attribute != b.Attribute) return "[Network] span";
        if (a.Spec.Name != b.Spec.Name || a.Spec.Input != b.Spec.Input) return "network name or input";
        if (a.Spec.Problems != b.Spec.Problems) return "network problems";
        if (a.Spec.Layers.Count != b.Spec.Layers.Count) return $"layer count {a.Spec.Layers.Count} vs {b.Spec.Layers.Count}";
        for (int n = 0; n < a.Spec.Layers.Count; n++)
            if (a.Spec.Layers[n] != b.Spec.Layers[n])
                return $"layer {n}:\n  bound:     {a.Spec.Layers[n]}\n  syntactic: {b.Spec.Layers[n]}";
        if (a.Sites.Count != b.Sites.Count) return $"site count {a.Sites.Count} vs {b.Sites.Count}";
        for (int n = 0; n < a.Sites.Count; n++)
            if (a.Sites[n] != b.Sites[n])
                return $"site {n}:\n  bound:     {a.Sites[n]}\n  syntactic: {b.Sites[n]}";
        return "(none found; the records differ elsewhere)";
    }

    // ---- hand-written sources ----

    /// <summary>
    /// A network Net in namespace Hand: a first layer conv1 (for later layers to name), then <paramref name="members"/>.
    /// <paramref name="after"/> follows the namespace (other namespaces, helper types).
    /// </summary>
    private static string Net(string members, string usings = "using ConvShape;", string after = "") => $$"""
        {{usings}}

        namespace Hand
        {
            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3)] public object? conv1;
        {{members}}
            }
        }
        {{after}}

        """;

    /// <summary>One probe layer after conv1, declared with <paramref name="attribute"/>.</summary>
    private static string Probe(string attribute, string usings = "using ConvShape;", string after = "") =>
        Net("        " + attribute + " public object? probe;", usings, after);

    private static TestSource[] Files(params string[] texts) => texts.Select((t, n) => new TestSource(TestSource.DefaultPath(n), t)).ToArray();

    private static readonly Dictionary<string, TestSource[]> HandWritten = BuildHandWritten();

    private static Dictionary<string, TestSource[]> BuildHandWritten()
    {
        var cases = new Dictionary<string, TestSource[]>(StringComparer.Ordinal);
        void Add(string name, params string[] texts) => cases.Add(name, Files(texts));
        void AddFiles(string name, params TestSource[] sources) => cases.Add(name, sources);

        // Integer literals: every base, separators, suffixes, and the literals whose type depends on their value.
        Add("int decimal", Probe("[Conv2d(16, 32, 3)]"));
        Add("int hex", Probe("[Conv2d(0x10, 0X20, 0x3, Stride = 0x_2)]"));
        Add("int binary", Probe("[Conv2d(0b1_0000, 0B100000, 0b11)]"));
        Add("int underscores", Probe("[Conv2d(1_6, 3__2, 3, Padding = 0_1)]"));
        Add("int suffixes in object arguments", Probe("[Conv2d(16, 32, 3u, Stride = 2L, Padding = 1UL, Dilation = 1lu)]"));
        Add("int casts to small types", Probe("[Conv2d(16, 32, (byte)3, Stride = (short)2, Padding = (sbyte)-1, Dilation = (ushort)1)]"));
        Add("uint literal without suffix", Probe("[Conv2d(16, 32, 3000000000, Stride = 0xFFFFFFFF)]"));
        Add("long literal without suffix", Probe("[Conv2d(16, 32, -3000000000, Stride = 0x1_0000_0000)]"));
        Add("ulong beyond long", Probe("[Conv2d(16, 32, 9223372036854775808, Stride = ulong.MaxValue, Padding = 18446744073709551615)]"));
        Add("long minimum literal", Probe("[Conv2d(16, 32, -9223372036854775808, Stride = long.MinValue)]"));
        Add("int minimum literal", Probe("[Conv2d(16, -2147483648, -2147483648)]"));
        Add("negated parenthesized int minimum is a long", Probe("[Conv2d(16, 32, -(2147483648))]"));
        Add("int argument given a long (error)", Probe("[Conv2d(16, 2147483648, 3)]"));
        Add("int argument given a long suffix (error)", Probe("[Conv2d(16, 32L, 3)]"));
        Add("int argument given a negated long (error)", Probe("[Conv2d(16, -(2147483648), 3)]"));
        Add("char converts to an int parameter", Probe("[Conv2d('a', 'b', 3, Groups = 'c')]"));
        Add("char in an object argument", Probe("[Conv2d(16, 32, 'a', Stride = '\\u0002')]"));
        Add("floating point in size arguments", Probe("[Conv2d(16, 32, 3.0, Stride = 1e3, Padding = 2.5f, Dilation = 1d)]"));
        Add("decimal in an object argument (error)", Probe("[Conv2d(16, 32, 3m)]"));
        Add("sizeof and default", Probe("[Conv2d(16, sizeof(int), default(int), Stride = sizeof(long), Padding = default, Dilation = default(long))]"));
        Add("min and max constants", Probe("[Conv2d(int.MaxValue, int.MinValue, long.MaxValue, Stride = byte.MaxValue, Padding = uint.MaxValue, Dilation = char.MaxValue)]"));
        Add("System.Int32 constants", Probe("[Conv2d(System.Int32.MaxValue, Int32.MinValue, Int64.MaxValue)]", "using ConvShape;\nusing System;"));
        Add("int.MaxValue through a nested type named Int32", Net("        private static class Int32 { public const int MaxValue = 7; }\n        [Conv2d(16, Int32.MaxValue, System.Int32.MaxValue)] public object? probe;", "using ConvShape;\nusing System;"));

        // Arithmetic, folded by the compiler in a checked context.
        Add("product", Probe("[Linear(32 * 8 * 8, 10)]"));
        Add("parenthesized sum and product", Probe("[Conv2d((15 + 1), (3 + 1) * 8, (3), Stride = ((2)))]"));
        Add("unary minus and plus", Probe("[Conv2d(-1, +2, -(-3), Stride = - -2, Padding = -0, Dilation = +-1)]"));
        Add("integer division and remainder", Probe("[Conv2d(7 / 2, -7 % 3, 7 % -3, Stride = -7 / 2, Padding = 7 / -2, Dilation = -7 % -3)]"));
        Add("shifts and bitwise operators", Probe("[Conv2d(1 << 4, ~-33, 0xFF & 0x03, Stride = 3 ^ 1, Padding = 1 | 0, Dilation = -1 >>> 31)]"));
        Add("shift counts beyond the width", Probe("[Conv2d(1 << 33, -16 >> 2, 1L << 65, Stride = 1 << -1, Padding = -1 >> 40)]"));
        Add("overflowing product (error)", Probe("[Conv2d(16, 65536 * 65536, 3)]"));
        Add("overflowing product in an object argument (error)", Probe("[Conv2d(16, 32, 65536 * 65536)]"));
        Add("unchecked overflow", Probe("[Conv2d(16, unchecked(65536 * 65536 + 32), unchecked(int.MaxValue + 1), Stride = unchecked((int)3000000000L), Padding = unchecked(-int.MinValue))]"));
        Add("checked arithmetic", Probe("[Conv2d(16, checked(16 * 2), checked(1 + 2))]"));
        Add("checked overflow (error)", Probe("[Conv2d(16, checked(int.MaxValue + 1), 3)]"));
        Add("max plus one (error)", Probe("[Conv2d(16, int.MaxValue + 1, 3)]"));
        Add("negated int minimum (error)", Probe("[Conv2d(16, 32, -int.MinValue)]"));
        Add("division by zero (error)", Probe("[Conv2d(16, 32 / 0, 3 % 0)]"));
        Add("int minimum over minus one", Probe("[Conv2d(16, int.MinValue / -1, int.MinValue % -1)]"));
        Add("unchecked int minimum over minus one", Probe("[Conv2d(16, unchecked(int.MinValue / -1), unchecked(int.MinValue % -1))]"));
        Add("int and long mixed", Probe("[Conv2d(16, 32, 1 + 2L, Stride = 2L * int.MaxValue, Padding = 1u + 1, Dilation = 1u - 2)]"));
        Add("double arithmetic into sizes", Probe("[Conv2d(16, 32, 2.5 * 2, Stride = (int)(2.5 * 2), Padding = (int)2.9, Dilation = (int)-2.9)]"));
        Add("double to int out of range (error)", Probe("[Conv2d(16, (int)1e10, 3)]"));
        Add("unchecked casts of NaN and huge doubles", Probe("[Conv2d(16, unchecked((int)1e10), unchecked((int)double.NaN), Stride = unchecked((long)double.PositiveInfinity), Padding = unchecked((uint)-1), Dilation = unchecked((byte)300))]"));
        Add("conditional and comparison operators", Probe("[Conv2d(16, 1 < 2 ? 32 : 64, true ? 3 : 5, Bias = 2 > 1 && !false, Stride = 1 == 1 ? 2 : 1)]"));
        Add("non-constant expressions (error)", Probe("[Conv2d(16, \"ab\".Length, new object(), Stride = (object)3)]"));
        Add("null-forgiving operator", Probe("[Conv2d(16, 32, 3!, From = nameof(conv1)!, Stride = null!)]"));
        Add("comments and line breaks inside arguments", Probe("[Conv2d(\n            16, /* out */ 32, // kernel next\n            3,\n            Stride = /* two */ 2)]"));
        Add("preprocessor directives inside arguments", Probe("[Conv2d(16,\n#if NEVER_DEFINED\n            64,\n#else\n            32,\n#endif\n            3)]"));
        Add("preprocessor symbol defined in the file", "#define WIDE\n" + Probe("[Conv2d(16,\n#if WIDE\n            64,\n#else\n            32,\n#endif\n            3)]"));

        // Constants declared elsewhere.
        Add("const in the network class", Net("        private const int C = 16;\n        [Conv2d(C, C * 2, C / 4, Stride = C / 8)] public object? probe;"));
        Add("const chain", Net("        private const int C = 16;\n        private const int D = C * 2;\n        [Conv2d(C, D, D - 29)] public object? probe;"));
        Add("const in another class", Probe("[Conv2d(Sizes.C, 32, 3, From = Sizes.Name)]", after: "namespace Hand { internal static class Sizes { public const int C = 16; public const string Name = \"conv1\"; } }"));
        Add("const in another namespace", Probe("[Conv2d(Other.Sizes.C, 32, 3)]", after: "namespace Other { internal static class Sizes { public const int C = 16; } }"));
        Add("const in another file", Probe("[Conv2d(Sizes.C, 32, Sizes.K)]"), "namespace Hand { internal static class Sizes { public const int C = 16; public const long K = 3; } }");
        Add("static readonly field (error)", Net("        private static readonly int R = 16;\n        [Conv2d(R, 32, 3)] public object? probe;"));
        Add("const of the enum Pad", Net("        private const Pad P = Pad.SameUpper;\n        [Conv2d(16, 32, 3, Padding = P)] public object? probe;"));
        Add("const object null", Net("        private const object? O = null;\n        [Conv2d(16, 32, 3, Stride = O)] public object? probe;"));
        Add("const string naming a layer", Net("        private const string Previous = nameof(conv1);\n        [Conv2d(16, 32, 3, From = Previous)] public object? probe;"));
        Add("generated shape constants as arguments", Probe("[Conv2d(Shapes.conv1.Channels, 32, 3)]"));
        Add("const of another network's generated shapes", Probe("[Conv2d(16, Other.Shapes.Output.Channels, 3)]",
            after: "namespace Hand { [Network(1, 8, 8)] public partial class Other { [Conv2d(1, 4, 3)] public object? c; } }"));

        // Arrays.
        Add("implicitly typed int array", Probe("[Conv2d(16, 32, new[] { 3, 1 }, Stride = new[] { 2, 1 })]"));
        Add("explicitly typed int array", Probe("[Conv2d(16, 32, new int[] { 3, 1 }, Stride = new int[] { 2 })]"));
        Add("empty int arrays", Probe("[Conv2d(16, 32, new int[0], Stride = new int[] { }, Padding = new int[0] { })]"));
        Add("sized array without initializer", Probe("[Conv2d(16, 32, new int[2])]"));
        Add("sized array with initializer", Probe("[Conv2d(16, 32, new int[2] { 3, 1 })]"));
        Add("sized array of the wrong length (error)", Probe("[Conv2d(16, 32, new int[1] { 3, 1 })]"));
        Add("long arrays", Probe("[Conv2d(16, 32, new long[] { 3 }, Stride = new[] { 2L }, Padding = new[] { 1L, 0 })]"));
        Add("small integer arrays", Probe("[Conv2d(16, 32, new byte[] { 3, 1 }, Stride = new uint[] { 2 }, Padding = new ulong[] { ulong.MaxValue }, Dilation = new sbyte[] { -1 })]"));
        Add("mixed int and double array", Probe("[Conv2d(16, 32, new[] { 3, 1.5 })]"));
        Add("object arrays", Probe("[Conv2d(16, 32, new object[] { 3, 1 }, Stride = new object[] { 2, 1L }, Padding = new object[] { 1, null! })]"));
        Add("adaptive pooling's null sizes", Probe("[AdaptiveAvgPool2d(new object?[] { null, 7 })] public object? p2; [AdaptiveMaxPool3d(new object[] { null!, 2, null! })] public object? p3;"
            + " [AdaptiveAvgPool1d(new object?[] { null })] public object? p1; [AdaptiveMaxPool2d(new object?[] { null })] public object? short2; [AdaptiveAvgPool2d((object?)null)]"));
        Add("lists of one value", Probe("[Conv2d(16, 32, new[] { 3 }, Stride = new[] { 2 })] public object? c; [MaxPool2d(new[] { 2 })] public object? m; [AdaptiveAvgPool2d(new[] { 5 })] public object? a;"
            + " [Upsample(Size = new[] { 9 })] public object? u; [Upsample(ScaleFactor = new[] { 2.0 })] public object? s; [ZeroPad2d(new[] { 1 })]"));
        Add("object array with a string", Probe("[Conv2d(16, 32, new object[] { 3, \"1\" })]"));
        Add("array nested in an object array", Probe("[Conv2d(16, 32, 3, Stride = new object[] { new[] { 2 } })]"));
        Add("string array as a size", Probe("[Conv2d(16, 32, new[] { \"3\" })]"));
        Add("Pad array as a padding", Probe("[Conv2d(16, 32, 3, Padding = new[] { Pad.Same })]"));
        Add("null arrays", Probe("[Conv2d(16, 32, (int[])null!, Stride = (object?)null, Padding = (int[]?)null)]"));
        Add("jagged array (error)", Probe("[Conv2d(16, 32, new int[][] { new[] { 1 } })]"));
        Add("multidimensional array (error)", Probe("[Conv2d(16, 32, new int[,] { { 1 } })]"));
        Add("collection expression in an object argument (error)", Probe("[Conv2d(16, 32, 3, Stride = [2, 1])]"));
        Add("array items computed", Probe("[Conv2d(16, 32, new[] { 1 + 2, (1), -1 }, Stride = new[] { int.MaxValue, unchecked(65536 * 65536) }, Padding = new[] { 'a', 'b' })]"));
        Add("array items of consts", Net("        private const int C = 3;\n        [Conv2d(16, 32, new[] { C, Sizes.C })] public object? probe;", after: "namespace Hand { internal static class Sizes { public const int C = 1; } }"));

        // The enum Pad, and names that look like it.
        Add("Pad member", Probe("[Conv2d(16, 32, 3, Padding = Pad.Same)]"));
        Add("Pad qualified", Probe("[Conv2d(16, 32, 3, Padding = ConvShape.Pad.SameUpper)]"));
        Add("Pad global qualified", Probe("[Conv2d(16, 32, 3, Padding = global::ConvShape.Pad.Full)]"));
        Add("Pad cast", Probe("[Conv2d(16, 32, 3, Padding = (Pad)3)]"));
        Add("Pad cast out of range", Probe("[Conv2d(16, 32, (Pad)9, Stride = (Pad)0, Padding = (Pad)(-1))]"));
        Add("Pad arithmetic", Probe("[Conv2d(16, 32, Pad.Valid + 1, Stride = Pad.Same | Pad.Full, Padding = (Pad)(1 + 1), Dilation = Pad.Full - Pad.Same)]"));
        Add("Pad complement", Probe("[Conv2d(16, 32, 3, Padding = ~Pad.Valid)]"));
        Add("Pad default", Probe("[Conv2d(16, 32, 3, Padding = default(Pad))]"));
        Add("Pad converted to numbers", Probe("[Conv2d((int)Pad.Same, 32, (long)Pad.Full, Padding = (int)Pad.Same)]"));
        Add("Pad where a kernel goes", Probe("[Conv2d(16, 32, Pad.Same, Stride = Pad.Valid)]"));
        Add("Pad through an alias", Probe("[Conv2d(16, 32, 3, Padding = P.Same)]", "using ConvShape;\nusing P = ConvShape.Pad;"));
        Add("Pad through using static", Probe("[Conv2d(16, 32, 3, Padding = Same, Stride = SameUpper)]", "using ConvShape;\nusing static ConvShape.Pad;"));
        Add("user enum Pad in the network's namespace", Probe("[Conv2d(16, 32, 3, Padding = Pad.Same)]", after: "namespace Hand { internal enum Pad { Same = 5 } }"));
        Add("user enum Pad with the same values", Probe("[Conv2d(16, 32, 3, Padding = Pad.Same)]", after: "namespace Hand { internal enum Pad { Same = 2 } }"));
        Add("user enum Pad nested in the network", Net("        private enum Pad { Same = 4 }\n        [Conv2d(16, 32, 3, Padding = Pad.Same)] public object? probe;"));
        // A member hides a type of its name where an argument is an expression: these do not compile, and must be read bound.
        Add("user const Pad in the network", Net("        private const int Pad = 1;\n        [Conv2d(16, 32, 3, Padding = Pad.Same)] public object? probe;"));
        Add("user method Network in the network", Net("        private static string Network() => \"conv1\";\n        [Conv2d(16, 32, 3, From = Network.Input)] public object? probe;"));
        Add("user property ConvShape in the network", Net("        public static int ConvShape { get; set; }\n        [Conv2d(16, 32, 3, Padding = ConvShape.Pad.Same)] public object? probe;"));
        Add("user class Pad of int constants nested in the network", Net("        private static class Pad { public const int Same = 3; }\n        [Conv2d(16, 32, 3, Padding = Pad.Same)] public object? probe;"));
        Add("user enum of another name", Net("        private enum Mode { A = 2 }\n        [Conv2d(16, 32, 3, Padding = Mode.A)] public object? probe;"));
        Add("user enum Pad imported beside ConvShape (ambiguous)", Probe("[Conv2d(16, 32, 3, Padding = Pad.Same)]", "using ConvShape;\nusing Other;", "namespace Other { internal enum Pad { Same = 2 } }"));
        Add("user type named ConvShape in the network's namespace", Probe("[Conv2d(16, 32, 3, Padding = ConvShape.Pad.Same, Stride = global::ConvShape.Pad.Valid)]", after: "namespace Hand { internal class ConvShape { } }"));

        // Layer names: nameof, Network.Input, strings.
        Add("nameof", Probe("[Conv2d(16, 32, 3, From = nameof(conv1))]"));
        Add("nameof qualified by the type", Probe("[Conv2d(16, 32, 3, From = nameof(Net.conv1))]"));
        Add("nameof qualified by namespace and type", Probe("[Conv2d(16, 32, 3, From = nameof(Hand.Net.conv1))]"));
        Add("nameof global qualified", Probe("[Conv2d(16, 32, 3, From = nameof(global::Hand.Net.conv1))]"));
        Add("nameof unknown name (error)", Probe("[Conv2d(16, 32, 3, From = nameof(unknownName))]"));
        Add("nameof of a type, a namespace and a method group", Net(
            "        [Conv2d(16, 32, 3, From = nameof(Net))] public object? a;\n        [Conv2d(16, 32, 3, From = nameof(System))] public object? b;\n        [Conv2d(16, 32, 3, From = nameof(conv1.ToString))] public object? c;\n        [Conv2d(16, 32, 3, From = nameof(System.Collections.Generic.List<int>))] public object? d;"));
        Add("nameof this (error)", Probe("[Conv2d(16, 32, 3, From = nameof(this.conv1))]"));
        Add("nameof of an escaped keyword", Net("        [Conv2d(16, 32, 3)] public object? @class;\n        [Conv2d(32, 32, 3, From = nameof(@class))] public object? probe;"));
        Add("nameof of a unicode-escaped identifier", Net("        [Conv2d(16, 32, 3)] public object? conv\\u0032;\n        [Conv2d(32, 32, 3, From = nameof(conv\\u0032))] public object? probe;"));
        Add("nameof in concatenation and interpolation", Net("        [Conv2d(16, 32, 3, From = nameof(conv1) + \"\")] public object? a;\n        [Conv2d(16, 32, 3, From = $\"{nameof(conv1)}\")] public object? b;"));
        Add("nameof of nameof (error)", Probe("[Conv2d(16, 32, 3, From = nameof(nameof))]"));
        Add("user method named nameof", Net("        private static string nameof(object o) => \"\";\n        [Add(nameof(conv1), nameof(conv1))] public object? probe;"));
        Add("user method named nameof of another arity", Net("        private static string nameof(object a, object b) => \"\";\n        [Conv2d(16, 32, 3, From = nameof(conv1))] public object? probe;"));
        Add("user method named nameof in a base class", Net("        [Conv2d(16, 32, 3, From = nameof(conv1))] public object? probe;").Replace("public partial class Net", "public partial class Net : NameBase", StringComparison.Ordinal)
            + "namespace Hand { public class NameBase { protected static string nameof(object o) => \"\"; } }\n");
        Add("Network.Input", Probe("[Conv2d(3, 32, 3, From = Network.Input)]"));
        Add("Network.Input qualified", Probe("[Conv2d(3, 32, 3, From = ConvShape.Network.Input)]"));
        Add("Network.Input global qualified", Probe("[Conv2d(3, 32, 3, From = global::ConvShape.Network.Input)]"));
        Add("Network.Input through using static", Probe("[Conv2d(3, 32, 3, From = Input)]", "using ConvShape;\nusing static ConvShape.Network;"));
        Add("user const Input beside using static Network", Net("        private const string Input = \"conv1\";\n        [Conv2d(16, 32, 3, From = Input)] public object? probe;", "using ConvShape;\nusing static ConvShape.Network;"));
        // The nested class also shadows the type's own [Network] attribute (a type's attributes see its members).
        Add("user class Network nested in the network", Net("        private static class Network { public const string Input = \"conv1\"; }\n        [Conv2d(16, 32, 3, From = Network.Input)] public object? probe;")
            .Replace("[Network(3, 32, 32)]", "[ConvShape.Network(3, 32, 32)]", StringComparison.Ordinal));
        Add("string literal", Probe("[Conv2d(16, 32, 3, From = \"conv1\")]"));
        Add("verbatim string literal", Probe("[Conv2d(16, 32, 3, From = @\"conv1\")]"));
        Add("verbatim string with a quote", Probe("[Conv2d(16, 32, 3, From = @\"con\"\"v1\")]"));
        Add("raw string literal", Probe("[Conv2d(16, 32, 3, From = \"\"\"conv1\"\"\")]"));
        Add("multi-line raw string literal", Probe("[Conv2d(16, 32, 3, From = \"\"\"\n            conv1\n            \"\"\")]"));
        Add("string escapes", Net("        [Conv2d(16, 32, 3, From = \"conv\\u0031\")] public object? a;\n        [Conv2d(16, 32, 3, From = \"\\x63onv1\")] public object? b;\n        [Conv2d(16, 32, 3, From = \"conv1\\0\")] public object? c;\n        [Conv2d(16, 32, 3, From = \"\\U00000063onv1\\t\")] public object? d;"));
        Add("string concatenation", Probe("[Conv2d(16, 32, 3, From = \"con\" + \"v1\")]"));
        Add("constant interpolated strings", Net("        [Conv2d(16, 32, 3, From = $\"conv1\")] public object? a;\n        [Conv2d(16, 32, 3, From = $\"conv{\"1\"}\")] public object? b;\n        [Conv2d(16, 32, 3, From = $@\"con{\"v\"}1\")] public object? c;"));
        Add("interpolated string with a number (error)", Probe("[Conv2d(16, 32, 3, From = $\"conv{1}\")]"));
        Add("utf-8 string literal (error)", Probe("[Conv2d(16, 32, 3, From = \"conv1\"u8)]"));
        Add("char plus string", Probe("[Conv2d(16, 32, 3, From = 'c' + \"onv1\")]"));
        Add("null names", Net("        [Conv2d(16, 32, 3, From = null)] public object? a;\n        [Conv2d(16, 32, 3, From = default)] public object? b;\n        [Conv2d(16, 32, 3, From = default(string))] public object? c;\n        [Conv2d(16, 32, 3, From = (string?)null)] public object? d;\n        [Conv2d(16, 32, 3, From = null!)] public object? e;"));
        Add("wrong type for a name (error)", Net("        [Conv2d(16, 32, 3, From = 1)] public object? a;\n        [Conv2d(16, 32, 3, From = Pad.Same)] public object? b;"));
        Add("Mirrors", Probe("[ConvTranspose2d(16, 3, 3, Mirrors = nameof(conv1), OutputPadding = 1, Stride = 2)]"));

        // Booleans.
        Add("Bias and CeilMode literals", Net("        [Conv2d(16, 32, 3, Bias = false)] public object? a;\n        [MaxPool2d(2, CeilMode = true)] public object? b;\n        [Linear(10, 10, Bias = true)] public object? c;"));
        Add("boolean expressions", Net("        [Conv2d(16, 32, 3, Bias = !true)] public object? a;\n        [MaxPool2d(2, CeilMode = 1 > 2 || true)] public object? b;\n        [Conv2d(16, 32, 3, Bias = default)] public object? c;\n        [MaxPool2d(2, CeilMode = (bool)true)] public object? d;"));
        Add("Bias = 1 (error)", Probe("[Conv2d(16, 32, 3, Bias = 1)]"));
        Add("Bias on a pooling (error)", Probe("[MaxPool2d(2, Bias = false)]"));

        // Upsample's ScaleFactor: numbers of every type, arrays, and values a double reading would get wrong.
        Add("ScaleFactor int", Probe("[Upsample(ScaleFactor = 2)]"));
        Add("ScaleFactor double", Probe("[Upsample(ScaleFactor = 2.0)]"));
        Add("ScaleFactor float", Probe("[Upsample(ScaleFactor = 1.5f)]"));
        Add("ScaleFactor float that is not a double", Probe("[Upsample(ScaleFactor = 0.1f)]"));
        Add("ScaleFactor negative", Probe("[Upsample(ScaleFactor = -1.0)]"));
        Add("ScaleFactor negative zero", Probe("[Upsample(ScaleFactor = -0.0)]"));
        Add("ScaleFactor double array", Probe("[Upsample(ScaleFactor = new[] { 2.0, 0.5 })]"));
        Add("ScaleFactor double array of ints", Probe("[Upsample(ScaleFactor = new double[] { 2, 1 })]"));
        Add("ScaleFactor float array", Probe("[Upsample(ScaleFactor = new float[] { 0.1f, 2 })]"));
        Add("ScaleFactor object array", Probe("[Upsample(ScaleFactor = new object[] { 2, 1.5 })]"));
        Add("ScaleFactor array nested in an object array", Probe("[Upsample(ScaleFactor = new object[] { new[] { 2.0 } })]"));
        Add("ScaleFactor empty array", Probe("[Upsample(ScaleFactor = new double[0])]"));
        Add("ScaleFactor null array", Probe("[Upsample(ScaleFactor = (double[]?)null)]"));
        Add("ScaleFactor null", Probe("[Upsample(ScaleFactor = null)]"));
        Add("ScaleFactor decimal (error)", Probe("[Upsample(ScaleFactor = 2m)]"));
        Add("ScaleFactor special doubles", Net("        [Upsample(ScaleFactor = double.NaN)] public object? a;\n        [Upsample(ScaleFactor = double.PositiveInfinity)] public object? b;\n        [Upsample(ScaleFactor = 1e308 * 10)] public object? c;\n        [Upsample(ScaleFactor = double.Epsilon)] public object? d;"));
        Add("ScaleFactor arithmetic", Net("        [Upsample(ScaleFactor = 1.0 / 3)] public object? a;\n        [Upsample(ScaleFactor = 0.1 + 0.2)] public object? b;\n        [Upsample(ScaleFactor = (float)(1.0 / 3))] public object? c;\n        [Upsample(ScaleFactor = 1 / 3)] public object? d;"));
        Add("ScaleFactor literal forms", Net("        [Upsample(ScaleFactor = 1_000.5)] public object? a;\n        [Upsample(ScaleFactor = .5)] public object? b;\n        [Upsample(ScaleFactor = 5e-1)] public object? c;\n        [Upsample(ScaleFactor = 0x10)] public object? d;\n        [Upsample(ScaleFactor = 2D)] public object? e;\n        [Upsample(ScaleFactor = 1.0000000000000000000001)] public object? f;"));
        Add("ScaleFactor other integer types", Net("        [Upsample(ScaleFactor = 2L)] public object? a;\n        [Upsample(ScaleFactor = 2u)] public object? b;\n        [Upsample(ScaleFactor = (byte)2)] public object? c;\n        [Upsample(ScaleFactor = ulong.MaxValue)] public object? d;\n        [Upsample(ScaleFactor = long.MaxValue)] public object? e;"));
        Add("ScaleFactor of wrong types", Net("        [Upsample(ScaleFactor = 'a')] public object? a;\n        [Upsample(ScaleFactor = \"x\")] public object? b;\n        [Upsample(ScaleFactor = true)] public object? c;\n        [Upsample(ScaleFactor = Pad.Same)] public object? d;"));
        Add("Upsample Size", Net("        [Upsample(Size = new[] { 64, 64 })] public object? a;\n        [Upsample(Size = 16)] public object? b;"));
        Add("Upsample with both and with none", Net("        [Upsample(ScaleFactor = 2, Size = 4)] public object? a;\n        [Upsample] public object? b;"));

        // PyTorch's keywords that change no size: strings, bools, doubles (an int converts), ints, and values PyTorch refuses.
        Add("modes as strings", Net("        [Conv2d(16, 16, 3, Padding = 1, PaddingMode = \"reflect\")] public object? a;\n        [Upsample(ScaleFactor = 2, Mode = \"bilinear\", AlignCorners = true, RecomputeScaleFactor = false)] public object? b;\n        [Upsample(ScaleFactor = 2, Mode = (\"area\"))] public object? c;"));
        Add("modes refused", Net("        [Conv2d(16, 16, 3, PaddingMode = \"mirror\")] public object? a;\n        [Upsample(ScaleFactor = 2, Mode = null)] public object? b;\n        [Upsample(ScaleFactor = 2, AlignCorners = false)] public object? c;\n        [Upsample(Size = 4, RecomputeScaleFactor = true)] public object? d;"));
        Add("mode of a wrong type (error)", Probe("[Upsample(ScaleFactor = 2, Mode = 3)]"));
        Add("BatchNorm keywords", Net("        [BatchNorm2d(16, Eps = 1e-3, Momentum = 0.01, Affine = false, TrackRunningStats = false)] public object? a;\n        [BatchNorm2d(16, Eps = 1, Momentum = -0.5f)] public object? b;\n        [BatchNorm2d(16, Eps = 1.0 / 3, Momentum = (0.1))] public object? c;"));
        Add("AvgPool keywords", Net("        [AvgPool2d(2, CountIncludePad = false, DivisorOverride = 3)] public object? a;\n        [AvgPool2d(2, DivisorOverride = 0)] public object? b;\n        [AvgPool3d(1, DivisorOverride = -2 * 2)] public object? c;"));
        Add("DivisorOverride on AvgPool1d (error)", Probe("[AvgPool1d(2, DivisorOverride = 3)]"));
        Add("padding layers", Net("        [ReflectionPad2d(new[] { 1, 1, 2, 2 })] public object? a;\n        [ReplicationPad2d(-1)] public object? b;\n        [ConstantPad2d(new[] { 1, 1 }, 0.5)] public object? c;\n        [ConstantPad2d(padding: 2, value: -1)] public object? d;\n        [ConstantPad2d(value: 1e-3, padding: new[] { 0, 0, 0, 0, 3, 3 })] public object? e;"));
        Add("ConstantPad special values", Net("        [ConstantPad2d(1, double.NaN)] public object? a;\n        [ConstantPad2d(1, double.NegativeInfinity)] public object? b;\n        [ConstantPad2d(1, 2L)] public object? c;"));
        Add("ConstantPad value of a wrong type (error)", Probe("[ConstantPad2d(1, \"zero\")]"));
        Add("norm layers", Net("        [InstanceNorm2d(16)] public object? a;\n        [InstanceNorm2d(16, Affine = true, TrackRunningStats = true, Eps = 1e-3, Momentum = 0.2)] public object? b;\n        [GroupNorm(4, 16)] public object? c;\n        [GroupNorm(numChannels: 16, numGroups: 8, Affine = false, Eps = 1)] public object? d;\n        [GroupNorm(3, 16)] public object? e;"));
        Add("GroupNorm with one argument (error)", Probe("[GroupNorm(4)]"));
        Add("pixel shuffles", Net("        [PixelUnshuffle(2)] public object? a;\n        [PixelShuffle(upscaleFactor: 1 + 1)] public object? b;\n        [PixelShuffle(-3)] public object? c;\n        [PixelUnshuffle((int)2L)] public object? d;"));

        // Positional arguments by name, and argument lists the compiler rejects.
        Add("named positional arguments", Probe("[Conv2d(inChannels: 16, outChannels: 32, kernelSize: 3)]"));
        Add("named positional arguments out of order", Probe("[Conv2d(kernelSize: 3, inChannels: 16, outChannels: 32)]"));
        Add("named positional arguments in position then positional", Probe("[Conv2d(inChannels: 16, 32, 3)]"));
        Add("positional then named out of order", Probe("[Conv2d(16, kernelSize: 3, outChannels: 32, Stride = 2)]"));
        Add("named positional argument out of position then positional (error)", Probe("[Conv2d(outChannels: 32, 16, 3)]"));
        Add("unknown parameter name (error)", Probe("[Conv2d(16, 32, kernel: 3)]"));
        Add("parameter given twice (error)", Probe("[Conv2d(16, 32, 3, kernelSize: 3)]"));
        Add("Linear by name in order", Probe("[Linear(inFeatures: 32 * 8 * 8, outFeatures: 10)]"));
        Add("Linear by name out of order", Probe("[Linear(outFeatures: 10, inFeatures: 32 * 8 * 8)]"));
        Add("Linear with a product in outFeatures given first", Probe("[Linear(outFeatures: 2 * 5, inFeatures: 2048)]"));
        Add("Linear product forms", Net("        [Linear((32 * 8 * 8), 10)] public object? a;\n        [Linear(32 * 8 * 8 + 0, 10)] public object? b;\n        [Linear(2048 * 1, 10)] public object? c;\n        [Linear(unchecked(32 * 64), 10)] public object? d;"));
        Add("pooling and crop by name", Net("        [MaxPool2d(kernelSize: 2)] public object? a;\n        [CenterCrop(like: nameof(conv1))] public object? b;\n        [AdaptiveAvgPool2d(outputSize: new[] { 1, 1 })] public object? c;"));
        Add("duplicate named property (error)", Probe("[Conv2d(16, 32, 3, Stride = 1, Stride = 2)]"));
        Add("duplicate named property with different kinds (error)", Probe("[Conv2d(16, 32, 3, Padding = 1, Padding = Pad.Same)]"));
        Add("unknown property (error)", Probe("[Linear(2048, 10, Stride = 2)]"));
        Add("property in the wrong case (error)", Probe("[Conv2d(16, 32, 3, stride = 2)]"));
        Add("too few arguments (error)", Probe("[Conv2d(16, 32)]"));
        Add("too many arguments (error)", Probe("[Conv2d(16, 32, 3, 4)]"));
        Add("no arguments for a layer that takes some (error)", Net("        [MaxPool2d()] public object? a;\n        [Linear(10)] public object? b;\n        [Conv2d] public object? c;"));
        Add("arguments for a layer that takes none (error)", Net("        [Flatten(1)] public object? a;\n        [CenterCrop()] public object? b;\n        [CenterCrop(nameof(conv1), nameof(conv1))] public object? c;"));
        Add("layers without argument lists", Net("        [Flatten] public object? a;\n        [Identity()] public object? b;\n        [Flatten()] public object? c;"));

        // Add and Concat: params arrays in every form.
        Add("Add expanded", Probe("[Add(nameof(conv1), nameof(conv1))]"));
        Add("Add with an implicitly typed array", Probe("[Add(new[] { nameof(conv1), nameof(conv1) })]"));
        Add("Add with an explicitly typed array", Probe("[Add(new string[] { nameof(conv1), \"conv1\" })]"));
        Add("Add with a collection expression", Probe("[Add([nameof(conv1), nameof(conv1)])]"));
        Add("Add with no layers", Probe("[Add()]"));
        Add("Add with an empty array", Probe("[Add(new string[0])]"));
        Add("Add by parameter name with an array", Probe("[Add(layers: new[] { nameof(conv1) })]"));
        Add("Add by parameter name with one item", Probe("[Add(layers: nameof(conv1))]"));
        Add("Add with a null array", Probe("[Add(null)]"));
        Add("Add with one null item", Probe("[Add((string?)null)]"));
        Add("Add with a null among names", Probe("[Add(nameof(conv1), null)]"));
        Add("Add with an array of null", Probe("[Add(new string?[] { null, nameof(conv1) })]"));
        Add("Add with an array then a name (error)", Probe("[Add(new[] { nameof(conv1) }, nameof(conv1))]"));
        Add("Add with an object array (error)", Probe("[Add(new object[] { \"conv1\" })]"));
        Add("Add with a number (error)", Probe("[Add(1, 2)]"));
        Add("Concat with one layer and the input", Probe("[Concat(nameof(conv1), Network.Input, \"conv1\")]"));
        Add("Concat with consts", Net("        private const string A = nameof(conv1);\n        [Concat(A, Sizes.B)] public object? probe;", after: "namespace Hand { internal static class Sizes { public const string B = \"conv1\"; } }"));
        Add("CenterCrop forms", Net("        [CenterCrop(nameof(conv1))] public object? a;\n        [CenterCrop(null)] public object? b;\n        [CenterCrop(Network.Input)] public object? c;"));

        // How the attribute's name is written, and names that bind elsewhere.
        Add("attribute short name", Probe("[Conv2d(16, 32, 3)]"));
        Add("attribute full name", Probe("[Conv2dAttribute(16, 32, 3)]"));
        Add("attribute namespace qualified", Probe("[ConvShape.Conv2d(16, 32, 3)]"));
        Add("attribute global qualified full name", Probe("[global::ConvShape.Conv2dAttribute(16, 32, 3)]"));
        Add("attribute global qualified short name", Probe("[global::ConvShape.Conv2d(16, 32, 3)]"));
        Add("attribute through a type alias", Probe("[C2(16, 32, 3)]", "using ConvShape;\nusing C2 = ConvShape.Conv2dAttribute;"));
        Add("attribute through a namespace alias", Net("        [CS.Conv2d(16, 32, 3)] public object? a;\n        [CS::MaxPool2d(2)] public object? b;", "using ConvShape;\nusing CS = ConvShape;"));
        Add("alias named like another layer", Probe("[MaxPool2d(16, 32, 3)]", "using ConvShape;\nusing MaxPool2d = ConvShape.Conv2dAttribute;"));
        Add("alias named like another layer without the namespace import",
            "using MaxPool2d = ConvShape.Conv2dAttribute;\nnamespace Hand\n{\n    [ConvShape.Network(3, 32, 32)]\n    public partial class Net\n    {\n        [MaxPool2d(3, 16, 3)] public object? probe;\n    }\n}\n");
        Add("escaped attribute name gets no suffix", Net("        [@Conv2d(16, 32, 3)] public object? a;\n        [@Conv2dAttribute(16, 32, 3)] public object? b;"));
        Add("unicode-escaped attribute name", Probe("[Conv\\u0032d(16, 32, 3)]"));
        Add("generic attribute name (error)", Probe("[Conv2d<int>(16, 32, 3)]"));
        Add("missing using ConvShape",
            "namespace Hand\n{\n    [ConvShape.Network(3, 32, 32)]\n    public partial class Net\n    {\n        [Conv2d(3, 16, 3)] public object? a;\n        [Conv2dAttribute(3, 16, 3)] public object? b;\n        [ConvShape.MaxPool2d(2)] public object? c;\n    }\n}\n");
        Add("global using in another file", "global using ConvShape;\n", Net("        [MaxPool2d(2)] public object? probe;", usings: ""));
        Add("global using alias in another file", "global using C2 = ConvShape.Conv2dAttribute;\n", Probe("[C2(16, 32, 3)]"));
        Add("using inside the namespace",
            "namespace Hand\n{\n    using ConvShape;\n    [Network(3, 32, 32)]\n    public partial class Net\n    {\n        [Conv2d(3, 16, 3)] public object? a;\n    }\n}\n");
        Add("own Conv2dAttribute imported beside ConvShape (ambiguous)", Probe("[Conv2d(16, 32, 3)]", "using ConvShape;\nusing Other;",
            "namespace Other { internal sealed class Conv2dAttribute : System.Attribute { public Conv2dAttribute(int a, int b, int c) { } } }"));
        Add("own Conv2dAttribute in the network's namespace", Probe("[Conv2d(16, 32, 3)]",
            after: "namespace Hand { internal sealed class Conv2dAttribute : System.Attribute { public Conv2dAttribute(int a, int b, int c) { } } }"));
        Add("own Conv2dAttribute deriving from LayerAttribute", Probe("[Conv2d(16, 32, 3, From = nameof(conv1))]",
            after: "namespace Hand { internal sealed class Conv2dAttribute : ConvShape.LayerAttribute { public Conv2dAttribute(int a, int b, int c) { } } }"));
        Add("own Conv2dAttribute declared again in namespace ConvShape (error)", Probe("[Conv2d(16, 32, 3)]",
            after: "namespace ConvShape { internal sealed class Conv2dAttribute : System.Attribute { public Conv2dAttribute(int a, int b) { } } }"));
        Add("own attribute named Conv2d beside Conv2dAttribute (ambiguous)", Probe("[Conv2d(16, 32, 3)]",
            after: "namespace Hand { internal sealed class Conv2d : System.Attribute { public Conv2d(int a, int b, int c) { } } }"));
        Add("non-attribute class Conv2d imported", Probe("[Conv2d(16, 32, 3)]", "using ConvShape;\nusing TorchLike;", "namespace TorchLike { internal class Conv2d { } }"));
        Add("non-attribute class Conv2dAttribute imported", Probe("[Conv2d(16, 32, 3)]", "using ConvShape;\nusing TorchLike;", "namespace TorchLike { internal class Conv2dAttribute { } }"));
        Add("non-attribute class Conv2d in the network's namespace", Probe("[Conv2d(16, 32, 3)]", after: "namespace Hand { internal class Conv2d { } }"));
        Add("nested Conv2dAttribute in the network", Net("        private sealed class Conv2dAttribute : System.Attribute { public Conv2dAttribute(int a, int b, int c) { } }\n        [Conv2d(16, 32, 3)] public object? probe;"));
        Add("nested non-attribute class Conv2d in the network", Net("        private class Conv2d { }\n        [Conv2d(16, 32, 3)] public object? probe;"));
        Add("nested Conv2dAttribute in a base class", Net("        [Conv2d(16, 32, 3)] public object? probe;").Replace("public partial class Net", "public partial class Net : AttributeBase", StringComparison.Ordinal)
            + "namespace Hand { public class AttributeBase { protected sealed class Conv2dAttribute : System.Attribute { public Conv2dAttribute(int a, int b, int c) { } } } }\n");
        Add("type parameter named Conv2dAttribute", "using ConvShape;\nnamespace Hand\n{\n    [Network(3, 32, 32)]\n    public partial class Net<Conv2dAttribute>\n    {\n        [Conv2d(3, 16, 3)] public object? probe;\n    }\n}\n");

        // Members: which carry layers, and in which order.
        Add("field with two declarators", Net("        [Conv2d(16, 32, 3)] public object? a, b;"));
        Add("properties", Net("        [Conv2d(16, 32, 3)] public object? A { get; set; }\n        [MaxPool2d(2)] public object? B { get; }\n        [Flatten] public object? C => null;\n        [Identity] public required object D { get; init; }"));
        Add("static, const, readonly and private members", Net("        [Conv2d(16, 32, 3)] public static object? a;\n        [MaxPool2d(2)] private const int b = 0;\n        [Identity] private readonly object? c;\n        [Flatten] internal static object? D { get; set; }"));
        Add("field target on a field", Probe("[field: Conv2d(16, 32, 3)]"));
        Add("property target on a field (ignored)", Probe("[property: Conv2d(16, 32, 3)]"));
        Add("field target on an auto-property", Net("        [field: Conv2d(16, 32, 3)] public object? P { get; set; }"));
        Add("field target on an auto-property between layers", Net("        [field: Conv2d(16, 32, 3)] public object? P { get; set; }\n        [MaxPool2d(2)] public object? after;"));
        Add("field target on a property using the field keyword", Net("        [field: Conv2d(16, 32, 3)] public object? P { get => field; set => field = value; }"));
        Add("field target on a property without a backing field", Net("        [field: Conv2d(16, 32, 3)] public object? P => null;"));
        Add("property target on a property", Net("        [property: Conv2d(16, 32, 3)] public object? P { get; set; }"));
        Add("other targets on a field", Net("        [type: Conv2d(16, 32, 3)] public object? a;\n        [return: MaxPool2d(2)] public object? b;"));
        Add("indexer with a layer attribute", Net("        [Conv2d(16, 32, 3)] public object? this[int i] => null;"));
        Add("explicit interface property with a layer attribute", Net("        [Conv2d(16, 32, 3)] object? IHasLayer.Layer => null;").Replace("public partial class Net", "public partial class Net : IHasLayer", StringComparison.Ordinal)
            + "namespace Hand { public interface IHasLayer { object? Layer { get; } } }\n");
        Add("layer attribute on an event field (error)", Net("        [Conv2d(16, 32, 3)] public event System.Action? Changed;"));
        Add("field target on an event field", Net("        [field: Conv2d(16, 32, 3)] public event System.Action? Changed;"));
        Add("layer attribute on an event with accessors (error)", Net("        [Conv2d(16, 32, 3)] public event System.Action? Changed { add { } remove { } }"));
        Add("layer attributes on non-members (error)", Net(
            "        [Conv2d(16, 32, 3)] public object? M() { [MaxPool2d(2)] static object? Local() => null; return Local(); }\n        public void N([Conv2d(16, 32, 3)] object p) { }\n        [return: Conv2d(16, 32, 3)] public object? O() => null;\n        [Conv2d(16, 32, 3)] public Net() { }"));
        Add("layer attribute in a nested type of the network", Net("        public class Inner { [Conv2d(16, 32, 3)] public object? inner; }\n        [MaxPool2d(2)] public object? probe;"));
        Add("layer attribute on a nested type (error)", Net("        [Conv2d(16, 32, 3)] public class Inner { }"));
        Add("two layer attributes on one member", Net("        [Conv2d(16, 32, 3)][MaxPool2d(2)] public object? a;\n        [Flatten, Identity] public object? b;"));
        Add("the same layer attribute twice on one member (error)", Net("        [Conv2d(16, 32, 3)][Conv2d(32, 32, 3)] public object? a;"));
        Add("layer members in a base class", Net("        [MaxPool2d(2)] public object? probe;").Replace("public partial class Net", "public partial class Net : LayerBase", StringComparison.Ordinal)
            + "namespace Hand { public class LayerBase { [Conv2d(3, 8, 3)] public object? baseLayer; } }\n");
        Add("member hiding a base layer", Net("        [MaxPool2d(2)] public new object? baseLayer;").Replace("public partial class Net", "public partial class Net : LayerBase", StringComparison.Ordinal)
            + "namespace Hand { public class LayerBase { [Conv2d(3, 8, 3)] public object? baseLayer; } }\n");
        Add("members in a disabled region", Net("#if NEVER_DEFINED\n        [Conv2d(16, 32, 3)] public object? hidden;\n#endif\n        [MaxPool2d(2)] public object? probe;"));
        Add("layer attribute split over lines and lists", Net("        [\n            Conv2d(\n                16, 32, 3)\n        ]\n        [\n            MaxPool2d(2)]\n        public object? probe;"));
        AddFiles("partial network across two files, trees out of path order",
            new TestSource("/0/B.cs", "using ConvShape;\nnamespace Hand\n{\n    public partial class Net\n    {\n        [MaxPool2d(2)] public object? second;\n    }\n}\n"),
            new TestSource("/0/A.cs", "using ConvShape;\nnamespace Hand\n{\n    [Network(3, 32, 32)]\n    public partial class Net\n    {\n        [Conv2d(3, 16, 3)] public object? first;\n    }\n}\n"));
        AddFiles("partial network across files ordered ordinally, not by culture",
            new TestSource("/0/a.cs", "using ConvShape;\nnamespace Hand\n{\n    public partial class Net\n    {\n        [MaxPool2d(2)] public object? lower;\n    }\n}\n"),
            new TestSource("/0/B.cs", "using ConvShape;\nnamespace Hand\n{\n    [Network(3, 32, 32)]\n    public partial class Net\n    {\n        [Conv2d(3, 16, 3)] public object? upper;\n    }\n}\n"),
            new TestSource("/0/Test10.cs", "using ConvShape;\nnamespace Hand\n{\n    public partial class Net\n    {\n        [Identity] public object? ten;\n    }\n}\n"),
            new TestSource("/0/Test2.cs", "using ConvShape;\nnamespace Hand\n{\n    public partial class Net\n    {\n        [Flatten] public object? two;\n    }\n}\n"));
        AddFiles("partial network whose parts use different imports",
            new TestSource("/0/A.cs", "using ConvShape;\nnamespace Hand\n{\n    [Network(3, 32, 32)]\n    public partial class Net\n    {\n        [Conv2d(3, 16, 3, Padding = Pad.Same)] public object? first;\n    }\n}\n"),
            new TestSource("/0/B.cs", "using Other;\nnamespace Hand\n{\n    public partial class Net\n    {\n        [Conv2d(3, 16, 3)] public object? second;\n    }\n}\nnamespace Other { internal sealed class Conv2dAttribute : System.Attribute { public Conv2dAttribute(int a, int b, int c) { } } }\n"));
        AddFiles("partial property with the attribute on the implementing part",
            new TestSource("/0/A.cs", Net("        public partial object? P { get; set; }")),
            new TestSource("/0/B.cs", "using ConvShape;\nnamespace Hand\n{\n    public partial class Net\n    {\n        [MaxPool2d(2)] public object? other;\n        [Conv2d(16, 32, 3)] public partial object? P { get => null; set { } }\n    }\n}\n"));
        AddFiles("partial property whose layers are all in the implementing file, listed first",
            new TestSource("/0/B.cs", "using ConvShape;\nnamespace Hand\n{\n    public partial class Net\n    {\n        [Conv2d(3, 16, 3)] public partial object? P { get => null; set { } }\n        [MaxPool2d(2)] public object? second;\n    }\n}\n"),
            new TestSource("/0/A.cs", "using ConvShape;\nnamespace Hand\n{\n    [Network(3, 32, 32)]\n    public partial class Net\n    {\n        public partial object? P { get; set; }\n    }\n}\n"));
        Add("partial property with the attribute on the defining part", Net("        [Conv2d(16, 32, 3)] public partial object? P { get; set; }\n        public partial object? P { get => null; set { } }"));
        Add("record positional parameter with a property target",
            "using ConvShape;\nnamespace Hand\n{\n    [Network(3, 32, 32)]\n    public partial record Net([property: Conv2d(3, 16, 3)] object? conv1, [property: MaxPool2d(2)] object? pool)\n    {\n        [Flatten] public object? flat;\n    }\n}\n");
        Add("record positional parameter without a target (error)",
            "using ConvShape;\nnamespace Hand\n{\n    [Network(3, 32, 32)]\n    public partial record Net([Conv2d(3, 16, 3)] object? conv1)\n    {\n        [Flatten] public object? flat;\n    }\n}\n");
        Add("record positional parameter with a field target",
            "using ConvShape;\nnamespace Hand\n{\n    [Network(3, 32, 32)]\n    public partial record struct Net([field: Conv2d(3, 16, 3)] object? conv1)\n    {\n        [Flatten] public object? flat;\n    }\n}\n");
        Add("layer attribute on an enum member",
            Net("", after: "namespace Hand { [Network(3, 32, 32)] internal enum Layers { [Conv2d(3, 16, 3)] A, [MaxPool2d(2)] B } }"));

        // The network type itself.
        Add("generic network", "using ConvShape;\nnamespace Hand\n{\n    [Network(3, 32, 32)]\n    public partial class Net<T> where T : class\n    {\n        [Conv2d(3, 16, 3, From = nameof(T))] public T? probe;\n    }\n}\n");
        Add("nested network", "using ConvShape;\nnamespace Hand\n{\n    public partial class Outer\n    {\n        private const int C = 3;\n        [Network(3, 32, 32)]\n        public partial class Net\n        {\n            [Conv2d(C, 16, 3)] public object? a;\n            [MaxPool2d(2)] public object? b;\n        }\n    }\n}\n");
        Add("network nested in a generic type", "using ConvShape;\nnamespace Hand\n{\n    public partial class Outer<T>\n    {\n        [Network(3, 32, 32)]\n        public partial class Net\n        {\n            [Conv2d(3, 16, 3)] public object? a;\n        }\n    }\n}\n");
        Add("record struct network", "using ConvShape;\nnamespace Hand\n{\n    [Network(3, 32, 32)]\n    public readonly partial record struct Net\n    {\n        [Conv2d(3, 16, 3)] public object? A { get; init; }\n        [MaxPool2d(2)] public static object? b;\n    }\n}\n");
        Add("struct, record and static class networks",
            "using ConvShape;\nnamespace Hand\n{\n    [Network(3, 32, 32)] public partial struct Net { [Conv2d(3, 16, 3)] public object? a; }\n    [Network(3, 32, 32)] public partial record R { [Conv2d(3, 16, 3)] public object? a; }\n    [Network(3, 32, 32)] public static partial class S { [Conv2d(3, 16, 3)] public static object? a; }\n    [Network(3, 32, 32)] public ref partial struct Ref { [Conv2d(3, 16, 3)] public object? a; }\n}\n");
        Add("file-local and non-partial networks",
            "using ConvShape;\nnamespace Hand\n{\n    [Network(3, 32, 32)] file partial class F { [Conv2d(3, 16, 3)] public object? a; }\n    [Network(3, 32, 32)] public class Net { [Conv2d(3, 16, 3)] public object? a; }\n}\n");
        Add("network in the global namespace", "using ConvShape;\n[Network(3, 32, 32)]\npublic partial class Net\n{\n    [Conv2d(3, 16, 3)] public object? a;\n}\n");
        Add("network attribute forms",
            "using ConvShape;\nnamespace Hand\n{\n    [Network(channels: 3, height: 32, width: 32)] public partial class A { [Conv2d(3, 16, 3)] public object? a; }\n    [Network(width: 32, channels: 3, height: 16)] public partial class B { [Conv2d(3, 16, 3)] public object? a; }\n    [Network(3, 32)] public partial class C { [Conv1d(3, 16, 3)] public object? a; }\n    [Network(3, 8, 32, 32)] public partial class D { [Conv3d(3, 16, 3)] public object? a; }\n    [ConvShape.Network(Sizes.C, 32, 32)] public partial class E { [Conv2d(Sizes.C, 16, 3)] public object? a; }\n    [NetworkAttribute(3, 32, 32)] public partial class F { [Conv2d(3, 16, 3)] public object? a; }\n    internal static class Sizes { public const int C = 3; }\n}\n");
        Add("network attribute twice (error)", "using ConvShape;\nnamespace Hand\n{\n    [Network(3, 32, 32)][Network(1, 8)]\n    public partial class Net\n    {\n        [Conv2d(3, 16, 3)] public object? a;\n    }\n}\n");
        // [Network] is read from syntax too: every way its name may bind elsewhere, or its arguments differ from int constants.
        static string Typed(string attributes, string usings = "using ConvShape;", string after = "", string members = "") =>
            usings + "\nnamespace Hand\n{\n    " + attributes + "\n    public partial class Net\n    {\n" + members + "        [Conv2d(3, 16, 3)] public object? a;\n    }\n" + after + "}\n";
        Add("network attribute after other attributes", Typed("[System.Serializable, System.Obsolete(\"old\")][System.Diagnostics.DebuggerDisplay(\"net\"), Network(3, 32, 32)]"));
        Add("network attribute qualified", Typed("[global::ConvShape.Network(3, 32, 32)]", "using System;"));
        Add("network attribute through an alias", Typed("[N(3, 32, 32)]", "using N = ConvShape.Network;"));
        Add("network attribute through an alias before the plain one (error)", Typed("[N(1, 8)][Network(3, 32, 32)]", "using ConvShape;\nusing N = ConvShape.Network;"));
        Add("network attribute with the type target", Typed("[type: Network(3, 32, 32)]"));
        Add("network attribute with a target that drops it", Typed("[method: Network(1, 8)][Network(3, 32, 32)]"));
        Add("network attribute beside a nested class named Network", Typed("[Network(3, 32, 32)]",
            members: "        private sealed class Network : System.Attribute { public Network(int a, int b) { } }\n"));
        Add("network attribute beside a nested constant", Typed("[Network(C, 32, 32)]", members: "        private const int C = 3;\n"));
        Add("network attribute beside a type parameter named Network",
            "using ConvShape;\nnamespace Hand\n{\n    [Network(3, 32, 32)]\n    public partial class Net<Network>\n    {\n        [Conv2d(3, 16, 3)] public object? a;\n    }\n}\n");
        Add("user NetworkAttribute in the network's namespace (error)", Typed("[Network(3, 32, 32)]",
            after: "    internal sealed class NetworkAttribute : System.Attribute { public NetworkAttribute(int a, int b, int c) { } }\n"));
        Add("user Network attribute in the network's namespace", Typed("[Network(3, 32, 32)]",
            after: "    internal sealed class Network : System.Attribute { public Network(int a, int b, int c) { } }\n"));
        Add("user non-attribute Network in the network's namespace (error)", Typed("[Network(3, 32, 32)]", after: "    internal static class Network { }\n"));
        Add("network attribute arguments beyond int literals",
            "using ConvShape;\nnamespace Hand\n{\n    [Network(int.MaxValue, 32, 32)] public partial class A { [Conv2d(3, 16, 3)] public object? a; }\n    [Network((int)3L, 2 * 16, 32)] public partial class B { [Conv2d(3, 16, 3)] public object? a; }\n    [Network(3u, 32, 32)] public partial class C { [Conv2d(3, 16, 3)] public object? a; }\n    [Network(3, 32, 3000000000)] public partial class D { [Conv2d(3, 16, 3)] public object? a; }\n    [Network(3, (byte)32, 'a')] public partial class E { [Conv2d(3, 16, 3)] public object? a; }\n    [Network(1, 2, 3, 4, 5)] public partial class F { [Conv3d(3, 16, 3)] public object? a; }\n    [Network] public partial class G { [Conv3d(3, 16, 3)] public object? a; }\n    [Network(-3, 0, 32)] public partial class H { [Conv2d(3, 16, 3)] public object? a; }\n}\n");
        Add("network attribute on a nested type whose container names a constant",
            "using ConvShape;\nnamespace Hand\n{\n    public partial class Outer\n    {\n        private const int Side = 32;\n        [Network(3, Side, 32)] public partial class Net { [Conv2d(3, 16, 3)] public object? a; }\n        [Network(3, 32, 32)] public partial class Network { [Conv2d(3, 16, 3)] public object? a; }\n    }\n}\n");
        // Files whose namespaces and usings agree share their type lookups; what else can change a lookup must not be shared.
        // The look-alike is read first or last (types come in name order), so each side can be the one that filled the table.
        const string Layers = "\n    {\n        [Conv2d(3, 16, 3, Padding = Pad.Same)] public object? a;\n        [MaxPool2d(2)] public object? b;\n"
            + "        [Identity(From = nameof(a))] public object? c;\n";
        static void AddLookAlikes(Dictionary<string, TestSource[]> cases, string name, string special, string after = "", string usings = "using ConvShape;", string space = "Hand")
        {
            foreach ((string plainName, string specialName) in new[] { ("Aaa", "Zzz"), ("Zzz", "Aaa") })
            {
                string plain = "using ConvShape;\nnamespace Hand\n{\n    [Network(3, 32, 32)]\n    public partial class " + plainName + Layers + "    }\n}\n";
                string other = usings + "\nnamespace " + space + "\n{\n" + special.Replace("Special", specialName, StringComparison.Ordinal) + after + "}\n";
                cases.Add(name + " (" + specialName + ")", Files(plainName == "Aaa" ? new[] { plain, other } : new[] { other, plain }));
            }
        }
        const string MyConv = "sealed class Conv2dAttribute : System.Attribute { public Conv2dAttribute(int a, int b, int c) { } }";
        AddLookAlikes(cases, "look-alikes: a nested attribute class", "    [Network(3, 32, 32)]\n    public partial class Special" + Layers + "        private " + MyConv + "\n    }\n");
        AddLookAlikes(cases, "look-alikes: a nested class Network", "    [Network(3, 32, 32)]\n    public partial class Special" + Layers + "        private sealed class Network { }\n    }\n");
        AddLookAlikes(cases, "look-alikes: a nested enum Pad", "    [Network(3, 32, 32)]\n    public partial class Special" + Layers + "        private enum Pad { Same = 7 }\n    }\n");
        AddLookAlikes(cases, "look-alikes: members named as types", "    [Network(3, 32, 32)]\n    public partial class Special" + Layers
            + "        private const int Pad = 1;\n        public object? Conv2dAttribute;\n        public void Network() { }\n        public int MaxPool2d { get; set; }\n    }\n");
        AddLookAlikes(cases, "look-alikes: a method named nameof", "    [Network(3, 32, 32)]\n    public partial class Special" + Layers
            + "        private static string nameof(object? o) => \"b\";\n    }\n");
        AddLookAlikes(cases, "look-alikes: a base class's attribute class", "    [Network(3, 32, 32)]\n    public partial class Special : Base" + Layers + "    }\n",
            "    public class Base { protected " + MyConv + " }\n");
        AddLookAlikes(cases, "look-alikes: a type parameter", "    [Network(3, 32, 32)]\n    public partial class Special<Conv2dAttribute>" + Layers + "    }\n");
        AddLookAlikes(cases, "look-alikes: a file-local attribute class", "    [Network(3, 32, 32)]\n    public partial class Special" + Layers + "    }\n",
            "    file " + MyConv + "\n");
        AddLookAlikes(cases, "look-alikes: a nested network", "    public partial class Outer\n    {\n        private " + MyConv
            + "\n        [Network(3, 32, 32)]\n        public partial class Special\n        {\n            [Conv2d(3, 16, 3)] public object? a;\n        }\n    }\n");
        AddLookAlikes(cases, "look-alikes: a record with parameters", "    [Network(3, 32, 32)]\n    public partial record Special(int Conv2dAttribute)" + Layers + "    }\n");
        AddLookAlikes(cases, "look-alikes: another using", "    [Network(3, 32, 32)]\n    public partial class Special" + Layers + "    }\n",
            "    namespace Mine { public " + MyConv + " }\n", "using ConvShape;\nusing Hand.Mine;");
        AddLookAlikes(cases, "look-alikes: another namespace", "    [Network(3, 32, 32)]\n    public partial class Special" + Layers + "    }\n",
            "    internal " + MyConv + "\n", space: "Other");
        AddLookAlikes(cases, "look-alikes: a nested namespace", "    namespace Inner\n    {\n        [Network(3, 32, 32)]\n        public partial class Special\n        {\n"
            + "            [Conv2d(3, 16, 3)] public object? a;\n        }\n        internal " + MyConv + "\n    }\n");
        Add("network attribute on the second part of a partial type",
            "using ConvShape;\nnamespace Hand\n{\n    public partial class Net\n    {\n        [Conv2d(3, 16, 3)] public object? a;\n    }\n}\n",
            "using ConvShape;\nnamespace Hand\n{\n    [Network(3, 32, 32)]\n    public partial class Net\n    {\n        [MaxPool2d(2)] public object? b;\n    }\n}\n");
        Add("network attributes on an interface and a delegate (error)",
            Net("", after: "namespace Hand { [Network(3, 32, 32)] public partial interface INet { [Conv2d(3, 16, 3)] static object? A { get; set; } } [Network(3, 32, 32)] public delegate void D(); }"));
        Add("network without layers", "using ConvShape;\nnamespace Hand\n{\n    [Network(3, 32, 32)]\n    public partial class Net\n    {\n        public object? notALayer;\n    }\n}\n");
        Add("network with broken input (error)", "using ConvShape;\nnamespace Hand\n{\n    [Network(3)] public partial class A { [Conv2d(3, 16, 3)] public object? a; }\n    [Network(3, 32, 32)] public partial class Net { [Conv2d(3, 16, 3)] public object? a; }\n}\n");
        Add("layer named Shapes and a member named Shapes", Net("        [Conv2d(16, 32, 3)] public object? Shapes;"));
        return cases;
    }
}
