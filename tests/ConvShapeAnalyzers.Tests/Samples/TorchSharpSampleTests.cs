using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using ConvShapeAnalyzers.Tests.Generator;
using ConvShapeAnalyzers.Tests.Harness;
using ConvShapeAnalyzers.Tests.Meta;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Samples;

/// <summary>
/// samples/TorchSharpMnist: the attributes on real TorchSharp 0.107 module fields, the modules built from the generated
/// constants. Compiled here against TorchSharp's own assembly, so a clash of our attribute names with TorchSharp's
/// module classes (TorchSharp.Modules.Conv2d) or factory methods (torch.nn.Conv2d) would fail it.
/// </summary>
public class TorchSharpSampleTests
{
    private static readonly string[] Files = { "samples/TorchSharpMnist/MnistNet.cs", "samples/TorchSharpMnist/Program.cs" };

    /// <summary>PyTorch 1.13 running pytorch/examples' MNIST Net on a 1×28×28 zero image: each module's output and parameters.</summary>
    [Theory]
    [InlineData("conv1", "32×26×26", 320L)]
    [InlineData("conv2", "64×24×24", 18_496L)]
    [InlineData("pool", "64×12×12", 0L)]
    [InlineData("flatten", "9216", 0L)]
    [InlineData("fc1", "128", 1_179_776L)]
    [InlineData("fc2", "10", 1_290L)]
    public void MnistNet_HasPyTorchsShapesAndParameters(string layer, string shape, long parameters)
    {
        GeneratorRun run = Generate();
        string metadataName = "Samples.TorchSharpMnist.MnistNet+Shapes+" + layer;
        Assert.Equal(shape, run.ShapeText(metadataName));
        Assert.Equal(parameters, (long)run.Constants(metadataName)["Parameters"]!);
    }

    [Fact]
    public async Task MnistNet_CompilesAgainstTorchSharpWithoutFindings()
    {
        GeneratorRun run = Generate();
        ImmutableArray<Diagnostic> diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(
            run.OutputCompilation, ImmutableArray.Create<DiagnosticAnalyzer>(new ConvShapeAnalyzers.Analysis.NetworkShapeAnalyzer()));
        Assert.Empty(diagnostics.Where(d => d.Id.StartsWith("CSA", System.StringComparison.Ordinal)));
        // The layers the module reads its sizes from are ours, not TorchSharp's: fc1 takes the flattened features.
        Assert.Equal(run.Constants("Samples.TorchSharpMnist.MnistNet+Shapes+flatten")["Features"], run.Constants("Samples.TorchSharpMnist.MnistNet+Shapes+fc1")["InFeatures"]);
    }

    /// <summary>The sample's two files with TorchSharp referenced; GeneratorHarness fails on any compiler error.</summary>
    private static GeneratorRun Generate() =>
        GeneratorHarness.Run(CompilationFactory.Create(
            Files.Select(path => new TestSource(path, RepositoryFiles.Read(path))),
            new[] { MetadataReference.CreateFromFile(typeof(TorchSharp.torch).Assembly.Location) },
            CompilationFactory.CompilationOptions.WithOutputKind(OutputKind.ConsoleApplication)));
}
