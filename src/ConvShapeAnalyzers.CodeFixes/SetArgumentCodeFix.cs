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
    /// Writes the right number in: the analyzer puts the value (Fix) and the argument (Target: "#0" for the first
    /// positional argument, else a property name) in the diagnostic; this replaces that argument or adds the property.
    /// CSA2001 in_channels / num_features, CSA2002 in_features, CSA1006 Pad.SameUpper, CSA3001 Padding, CSA3002 OutputPadding.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetArgumentCodeFix)), Shared]
    public sealed class SetArgumentCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("CSA1006", "CSA2001", "CSA2002", "CSA3001", "CSA3002");

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(FixTargets.FixKey, out string? value) || value is null
                    || !diagnostic.Properties.TryGetValue(FixTargets.TargetKey, out string? target) || target is null
                    || root?.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<AttributeSyntax>() is not { } attribute)
                    continue;
                string title = target == FixTargets.FirstArgument ? "Set " + FirstParameterName(attribute) + " to " + value : "Set " + target + " = " + value;
                context.RegisterCodeFix(
                    CodeAction.Create(title, token => Apply(context.Document, attribute, target, value, token), equivalenceKey: diagnostic.Id),
                    diagnostic);
            }
        }

        private static async Task<Document> Apply(Document document, AttributeSyntax attribute, string target, string value, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
                return document;
            ExpressionSyntax expression = SyntaxFactory.ParseExpression(value);
            return document.WithSyntaxRoot(root.ReplaceNode(attribute, Rewrite(attribute, target, expression)));
        }

        private static AttributeSyntax Rewrite(AttributeSyntax attribute, string target, ExpressionSyntax value)
        {
            SeparatedSyntaxList<AttributeArgumentSyntax> arguments = attribute.ArgumentList?.Arguments ?? default;
            AttributeArgumentSyntax? existing = target == FixTargets.FirstArgument
                ? arguments.FirstOrDefault(a => a.NameEquals is null)
                : arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == target);
            if (existing is not null)
                return attribute.ReplaceNode(existing.Expression, value.WithTriviaFrom(existing.Expression));
            SyntaxToken equals = SyntaxFactory.Token(SyntaxFactory.TriviaList(SyntaxFactory.Space), SyntaxKind.EqualsToken, SyntaxFactory.TriviaList(SyntaxFactory.Space));
            AttributeArgumentSyntax added = SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(target), equals), null, value);
            AttributeArgumentListSyntax list = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
            if (list.Arguments.Count > 0)
                added = added.WithLeadingTrivia(SyntaxFactory.Space);
            return attribute.WithArgumentList(list.WithArguments(list.Arguments.Add(added)));
        }

        private static string FirstParameterName(AttributeSyntax attribute)
        {
            string name = attribute.Name.ToString();
            return name.StartsWith("Linear", System.StringComparison.Ordinal) ? "inFeatures"
                : name.StartsWith("BatchNorm", System.StringComparison.Ordinal) ? "numFeatures"
                : "inChannels";
        }
    }
}
