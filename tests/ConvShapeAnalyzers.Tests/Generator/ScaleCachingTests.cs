using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ConvShapeAnalyzers.Generation;
using ConvShapeAnalyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Generator;

/// <summary>
/// The caching of <see cref="CachingTests"/> at the scale of a real solution: 1,000 files, 200 of them holding a
/// 20-layer network (4,000 layers) and 800 holding ordinary classes. Step tracking shows which outputs re-ran after
/// each kind of edit; no timing is measured here (benchmarks/ConvShapeAnalyzers.Benchmarks does that).
/// </summary>
public class ScaleCachingTests : IClassFixture<ScaleCachingTests.FirstRun>
{
    public const int Networks = 200;
    public const int PlainFiles = 800;

    /// <summary>The project and the driver after its first run, shared by the tests (a driver is immutable).</summary>
    public sealed class FirstRun
    {
        public Compilation Compilation { get; }
        public GeneratorRun Run { get; }

        public FirstRun()
        {
            Compilation = CompilationFactory.Create(SyntheticProject.Files(Networks, PlainFiles).Select(f => new TestSource(f.Path, f.Text)));
            GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { new ShapeGenerator() }, trackIncrementalGeneratorSteps: true);
            Run = GeneratorHarness.Run(driver, Compilation);
        }
    }

    private readonly FirstRun first;

    public ScaleCachingTests(FirstRun first) => this.first = first;

    [Fact]
    public void FirstRun_GeneratesOneNewFilePerNetwork()
    {
        Assert.Equal(SyntheticProject.Files(Networks, PlainFiles).Count, first.Compilation.SyntaxTrees.Count());
        List<IncrementalStepRunReason> reasons = first.Run.OutputReasons();
        Assert.Equal(Networks, reasons.Count);
        Assert.All(reasons, reason => Assert.Equal(IncrementalStepRunReason.New, reason));
        Assert.Equal(Networks, first.Run.NetworkSources().Count);
    }

    [Fact]
    public void UnchangedCompilation_EveryOutputCached()
    {
        GeneratorRun second = GeneratorHarness.Run(first.Run.Driver, first.Compilation);
        List<IncrementalStepRunReason> reasons = second.OutputReasons();
        Assert.Equal(Networks, reasons.Count);
        Assert.All(reasons, reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void MethodBodyEditedInAFileWithoutNetworks_ReRunsNoOutput()
    {
        int plain = PlainFiles / 2;
        string before = SyntheticProject.Plain(plain), after = SyntheticProject.Plain(plain, bodyConstant: 5);
        Assert.NotEqual(before, after);
        GeneratorRun second = GeneratorHarness.Run(first.Run.Driver, first.Compilation.EditFile(SyntheticProject.PlainPath(plain), after));

        List<IncrementalStepRunReason> reasons = second.OutputReasons();
        Assert.Equal(Networks, reasons.Count);
        Assert.Equal(0, reasons.Count(r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New));
        Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
    }

    [Fact]
    public void OneLayersStrideChanged_ReRunsExactlyThatNetworksOutput()
    {
        const int network = 42;
        string edited = SyntheticProject.Network(network, conv5Stride: 1);
        Assert.Contains("Stride = 1, Padding = 1)] public object? conv5;", edited);
        GeneratorRun second = GeneratorHarness.Run(first.Run.Driver, first.Compilation.EditFile(SyntheticProject.NetworkPath(network), edited));

        List<IncrementalStepRunReason> reasons = second.OutputReasons();
        Assert.Equal(Networks, reasons.Count);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(Networks - 1, reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        // The one output that changed is that network's file.
        Dictionary<string, string> before = first.Run.NetworkSources(), after = second.NetworkSources();
        string changed = Assert.Single(after.Keys, hint => after[hint] != before[hint]);
        Assert.EndsWith("." + SyntheticProject.NetworkTypeName(network) + ".Shapes.g.cs", changed);
    }

    [Fact]
    public void NetworkAddedInANewFile_AddsExactlyOneNewOutput()
    {
        const int added = Networks;
        SyntaxTree tree = CSharpSyntaxTree.ParseText(SyntheticProject.Network(added), CompilationFactory.ParseOptions, SyntheticProject.NetworkPath(added));
        GeneratorRun second = GeneratorHarness.Run(first.Run.Driver, first.Compilation.AddSyntaxTrees(tree));

        List<IncrementalStepRunReason> reasons = second.OutputReasons();
        Assert.Equal(Networks + 1, reasons.Count);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.New));
        Assert.Equal(Networks, reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Contains(second.NetworkSources().Keys, hint => hint.EndsWith("." + SyntheticProject.NetworkTypeName(added) + ".Shapes.g.cs", System.StringComparison.Ordinal));
    }

    /// <summary>The networks are valid, as the benchmarks assume: no diagnostic of ours at either stride of conv5, and
    /// none from the compiler. Twelve networks cover every variant (the variants repeat every 12 indices).</summary>
    [Fact]
    public async Task SyntheticNetworks_HaveNoDiagnostic()
    {
        var sources = Enumerable.Range(0, 12).Select(n => new TestSource(SyntheticProject.NetworkPath(n), SyntheticProject.Network(n)))
            .Concat(Enumerable.Range(12, 12).Select(n => new TestSource(SyntheticProject.NetworkPath(n), SyntheticProject.Network(n, conv5Stride: 1))))
            .Append(new TestSource(SyntheticProject.PlainPath(0), SyntheticProject.Plain(0)));
        GeneratorRun run = GeneratorHarness.Run(CompilationFactory.Create(sources), new[] { new ShapeGenerator() });
        Assert.Empty(run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Empty(await AnalyzerRunner.GetDiagnosticsAsync(run.OutputCompilation, TestComponents.Default.Analyzers));
        Assert.Equal(24, run.NetworkSources().Count);
    }
}
