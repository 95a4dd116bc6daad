using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ConvShapeAnalyzers.Analysis;
using ConvShapeAnalyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Generator;

/// <summary>
/// The attributes and the generated files compile at every C# version from 6 on: C# 7.3 is still the default of .NET
/// Framework projects, and an attribute file that needed C# 8 would break such a project's build the moment it adds the
/// package. <c>#nullable enable</c> heads the generated files from C# 8 on only. The analyzers read the same declarations
/// at every version. (The harness fails on any compiler error, on any warning in a generated file, and on AD0001.)
/// </summary>
public class LanguageVersionTests
{
    private const string Network = """
        using ConvShape;
        namespace App
        {
            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Padding = 1, Stride = new[] { 1, 1 })] public object conv1;
                [MaxPool2d(2)] public object pool1;
                [Conv2d(16, 16, 3, Padding = Pad.Same, From = nameof(pool1))] public object conv2;
                [Flatten] public object flat;
                [Linear(16 * 16 * 16, 10, Bias = false)] public object fc;
            }

            [Network(3, 8, 8)]
            public partial class Broken
            {
                [Flatten] public object flat;
                [Linear(100, 10)] public object fc;
            }

            public static class User
            {
                public const int Features = Net.Shapes.flat.Features;
                public const string Table = Net.Shapes.Summary;
            }
        }
        """;

    [Theory]
    [InlineData(LanguageVersion.CSharp6)]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.Latest)]
    public async Task Network_CompilesAndIsCheckedAtTheProjectsLanguageVersion(LanguageVersion version)
    {
        var options = new CSharpParseOptions(version, DocumentationMode.Parse);
        SyntaxTree tree = CSharpSyntaxTree.ParseText(SourceText.From(Network, Encoding.UTF8), options, TestSource.DefaultPath(0));
        Compilation compilation = CSharpCompilation.Create(CompilationFactory.AssemblyName, new[] { tree }, TestReferences.Net10,
            CompilationFactory.CompilationOptions.WithNullableContextOptions(version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));
        GeneratorDriver driver = GeneratorHarness.CreateDriver(TestComponents.Default.Generators, parseOptions: options);

        GeneratorRun run = GeneratorHarness.Run(driver, compilation);

        run.AssertConstants("App.Net+Shapes+flat", ("Features", 4096));
        string shapes = run.GeneratedText("App.Net.Shapes.g.cs");
        Assert.Equal(options.LanguageVersion >= LanguageVersion.CSharp8, shapes.Split('\n').Contains("#nullable enable"));
        Assert.DoesNotContain("#nullable", run.GeneratedText("ConvShape.Attributes.g.cs"));

        // Broken: 3·8·8 = 192 features reach a Linear declared with 100.
        ImmutableArray<Diagnostic> diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(run.OutputCompilation, ImmutableArray.Create<DiagnosticAnalyzer>(new NetworkShapeAnalyzer()));
        Assert.Equal(new[] { "CSA2002" }, diagnostics.Select(d => d.Id));
        Assert.StartsWith("fc: in_features is 100 but 192 features come in", diagnostics[0].GetMessage(CultureInfo.InvariantCulture));
    }
}
