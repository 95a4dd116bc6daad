using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ConvShapeAnalyzers.Core;
using ConvShapeAnalyzers.Generation;
using ConvShapeAnalyzers.Reading;
using ConvShapeAnalyzers.Tests.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;

namespace ConvShapeAnalyzers.Benchmarks;

/// <summary>
/// (a) A build of 1,000 networks, as csc does it: each operation parses the sources, creates the compilation and emits it
/// to memory. The baseline parses our generated files as ordinary source and runs no generator or analyzer; the others parse
/// the user's sources only and run the generator, whose output the driver parses.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class BuildBenchmarks
{
    private NetworkProject project = null!;
    private GeneratorDriver driver = null!;

    [GlobalSetup]
    public void Setup()
    {
        project = new NetworkProject();
        driver = Compilations.Driver(new ShapeGenerator().AsSourceGenerator());
        Compilations.EnsureEmits(Compilations.Create(project.Trees.AddRange(project.GeneratedAsPlainSource)), "the plain-source project");
        driver.RunGeneratorsAndUpdateCompilation(Compilations.Create(project.ParseSources()), out Compilation output, out _);
        Compilations.EnsureEmits(output, "the generated project");
        int found = output.WithAnalyzers(Compilations.Analyzers, Compilations.AnalyzerOptions(false))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
        if (found != 0)
            throw new System.InvalidOperationException("the synthetic networks should have no diagnostic, found " + found);
    }

    [Benchmark(Baseline = true, Description = "Emit, generated files as plain source, no analyzer")]
    public EmitResult Emit_PlainSource() => Compilations.Emit(Compilations.Create(project.ParseSourcesAndGenerated()));

    [Benchmark(Description = "Generator + emit")]
    public EmitResult Emit_WithGenerator()
    {
        driver.RunGeneratorsAndUpdateCompilation(Compilations.Create(project.ParseSources()), out Compilation output, out _);
        return Compilations.Emit(output);
    }

    /// <summary>
    /// The public API cannot attach analyzers to Emit as csc does (one pass feeding the analyzer driver's event queue):
    /// CompilationWithAnalyzers binds a clone of the compilation for its events, so this counts the binding twice and is an
    /// upper bound. The two Diagnostics_ benchmarks below isolate what the analyzers add.
    /// </summary>
    [Benchmark(Description = "Generator + analyzers (CompilationWithAnalyzers) + emit")]
    public EmitResult Emit_WithGeneratorAndAnalyzers()
    {
        driver.RunGeneratorsAndUpdateCompilation(Compilations.Create(project.ParseSources()), out Compilation output, out _);
        ImmutableArray<Diagnostic> found = output.WithAnalyzers(Compilations.Analyzers, Compilations.AnalyzerOptions(false))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return found.IsEmpty ? Compilations.Emit(output) : throw new System.InvalidOperationException(found[0].ToString());
    }

    /// <summary>Generator, then the compiler's diagnostics: binds every declaration and method body once.</summary>
    [Benchmark(Description = "Generator + compiler diagnostics")]
    public int Diagnostics_CompilerOnly()
    {
        driver.RunGeneratorsAndUpdateCompilation(Compilations.Create(project.ParseSources()), out Compilation output, out _);
        return output.GetDiagnostics().Length;
    }

    /// <summary>The same with the analyzers (concurrent, as csc runs them): the difference is what the analyzers cost.</summary>
    [Benchmark(Description = "Generator + compiler diagnostics + analyzers")]
    public int Diagnostics_WithAnalyzers()
    {
        driver.RunGeneratorsAndUpdateCompilation(Compilations.Create(project.ParseSources()), out Compilation output, out _);
        return output.WithAnalyzers(Compilations.Analyzers, Compilations.AnalyzerOptions(false)).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;
    }

    /// <summary>The same with an analyzer of our shape that does nothing: the driver's share of the difference above.</summary>
    [Benchmark(Description = "Generator + compiler diagnostics + an empty named-type analyzer")]
    public int Diagnostics_WithEmptyTypeAnalyzer()
    {
        driver.RunGeneratorsAndUpdateCompilation(Compilations.Create(project.ParseSources()), out Compilation output, out _);
        return output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyTypeAnalyzer()), Compilations.AnalyzerOptions(false))
            .GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;
    }
}

