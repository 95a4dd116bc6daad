using ConvShapeAnalyzers.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConvShapeAnalyzers.Generation
{
    /// <summary>
    /// Adds the ConvShape attributes, then for every [Network] type a file of compile-time shape constants. It reports no
    /// diagnostics (the analyzers do) and keeps only value-equal models, so unrelated edits re-run nothing.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class ShapeGenerator : IIncrementalGenerator
    {
        /// <summary>Step names for incremental-caching tests.</summary>
        public const string ReadStep = "ReadNetwork";
        public const string ModelStep = "GeneratorModel";

        private readonly NetworkReadCounts? counts;

        public ShapeGenerator()
        {
        }

        /// <summary>A generator that counts into <paramref name="counts"/> how it read each declaration (for tests and benchmarks).</summary>
        public ShapeGenerator(NetworkReadCounts counts) => this.counts = counts;

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            context.RegisterPostInitializationOutput(static output =>
            {
                output.AddEmbeddedAttributeDefinition();
                output.AddSource(AttributeSource.HintName, AttributeSource.Text);
            });

            // Not ForAttributeWithMetadataName: its transform runs again for every [Network] type after every keystroke (a new
            // compilation), which alone costs more than ten times the target for an incremental run (docs/performance.md).
            // Here the declarations are found in each file's member lists, and their readings are kept while their file and the
            // environment (every other file's declarations, the references, the options) stay equal, or, for a network whose
            // arguments are all closed constants, while the names every file declares stay equal. The files come from the
            // compilation's own list rather than a syntax provider, whose predicate visits every node of every file: an
            // unchanged file is the same tree, so only an edited one is outlined again.
            IncrementalValuesProvider<SyntaxNode> files = context.CompilationProvider
                .SelectMany(static (compilation, _) => compilation.SyntaxTrees)
                .Select(static (tree, cancellationToken) => tree.GetRoot(cancellationToken));
            IncrementalValueProvider<DeclarationOutline> outline = files
                .Select(static (root, cancellationToken) => DeclarationOutline.Of(root, cancellationToken))
                .Collect()
                .Select(static (outlines, _) => DeclarationOutline.Combine(outlines));
            IncrementalValueProvider<NameEnvironment> names = outline
                .Combine(context.MetadataReferencesProvider.Collect())
                .Combine(context.CompilationProvider.Select(static (compilation, _) => (compilation.Options, compilation.AssemblyName)))
                .Select(static (input, _) => new NameEnvironment(input.Left.Left, input.Left.Right, input.Right.Options, input.Right.AssemblyName));
            IncrementalValueProvider<ReadEnvironment> environment = outline
                .Combine(names)
                .Select(static (input, _) => new ReadEnvironment(input.Left, input.Right));

            IncrementalValuesProvider<GeneratorModel> networks = files
                .SelectMany(static (root, _) => AttributedTypes.In(root))
                .Combine(environment)
                .Combine(context.CompilationProvider)
                .Select((input, cancellationToken) => NetworkReadCache.Read(input.Left.Left, input.Left.Right, input.Right, counts, cancellationToken))
                .WithTrackingName(ReadStep)
                .Select(static (declaration, _) => GeneratorModel.From(declaration))
                .Where(static model => model is not null)
                .Select(static (model, _) => model!)
                .WithTrackingName(ModelStep);

            // #nullable needs C# 8; a project on an older version (7.3 is .NET Framework's default) gets the file without it.
            IncrementalValueProvider<bool> nullableDirective = context.ParseOptionsProvider
                .Select(static (options, _) => options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 });

            context.RegisterSourceOutput(networks.Combine(nullableDirective),
                static (output, network) => output.AddSource(network.Left.HintName, ShapesWriter.Write(network.Left, network.Right)));
        }
    }
}
