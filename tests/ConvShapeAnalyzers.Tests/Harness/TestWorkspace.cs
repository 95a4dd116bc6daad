using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ConvShapeAnalyzers.Tests.Harness;

/// <summary>A one-project workspace for code fixes, with the same references and options as the test
/// compilation. Generators are added as an analyzer reference, so the project's compilation holds their
/// output (the attributes the analyzers and fixes look for come from there).</summary>
public static class TestWorkspace
{
    public static (Solution Solution, ProjectId Project, ImmutableArray<DocumentId> Documents) Create(
        AdhocWorkspace workspace,
        IEnumerable<TestSource> sources,
        TestComponents components,
        VerifierOptions options)
    {
        var projectId = ProjectId.CreateNewId("TestProject");
        var project = ProjectInfo.Create(
            projectId,
            VersionStamp.Create(),
            name: CompilationFactory.AssemblyName,
            assemblyName: CompilationFactory.AssemblyName,
            language: LanguageNames.CSharp,
            compilationOptions: AnalyzerRunner.EnableAll(CompilationFactory.CompilationOptions, components.Analyzers),
            parseOptions: CompilationFactory.ParseOptions,
            metadataReferences: TestReferences.Net10.AddRange(options.AdditionalReferences),
            analyzerReferences: new AnalyzerReference[] { new InMemoryGeneratorReference(components.Generators) });
        var solution = workspace.CurrentSolution.AddProject(project);

        var documents = ImmutableArray.CreateBuilder<DocumentId>();
        foreach (var source in sources)
        {
            var id = DocumentId.CreateNewId(projectId, source.Path);
            documents.Add(id);
            solution = solution.AddDocument(DocumentInfo.Create(
                id,
                name: System.IO.Path.GetFileName(source.Path),
                loader: TextLoader.From(TextAndVersion.Create(SourceText.From(source.Text, Encoding.UTF8), VersionStamp.Create())),
                filePath: source.Path));
        }

        return (solution, projectId, documents.ToImmutable());
    }

    /// <summary>Generator instances as an analyzer reference (no file on disk).</summary>
    private sealed class InMemoryGeneratorReference : AnalyzerReference
    {
        private readonly ImmutableArray<ISourceGenerator> generators;

        public InMemoryGeneratorReference(IEnumerable<IIncrementalGenerator> generators) =>
            this.generators = generators.Select(g => g.AsSourceGenerator()).ToImmutableArray();

        public override string? FullPath => null;

        public override string Display => "In-memory test generators";

        public override object Id => this;

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => ImmutableArray<DiagnosticAnalyzer>.Empty;

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => ImmutableArray<DiagnosticAnalyzer>.Empty;

        public override ImmutableArray<ISourceGenerator> GetGenerators(string language) =>
            language == LanguageNames.CSharp ? generators : ImmutableArray<ISourceGenerator>.Empty;

        public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => generators;
    }
}