/// <summary>
/// (b) Our generator against the SDK's LibraryImportGenerator, 1,000 attributed declarations each, one per file, same
/// compiler; (c) an incremental run after a one-layer edit against a cold run; (d) the memory one run allocates.
/// Each cold run gets a new compilation over parsed trees, so the attribute binding the generator triggers is counted.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class GeneratorBenchmarks
{
    private NetworkProject networks = null!;
    private LibraryImportProject imports = null!;
    private GeneratorDriver shapeDriver = null!, libraryImportDriver = null!, warmShapeDriver = null!;
    private GeneratorDriver warmLibraryImportDriver = null!;
    private Compilation warmCompilation = null!, warmImportCompilation = null!, statedCompilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        networks = new NetworkProject();
        imports = new LibraryImportProject();
        shapeDriver = Compilations.Driver(new ShapeGenerator().AsSourceGenerator());
        libraryImportDriver = Compilations.Driver(imports.Generator);
        warmCompilation = Compilations.Create(networks.Trees);
        warmShapeDriver = shapeDriver.RunGenerators(warmCompilation);
        statedCompilation = Compilations.Create(networks.Trees);
        _ = statedCompilation.SyntaxTrees;
        warmImportCompilation = Compilations.Create(imports.Trees, LibraryImportProject.Options);
        warmLibraryImportDriver = libraryImportDriver.RunGenerators(warmImportCompilation);
    }

    [Benchmark(Baseline = true, Description = "LibraryImportGenerator, cold, 1,000 [LibraryImport]")]
    public GeneratorDriver LibraryImportGenerator_Cold() => libraryImportDriver.RunGenerators(Compilations.Create(imports.Trees, LibraryImportProject.Options));

    /// <summary>The same for the LibraryImportGenerator: the one method whose entry point changed, as context for the ratio above.</summary>
    [Benchmark(Description = "LibraryImportGenerator, incremental, one declaration edited")]
    public GeneratorDriver LibraryImportGenerator_AfterOneEdit() => warmLibraryImportDriver.RunGenerators(warmImportCompilation.ReplaceSyntaxTree(imports.EditedBefore, imports.EditedAfter()));

    [Benchmark(Description = "ShapeGenerator, cold, 1,000 [Network] × 20 layers")]
    public GeneratorDriver ShapeGenerator_Cold() => shapeDriver.RunGenerators(Compilations.Create(networks.Trees));

    /// <summary>The driver that ran on the project runs on the project with one stride changed: a new compilation, as after a keystroke.</summary>
    [Benchmark(Description = "ShapeGenerator, incremental, one layer edited")]
    public GeneratorDriver ShapeGenerator_AfterOneLayerEdit() => warmShapeDriver.RunGenerators(warmCompilation.ReplaceSyntaxTree(networks.EditedBefore, networks.EditedAfter()));

    /// <summary>
    /// The same edit on a compilation that has made its declaration state, which the first caller of Compilation.SyntaxTrees
    /// pays for (the replaced compilation keeps it): where another generator of the project asks for the trees first.
    /// </summary>
    [Benchmark(Description = "ShapeGenerator, incremental, one layer edited, the compilation's declaration state made")]
    public GeneratorDriver ShapeGenerator_AfterOneLayerEdit_StateMade() => warmShapeDriver.RunGenerators(statedCompilation.ReplaceSyntaxTree(networks.EditedBefore, networks.EditedAfter()));

    /// <summary>The same driver after a method is added to one network's class: a declaration edit, which no name lookup sees.</summary>
    [Benchmark(Description = "ShapeGenerator, incremental, a method added to one network's class")]
    public GeneratorDriver ShapeGenerator_AfterMethodAdded() => warmShapeDriver.RunGenerators(warmCompilation.ReplaceSyntaxTree(networks.EditedBefore, networks.MethodAddedAfter()));
}

