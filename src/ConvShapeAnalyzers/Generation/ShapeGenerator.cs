using System.Threading;
using ConvShapeAnalyzers.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            context.RegisterPostInitializationOutput(static output =>
            {
                output.AddEmbeddedAttributeDefinition();
                output.AddSource(AttributeSource.HintName, AttributeSource.Text);
            });

            IncrementalValuesProvider<GeneratorModel> networks = context.SyntaxProvider
                .ForAttributeWithMetadataName(LayerKinds.NetworkMetadataName, static (node, _) => node is TypeDeclarationSyntax, Read)
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

        /// <summary>Reads the network once, from the declaration that carries its first [Network] (partial types may have several parts).</summary>
        private static NetworkDeclaration? Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not INamedTypeSymbol type || context.Attributes.IsEmpty)
                return null;
            SyntaxReference? first = NetworkReader.NetworkAttribute(type)?.ApplicationSyntaxReference;
            SyntaxReference? here = context.Attributes[0].ApplicationSyntaxReference;
            if (first is null || here is null || first.SyntaxTree != here.SyntaxTree || first.Span != here.Span)
                return null;
            return NetworkReader.Read(context.SemanticModel.Compilation, type, cancellationToken);
        }
    }
}
