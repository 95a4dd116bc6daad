using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using ConvShapeAnalyzers.Analysis;
using ConvShapeAnalyzers.Generation;
using ConvShapeAnalyzers.Tests.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace ConvShapeAnalyzers.Benchmarks;

/// <summary>
/// The SDK of the running runtime: its reference pack (the net10.0 reference assemblies every compilation here uses)
/// and the analyzers folder that holds the LibraryImportGenerator.
/// </summary>
internal static class Sdk
{
    private static readonly Lazy<string> RefPack = new(FindReferencePack);
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
        Directory.GetFiles(Path.Combine(RefPack.Value, "ref", "net10.0"), "*.dll")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>packs/Microsoft.NETCore.App.Ref/&lt;version&gt;/analyzers/dotnet/cs/Microsoft.Interop.LibraryImportGenerator.dll.</summary>
    public static string LibraryImportGeneratorPath =>
        Path.Combine(RefPack.Value, "analyzers", "dotnet", "cs", "Microsoft.Interop.LibraryImportGenerator.dll");

    public static string ReferencePackDirectory => RefPack.Value;

    // typeof(object) lives in <dotnet root>/shared/Microsoft.NETCore.App/<version>/; the pack of the same version, else the newest 10.x.
    private static string FindReferencePack()
    {
        string runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? throw new InvalidOperationException("no runtime directory");
        string packs = Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref"));
        string same = Path.Combine(packs, Path.GetFileName(runtimeDir));
        if (Directory.Exists(Path.Combine(same, "ref", "net10.0")))
            return same;
        return Directory.GetDirectories(packs, "10.*")
            .Where(d => Directory.Exists(Path.Combine(d, "ref", "net10.0")))
            .OrderByDescending(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out Version? v) ? v : new Version(0, 0))
            .FirstOrDefault() ?? throw new InvalidOperationException("no net10.0 reference pack under " + packs);
    }
}

/// <summary>Loads an analyzer assembly and its neighbours (Microsoft.Interop.SourceGeneration.dll) into the default context,
/// so it binds to the same Roslyn as everything else here.</summary>
internal sealed class SameContextAnalyzerLoader : IAnalyzerAssemblyLoader
{
    private readonly HashSet<string> directories = new(StringComparer.Ordinal);

    public SameContextAnalyzerLoader() => AssemblyLoadContext.Default.Resolving += Resolve;

    public void AddDependencyLocation(string fullPath)
    {
        lock (directories)
            directories.Add(Path.GetDirectoryName(fullPath)!);
    }

    public Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);

    private Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        lock (directories)
            foreach (string directory in directories)
            {
                string candidate = Path.Combine(directory, name.Name + ".dll");
                if (File.Exists(candidate))
                    return context.LoadFromAssemblyPath(candidate);
            }
        return null;
    }
}

/// <summary>Compilation settings shared by every workload: a C# latest, nullable-enabled, optimized net10.0 library.</summary>
internal static class Compilations
{
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Parse);

    public static CSharpCompilationOptions Options { get; } = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        optimizationLevel: OptimizationLevel.Release,
        deterministic: true);

    public static SyntaxTree Parse(string path, string text) =>
        CSharpSyntaxTree.ParseText(SourceText.From(text, Encoding.UTF8), ParseOptions, path);

    /// <summary>A compilation with fresh semantic state over already parsed trees (creating it binds nothing).</summary>
    public static CSharpCompilation Create(IEnumerable<SyntaxTree> trees, CSharpCompilationOptions? options = null) =>
        CSharpCompilation.Create("Synthetic", trees, Sdk.References, options ?? Options);

    public static GeneratorDriver Driver(params ISourceGenerator[] generators) =>
        CSharpGeneratorDriver.Create(generators, parseOptions: ParseOptions);

    public static EmitResult Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        return compilation.Emit(stream);
    }

    public static void EnsureEmits(Compilation compilation, string what)
    {
        EmitResult result = Emit(compilation);
        if (!result.Success)
            throw new InvalidOperationException(what + " does not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
    }

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new NetworkShapeAnalyzer());

    public static CompilationWithAnalyzersOptions AnalyzerOptions(bool logExecutionTime) => new(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
        onAnalyzerException: (e, analyzer, _) => throw new InvalidOperationException(analyzer + " threw", e),
        concurrentAnalysis: true,
        logAnalyzerExecutionTime: logExecutionTime,
        reportSuppressedDiagnostics: false);
}