/// <summary>
/// Where the generator's and the analyzer's time goes: the core's analysis of the 1,000 networks as the analyzer runs it
/// (with hints, without descriptions), split into the chains without a join and the residual ones (an Add), whose
/// analysis also searches neighbouring input sizes (CSA3003).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class CoreBenchmarks
{
    private NetworkSpec[] plain = null!, residual = null!;
    private ImmutableArray<SyntaxTree> trees;
    private INamedTypeSymbol[] boundTypes = null!;

    [GlobalSetup]
    public void Setup()
    {
        var project = new NetworkProject();
        trees = project.Trees.AddRange(project.GeneratedAsPlainSource);   // the attributes come from the generator
        Compilation compilation = Compilations.Create(trees);
        boundTypes = Enumerable.Range(0, NetworkProject.Networks).Select(n => compilation.GetTypeByMetadataName(TypeName(n))!).ToArray();
        NetworkDeclaration[] declarations = boundTypes.Select(type => NetworkReader.Read(compilation, type, default)!).ToArray();
        plain = declarations.Where((_, n) => !SyntheticProject.IsResidual(n)).Select(d => d.Spec).ToArray();
        residual = declarations.Where((_, n) => SyntheticProject.IsResidual(n)).Select(d => d.Spec).ToArray();
        // The analyzer's compilation binds every attribute anyway: bind them here, so ReadBound_All times the reading alone.
        foreach (INamedTypeSymbol type in boundTypes)
            foreach (ISymbol member in type.GetMembers())
                _ = member.GetAttributes();
    }

    private static string TypeName(int n) => "Synthetic.Models.Group" + (n / 50) + "." + SyntheticProject.NetworkTypeName(n);

    [Benchmark(Baseline = true, Description = "NetworkAnalyzer.Analyze, 750 chains without a join")]
    public int Analyze_Chains() => plain.Sum(spec => NetworkAnalyzer.Analyze(spec, hints: true, descriptions: false).Layers.Count);

    [Benchmark(Description = "NetworkAnalyzer.Analyze, 250 residual networks (with Add)")]
    public int Analyze_Residual() => residual.Sum(spec => NetworkAnalyzer.Analyze(spec, hints: true, descriptions: false).Layers.Count);

    [Benchmark(Description = "NetworkReader.ReadBound, 1,000 networks (attributes already bound, as the analyzer reads them)")]
    public int ReadBound_All()
    {
        int layers = 0;
        foreach (INamedTypeSymbol type in boundTypes)
            layers += NetworkReader.ReadBound(type, sites: false, default)!.Spec.Layers.Count;
        return layers;
    }

    [Benchmark(Description = "NetworkReader.Read, 1,000 networks (fresh compilation; layers from syntax)")]
    public int Read_All()
    {
        CSharpCompilation project = Compilations.Create(trees);
        int layers = 0;
        for (int n = 0; n < NetworkProject.Networks; n++)
            layers += NetworkReader.Read(project, project.GetTypeByMetadataName(TypeName(n))!, default)!.Spec.Layers.Count;
        return layers;
    }
}

