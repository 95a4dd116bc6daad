using System.Collections.Generic;
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

        private static readonly FixAllProvider FixAll = new WholeScopeFixAllProvider(FixAsync);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (root is null || model is null || NetworkType(root, model, diagnostic, context.CancellationToken) is not { } type)
                    continue;
                Solution solution = context.Document.Project.Solution;
                context.RegisterCodeFix(
                    CodeAction.Create("Declare " + type.Name + " partial", token => FixAsync(solution, ImmutableArray.Create(diagnostic), token), equivalenceKey: nameof(MakePartialCodeFix)),
                    diagnostic);
            }
        }

        /// <summary>
        /// Adds <c>partial</c> to every declaration, in whichever file, of each diagnostic's network type and the types containing it;
        /// a declaration several diagnostics reach (two networks nested in one type) gets it once.
        /// </summary>
        private static async Task<Solution> FixAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var lacking = new HashSet<TypeDeclarationSyntax>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (diagnostic.Location.SourceTree is not { } tree || solution.GetDocument(tree) is not { } document
                    || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
                    continue;
                SyntaxNode root = await tree.GetRootAsync(cancellationToken).ConfigureAwait(false);
                for (INamedTypeSymbol? type = NetworkType(root, model, diagnostic, cancellationToken); type is not null; type = type.ContainingType)
                    foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
                        if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                            lacking.Add(declaration);
            }
            foreach (IGrouping<SyntaxTree, TypeDeclarationSyntax> file in lacking.GroupBy(declaration => declaration.SyntaxTree))
            {
                // A generated part of the type is partial already; this guards against writing into one all the same.
                if (solution.GetDocumentId(file.Key) is not { } document || !solution.ContainsDocument(document))
                    continue;
                SyntaxNode root = await file.Key.GetRootAsync(cancellationToken).ConfigureAwait(false);
                solution = solution.WithDocumentSyntaxRoot(document, root.ReplaceNodes(file, (_, rewritten) => WithPartial(rewritten)));
            }
            return solution;
        }

        /// <summary>The network type a CSA1009 diagnostic asks to declare partial, or null for the CSA1009 findings with no fix.</summary>
        private static INamedTypeSymbol? NetworkType(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken) =>
            diagnostic.Properties.TryGetValue(FixTargets.TargetKey, out string? target) && target == FixTargets.TypeModifiers
            && root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } declaration
                ? model.GetDeclaredSymbol(declaration, cancellationToken)
                : null;

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