/// <summary>The project every benchmark measures: 1,000 valid 20-layer networks, one per file (20,000 layers).</summary>
internal sealed class NetworkProject
{
    public const int Networks = 1000;

    /// <summary>The network whose conv5 stride the incremental benchmark changes (2 → 1).</summary>
    public const int EditedNetwork = 500;

    public ImmutableArray<SyntaxTree> Trees { get; }

    /// <summary>Our generator's output for <see cref="Trees"/>, parsed again as ordinary source files.</summary>
    public ImmutableArray<SyntaxTree> GeneratedAsPlainSource { get; }

    /// <summary>The sources as text, for the build benchmarks, which parse them as a build does.</summary>
    public ImmutableArray<(string Path, string Text)> Texts { get; }
    public ImmutableArray<(string Path, string Text)> GeneratedTexts { get; }

    public ImmutableArray<SyntaxTree> ParseSources() => Texts.Select(f => Compilations.Parse(f.Path, f.Text)).ToImmutableArray();

    /// <summary>The sources and our generated files, all parsed as ordinary source: the build without our generator.</summary>
    public ImmutableArray<SyntaxTree> ParseSourcesAndGenerated() => Texts.Concat(GeneratedTexts).Select(f => Compilations.Parse(f.Path, f.Text)).ToImmutableArray();

    /// <summary>The tree of <see cref="EditedNetwork"/> in <see cref="Trees"/>.</summary>
    public SyntaxTree EditedBefore { get; }

    /// <summary>
    /// The same file with one stride changed, parsed anew on every call as a keystroke gives a new tree: the generator keeps
    /// readings by syntax node, so an edited tree used twice would be read only once.
    /// </summary>
    public SyntaxTree EditedAfter() => Compilations.Parse(EditedBefore.FilePath, editedText);

    /// <summary>
    /// The same file with a method added to the network's class, parsed anew on every call: an edit of a declaration, which
    /// changes the compilation's declarations but no name another file can look up.
    /// </summary>
    public SyntaxTree MethodAddedAfter() => Compilations.Parse(EditedBefore.FilePath, methodAddedText);

    private readonly string editedText, methodAddedText;

    public NetworkProject()
    {
        Texts = SyntheticProject.Files(Networks, 0).Select(f => (f.Path, f.Text)).ToImmutableArray();
        Trees = ParseSources();
        EditedBefore = Trees[EditedNetwork];
        editedText = SyntheticProject.Network(EditedNetwork, conv5Stride: 1);
        string original = SyntheticProject.Network(EditedNetwork);
        methodAddedText = original.Insert(original.LastIndexOf('}'), "\n    public static int Forward(int x) => x;\n");

        GeneratorDriver driver = Compilations.Driver(new ShapeGenerator().AsSourceGenerator())
            .RunGenerators(Compilations.Create(Trees));
        GeneratorDriverRunResult result = driver.GetRunResult();
        if (result.Results.Any(r => r.Exception is not null) || result.Diagnostics.Length > 0)
            throw new InvalidOperationException("the generator failed: " + result.Results.First().Exception);
        int networkFiles = result.Results[0].GeneratedSources.Count(s => s.HintName.EndsWith(".Shapes.g.cs", StringComparison.Ordinal));
        if (networkFiles != Networks)
            throw new InvalidOperationException("expected " + Networks + " generated network files, got " + networkFiles);
        GeneratedTexts = result.Results[0].GeneratedSources.Select(s => ("/generated/" + s.HintName, s.SourceText.ToString())).ToImmutableArray();
        GeneratedAsPlainSource = GeneratedTexts.Select(f => Compilations.Parse(f.Path, f.Text)).ToImmutableArray();
    }