/// <summary>
/// Where a cold generator run's time goes, to compare with ShapeGenerator_Cold: what ForAttributeWithMetadataName costs with
/// a transform that reads nothing (the floor of any generator built on it), and what binding the 20,000 layer attributes
/// costs on a fresh compilation (GetAttributes on every member, as the reader must); and what the driver alone costs a
/// generator that adds our 1,000 files and re-runs none of its own work after an edit (the floor of one file per network).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class GeneratorProfileBenchmarks
{
    private NetworkProject project = null!;
    private ImmutableArray<SyntaxTree> trees;
    private GeneratorDriver floorDriver = null!, warmFloorDriver = null!, warmOutputsDriver = null!;
    private Compilation warmCompilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        project = new NetworkProject();
        // The attributes as plain source (our post-initialization output), so that the floor generator finds them.
        trees = project.Trees.AddRange(project.GeneratedAsPlainSource.Where(t => !t.FilePath.EndsWith(".Shapes.g.cs", System.StringComparison.Ordinal)));
        if (trees.Length == project.Trees.Length)
            throw new System.InvalidOperationException("the attribute source was not found among the generated files");
        floorDriver = Compilations.Driver(new FloorGenerator().AsSourceGenerator());
        warmCompilation = Compilations.Create(trees);
        warmFloorDriver = floorDriver.RunGenerators(warmCompilation);
        warmOutputsDriver = Compilations.Driver(new CachedOutputsGenerator(project).AsSourceGenerator()).RunGenerators(warmCompilation);
        GeneratorDriverRunResult outputs = warmOutputsDriver.GetRunResult();
        if (outputs.GeneratedTrees.Length != NetworkProject.Networks)
            throw new System.InvalidOperationException("the cached-outputs generator added " + outputs.GeneratedTrees.Length + " files, not one per network",
                outputs.Results[0].Exception);
    }

    [Benchmark(Description = "ForAttributeWithMetadataName alone, cold, 1,000 [Network]")]
    public GeneratorDriver Floor_Cold() => floorDriver.RunGenerators(Compilations.Create(trees));

    [Benchmark(Description = "ForAttributeWithMetadataName alone, incremental, one layer edited")]
    public GeneratorDriver Floor_AfterOneLayerEdit() => warmFloorDriver.RunGenerators(warmCompilation.ReplaceSyntaxTree(project.EditedBefore, project.EditedAfter()));

    [Benchmark(Description = "Driver alone: our 1,000 files from a syntax-keyed pipeline, incremental, one layer edited")]
    public GeneratorDriver CachedOutputs_AfterOneLayerEdit() => warmOutputsDriver.RunGenerators(warmCompilation.ReplaceSyntaxTree(project.EditedBefore, project.EditedAfter()));

    [Benchmark(Description = "Binding the 20,000 layer attributes (GetAttributes), fresh compilation")]
    public int BindLayerAttributes()
    {
        Compilation compilation = Compilations.Create(trees);
        int attributes = 0;
        foreach (SyntaxTree tree in project.Trees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>())
                foreach (ISymbol member in model.GetDeclaredSymbol(declaration)!.GetMembers())
                    attributes += member.GetAttributes().Length;
        }
        return attributes == NetworkProject.Networks * SyntheticProject.LayersPerNetwork ? attributes : throw new System.InvalidOperationException(attributes + " attributes");
    }

    /// <summary>[Network] types found by ForAttributeWithMetadataName, their names kept, nothing read or written.</summary>
#pragma warning disable RS1036, RS1038, RS1041 // a measuring instrument run in this process, not a shipped generator
    private sealed class FloorGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(
                context.SyntaxProvider.ForAttributeWithMetadataName("ConvShape.Network", static (_, _) => true, static (c, _) => c.TargetSymbol.Name),
                static (_, _) => { });
    }

    /// <summary>
    /// Adds our generated file for every class with a [Network] attribute, keyed by the class's name alone: its transform
    /// only returns the node (the same object while its file is unchanged), so after an edit nothing of it re-runs but the
    /// edited file's syntax, and what is left is the driver's own work with 1,000 outputs.
    /// </summary>
    private sealed class CachedOutputsGenerator(NetworkProject project) : IIncrementalGenerator
    {
        private readonly Dictionary<string, (string HintName, string Text)> files = project.GeneratedTexts
            .Where(f => f.Path.EndsWith(".Shapes.g.cs", System.StringComparison.Ordinal))
            .ToDictionary(f => f.Path.Split('.')[^4], f => (f.Path.Substring("/generated/".Length), f.Text));

        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(
                context.SyntaxProvider
                    .CreateSyntaxProvider(static (node, _) => node is ClassDeclarationSyntax c && c.AttributeLists.Any(l => l.Attributes.Any(IsNetwork)), static (c, _) => c.Node)
                    .Select(static (node, _) => ((ClassDeclarationSyntax)node).Identifier.ValueText),
                (output, name) => output.AddSource(files[name].HintName, files[name].Text));

        private static bool IsNetwork(AttributeSyntax attribute) => attribute.Name is IdentifierNameSyntax { Identifier.ValueText: "Network" };
    }
#pragma warning restore RS1036, RS1038, RS1041
}
