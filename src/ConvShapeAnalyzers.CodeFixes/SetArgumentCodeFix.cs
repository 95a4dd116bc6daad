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
using Microsoft.CodeAnalysis.Simplification;

namespace ConvShapeAnalyzers.CodeFixes
{
    /// <summary>
    /// Writes the right number in: the analyzer puts the value (Fix) and the argument (Target: "#0" for the first
    /// constructor argument, which the diagnostic points at, else a property name) in the diagnostic; this replaces that
    /// argument or adds the property. One fix and Fix All share <see cref="FixAsync"/>.
    /// CSA2001 in_channels / num_features, CSA2002 in_features, CSA1006 Pad.SameUpper, CSA3001 Padding, CSA3002 OutputPadding,
    /// CSA2005 an Upsample mode for the input's rank.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetArgumentCodeFix)), Shared]
    public sealed class SetArgumentCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("CSA1006", "CSA2001", "CSA2002", "CSA2005", "CSA3001", "CSA3002");

        private static readonly FixAllProvider FixAll = new WholeScopeFixAllProvider(FixAsync);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = null;
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (root is null || Read(root, diagnostic) is not { } edit)
                    continue;
                string title = edit.Target == FixTargets.FirstArgument
                    ? "Set " + FirstParameterName(edit, model ??= await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false)) + " to " + edit.Value
                    : "Set " + edit.Target + " = " + edit.Value;
                Solution solution = context.Document.Project.Solution;
                context.RegisterCodeFix(
                    CodeAction.Create(title, token => FixAsync(solution, ImmutableArray.Create(diagnostic), token), equivalenceKey: nameof(SetArgumentCodeFix)),
                    diagnostic);
            }
        }

        /// <summary>Writes every diagnostic's value in, file by file; an attribute several diagnostics name is rewritten once with all of them.</summary>
        private static async Task<Solution> FixAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            foreach (IGrouping<SyntaxTree?, Diagnostic> file in diagnostics.GroupBy(diagnostic => diagnostic.Location.SourceTree))
            {
                if (file.Key is null || solution.GetDocumentId(file.Key) is not { } document || !solution.ContainsDocument(document))
                    continue;
                SyntaxNode root = await file.Key.GetRootAsync(cancellationToken).ConfigureAwait(false);
                ILookup<AttributeSyntax, ArgumentEdit> edits = file.Select(diagnostic => Read(root, diagnostic)).OfType<ArgumentEdit>().ToLookup(edit => edit.Attribute);
                solution = solution.WithDocumentSyntaxRoot(document, root.ReplaceNodes(edits.Select(attribute => attribute.Key),
                    (original, _) => edits[original].Aggregate(original, Rewrite)));
            }
            return solution;
        }

        /// <summary>The attribute a diagnostic's fix rewrites, the argument and the value, or null when it carries none.</summary>
        private static ArgumentEdit? Read(SyntaxNode root, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(FixTargets.FixKey, out string? value) || value is null
                || !diagnostic.Properties.TryGetValue(FixTargets.TargetKey, out string? target) || target is null)
                return null;
            SyntaxNode located = root.FindNode(diagnostic.Location.SourceSpan);
            if (located.FirstAncestorOrSelf<AttributeSyntax>() is not { } attribute)
                return null;
            if (target != FixTargets.FirstArgument)
                return new ArgumentEdit(attribute, target, value, -1);
            int position = FirstParameterArgument(attribute, located);
            return position < 0 ? null : new ArgumentEdit(attribute, target, value, position);
        }

        /// <summary>
        /// Where in_channels (in_features, num_features) is written: the argument the diagnostic points at, which the analyzer
        /// found by position or by name (<c>outChannels: 8, inChannels: 1</c>); else the first argument when it is positional.
        /// </summary>
        private static int FirstParameterArgument(AttributeSyntax attribute, SyntaxNode located)
        {
            SeparatedSyntaxList<AttributeArgumentSyntax> arguments = attribute.ArgumentList?.Arguments ?? default;
            if (located.FirstAncestorOrSelf<AttributeArgumentSyntax>() is { } argument && arguments.IndexOf(argument) is int at and >= 0)
                return at;
            return arguments.Count > 0 && arguments[0] is { NameColon: null, NameEquals: null } ? 0 : -1;
        }

        /// <summary>One fix: the value for a named property (<see cref="Target"/>), or for the argument at <see cref="Position"/>.</summary>
        private sealed class ArgumentEdit
        {
            public ArgumentEdit(AttributeSyntax attribute, string target, string value, int position) =>
                (Attribute, Target, Value, Position) = (attribute, target, value, position);

            public AttributeSyntax Attribute { get; }

            public string Target { get; }

            public string Value { get; }

            public int Position { get; }
        }

        private static AttributeSyntax Rewrite(AttributeSyntax attribute, ArgumentEdit edit)
        {
            ExpressionSyntax value = Expression(edit.Value);
            SeparatedSyntaxList<AttributeArgumentSyntax> arguments = attribute.ArgumentList?.Arguments ?? default;
            AttributeArgumentSyntax? existing = edit.Position >= 0
                ? arguments[edit.Position]
                : arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == edit.Target);
            if (existing is not null)
                return attribute.ReplaceNode(existing.Expression, value.WithTriviaFrom(existing.Expression));
            SyntaxToken equals = SyntaxFactory.Token(SyntaxFactory.TriviaList(SyntaxFactory.Space), SyntaxKind.EqualsToken, SyntaxFactory.TriviaList(SyntaxFactory.Space));
            AttributeArgumentSyntax added = SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(edit.Target), equals), null, value);
            AttributeArgumentListSyntax list = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
            if (list.Arguments.Count > 0)
                added = added.WithLeadingTrivia(SyntaxFactory.Space);
            return attribute.WithArgumentList(list.WithArguments(list.Arguments.Add(added)));
        }

        /// <summary>
        /// The fix's value as an expression. A mode (<c>Pad.SameUpper</c>) is written <c>global::ConvShape.Pad.SameUpper</c> for
        /// the simplifier, which shortens it as far as the file's usings allow: <c>Pad.SameUpper</c> under <c>using ConvShape;</c>,
        /// <c>ConvShape.Pad.SameUpper</c> without it.
        /// </summary>
        private static ExpressionSyntax Expression(string value)
        {
            ExpressionSyntax expression = SyntaxFactory.ParseExpression(value);
            return expression.ReplaceNodes(
                expression.DescendantNodesAndSelf().OfType<MemberAccessExpressionSyntax>().Where(access => access.Expression is IdentifierNameSyntax { Identifier.ValueText: "Pad" }),
                (_, access) => access.WithExpression(SyntaxFactory.ParseExpression("global::ConvShape.Pad")).WithAdditionalAnnotations(Simplifier.Annotation));
        }

        /// <summary>The parameter's name for the action's title (inChannels, inFeatures, numFeatures), from the constructor the attribute binds to.</summary>
        private static string FirstParameterName(ArgumentEdit edit, SemanticModel? model) =>
            model?.GetSymbolInfo(edit.Attribute).Symbol is IMethodSymbol { Parameters.Length: > 0 } constructor ? constructor.Parameters[0].Name : "the first argument";
    }
}