    public int LayerCount => Networks * SyntheticProject.LayersPerNetwork;
}

/// <summary>1,000 [LibraryImport] partial methods, one per file like the networks: a UTF-8 string, an int and an out int,
/// with SetLastError, so the stub marshals in both directions.</summary>
internal sealed class LibraryImportProject
{
    public const int Declarations = NetworkProject.Networks;

    public ImmutableArray<SyntaxTree> Trees { get; }
    public ISourceGenerator Generator { get; }

    /// <summary>Declaration 500, and the same file with another entry point (the edit of the incremental benchmark), parsed
    /// anew on every call like the networks' edit.</summary>
    public SyntaxTree EditedBefore { get; }
    public SyntaxTree EditedAfter() => Compilations.Parse(EditedBefore.FilePath, editedText);

    private readonly string editedText = Source(NetworkProject.EditedNetwork).Replace("EntryPoint = \"open_", "EntryPoint = \"open2_");

    public static CSharpCompilationOptions Options { get; } = Compilations.Options.WithAllowUnsafe(true);

    public LibraryImportProject()
    {
        Trees = Enumerable.Range(0, Declarations).Select(n => Compilations.Parse(FilePath(n), Source(n))).ToImmutableArray();
        EditedBefore = Trees[NetworkProject.EditedNetwork];
        string path = Sdk.LibraryImportGeneratorPath;
        if (!File.Exists(path))
            throw new FileNotFoundException("the SDK's LibraryImportGenerator is not where expected", path);
        var reference = new AnalyzerFileReference(path, new SameContextAnalyzerLoader());
        reference.AnalyzerLoadFailed += (_, e) => throw new InvalidOperationException("cannot load " + path + ": " + e.Message, e.Exception);
        Generator = reference.GetGenerators(LanguageNames.CSharp).Single(g => g.GetGeneratorType().Name == "LibraryImportGenerator");

        GeneratorDriver driver = Compilations.Driver(Generator).RunGeneratorsAndUpdateCompilation(Compilations.Create(Trees, Options), out Compilation output, out _);
        GeneratorDriverRunResult result = driver.GetRunResult();
        if (result.Results.Any(r => r.Exception is not null))
            throw new InvalidOperationException("the LibraryImportGenerator failed: " + result.Results.First().Exception);
        // It writes every stub into one file; each stub names its entry point.
        int stubs = result.GeneratedTrees.Sum(t => CountOf(t.ToString(), "\"open_"));
        if (stubs < Declarations)
            throw new InvalidOperationException("the LibraryImportGenerator generated " + stubs + " stubs for " + Declarations + " declarations");
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        if (errors.Count > 0)
            throw new InvalidOperationException("the LibraryImport project does not compile:\n" + string.Join("\n", errors));
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
            count++;
        return count;
    }

    private static string FilePath(int n) => "/synthetic/Interop/Native" + n.ToString("D4", CultureInfo.InvariantCulture) + ".cs";

    private static string Source(int n) =>
        "using System.Runtime.InteropServices;\n\n"
        + "namespace Synthetic.Interop.Group" + (n / 50).ToString(CultureInfo.InvariantCulture) + ";\n\n"
        + "internal static partial class Native" + n.ToString("D4", CultureInfo.InvariantCulture) + "\n{\n"
        + "    [LibraryImport(\"libsynthetic\", EntryPoint = \"open_" + n.ToString(CultureInfo.InvariantCulture) + "\", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]\n"
        + "    internal static partial int Open(string path, int flags, out int handle);\n}\n";
}
