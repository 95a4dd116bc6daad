using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConvShapeAnalyzers.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConvShapeAnalyzers.CodeFixes
{
    /// <summary>
    /// CSA1009 on a network type that is not partial: adds <c>partial</c> to every declaration of the type and of the types
    /// containing it that lack it, in whichever files they are. The other CSA1009 findings carry no fix.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFix)), Shared]
    public sealed class MakePartialCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("CSA1009");

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(FixTargets.TargetKey, out string? target) || target != FixTargets.TypeModifiers
                    || root?.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration
                    || model?.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } type)
                    continue;
                context.RegisterCodeFix(
                    CodeAction.Create("Declare " + type.Name + " partial", token => Apply(context.Document.Project.Solution, type, token), equivalenceKey: nameof(MakePartialCodeFix)),
                    diagnostic);
            }
        }

        private static async Task<Solution> Apply(Solution solution, INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var closed = Enumerable.Empty<SyntaxReference>();
            for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
                closed = closed.Concat(t.DeclaringSyntaxReferences);
            foreach (IGrouping<SyntaxTree, SyntaxReference> file in closed.GroupBy(reference => reference.SyntaxTree))
            {
                if (solution.GetDocument(file.Key) is not { } document)
                    continue;
                SyntaxNode root = await file.Key.GetRootAsync(cancellationToken).ConfigureAwait(false);
                var declarations = file.Select(reference => reference.GetSyntax(cancellationToken)).OfType<TypeDeclarationSyntax>()
                    .Where(declaration => !declaration.Modifiers.Any(SyntaxKind.PartialKeyword));
                solution = solution.WithDocumentSyntaxRoot(document.Id, root.ReplaceNodes(declarations, (_, rewritten) => WithPartial(rewritten)));
            }
            return solution;
        }

        /// <summary>Adds <c>partial</c> last among the modifiers, right before the keyword, where C# wants it.</summary>
        private static TypeDeclarationSyntax WithPartial(TypeDeclarationSyntax declaration)
        {
            SyntaxToken partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
            if (declaration.Modifiers.Count > 0)
                return declaration.WithModifiers(declaration.Modifiers.Add(partial));
            // No modifier: the keyword's leading trivia (the line break and indentation after the attributes) moves to partial.
            return declaration.WithKeyword(declaration.Keyword.WithLeadingTrivia())
                .WithModifiers(SyntaxFactory.TokenList(partial.WithLeadingTrivia(declaration.Keyword.LeadingTrivia)));
        }
    }
}
