using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Harness;

/// <summary>The result of one generator pass. <see cref="Driver"/> is the updated driver: run it again on an
/// edited compilation to test incremental caching.</summary>
public sealed record GeneratorRun(
    Compilation OutputCompilation,
    GeneratorDriverRunResult Result,
    GeneratorDriver Driver,
    ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    private readonly HashSet<SyntaxTree> generated = new(Result.GeneratedTrees);

    public bool IsGenerated(SyntaxTree tree) => generated.Contains(tree);
}

/// <summary>Runs incremental generators and fails the test when one throws (a throw silently discards every
/// generated file in a real build) or when the output does not compile.</summary>
public static class GeneratorHarness
{
    public static GeneratorDriver CreateDriver(
        IEnumerable<IIncrementalGenerator> generators,
        bool trackIncrementalGeneratorSteps = false,
        CSharpParseOptions? parseOptions = null) =>
        CSharpGeneratorDriver.Create(
            generators.Select(g => g.AsSourceGenerator()),
            additionalTexts: null,
            parseOptions: parseOptions ?? CompilationFactory.ParseOptions,
            optionsProvider: null,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps));

    /// <summary>Runs <paramref name="generators"/> (default: those of <see cref="TestComponents.Default"/>) once.</summary>
    public static GeneratorRun Run(
        Compilation compilation,
        IEnumerable<IIncrementalGenerator>? generators = null,
        bool trackIncrementalGeneratorSteps = false,
        CompilerErrorPolicy policy = CompilerErrorPolicy.Fail) =>
        Run(CreateDriver(generators ?? TestComponents.Default.Generators, trackIncrementalGeneratorSteps), compilation, policy);

    /// <summary>Runs an existing driver (keeping its cache) on <paramref name="compilation"/>.</summary>
    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation, CompilerErrorPolicy policy = CompilerErrorPolicy.Fail)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var run = new GeneratorRun(output, driver.GetRunResult(), driver, diagnostics);
        AssertNoGeneratorException(run);
        CompilerDiagnosticsCheck.AssertClean(output, run.IsGenerated, policy, "After running the generators");
        return run;
    }

    public static void AssertNoGeneratorException(GeneratorRun run)
    {
        var failed = run.Result.Results.Where(r => r.Exception is not null).ToList();
        if (failed.Count == 0)
        {
            return;
        }

        var message = new StringBuilder();
        foreach (var r in failed)
        {
            message.AppendLine($"Generator {r.Generator.GetGeneratorType().FullName} threw (a real build would drop all its output):");
            message.AppendLine(r.Exception!.ToString());
        }

        Assert.Fail(message.ToString());
    }

    /// <summary>The generated network files by hint name (without the attribute files of post-initialization).</summary>
    public static Dictionary<string, string> NetworkSources(this GeneratorRun run) =>
        run.Result.Results[0].GeneratedSources.Where(s => s.HintName.EndsWith(".Shapes.g.cs", System.StringComparison.Ordinal))
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>One reason per generated network file (the post-initialization attributes are not tracked): run with step tracking.</summary>
    public static List<IncrementalStepRunReason> OutputReasons(this GeneratorRun run) =>
        run.Result.Results[0].TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    /// <summary>The text of the generated file whose hint name ends with <paramref name="hintNameSuffix"/>.</summary>
    public static string GeneratedText(this GeneratorRun run, string hintNameSuffix)
    {
        var all = run.Result.Results.SelectMany(r => r.GeneratedSources).ToList();
        var match = all.Where(s => s.HintName.EndsWith(hintNameSuffix, System.StringComparison.Ordinal)).ToList();
        if (match.Count != 1)
        {
            Assert.Fail($"Expected one generated file ending with '{hintNameSuffix}', found {match.Count}. Generated: {string.Join(", ", all.Select(s => s.HintName))}");
        }

        return match[0].SourceText.ToString();
    }
}
