using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConvShapeAnalyzers.Reading
{
    /// <summary>One layer attribute as written: the member it is on, the attribute, the class it certainly binds to, and the names around it.</summary>
    internal sealed record LayerAttributeSyntax(string Member, SyntaxNode MemberNode, SourceSpan MemberSpan, AttributeSyntax Attribute, string AttributeClass, NameScope Scope);

    /// <summary>
    /// Finds a network type's layer attributes in its declarations' syntax, confirming each attribute's class by name
    /// lookup (no binding). Returns null when a declaration holds something only the binder can settle: an attribute that
    /// may be ours under another name, an attribute target, a partial property, an indexer or a record parameter carrying one.
    /// </summary>
    internal static class LayerSyntax
    {
        /// <param name="answers">Where the name lookups' answers are recorded, or null.</param>
        public static List<LayerAttributeSyntax>? Find(Compilation compilation, INamedTypeSymbol type, NameAnswers? answers, CancellationToken cancellationToken)
        {
            var found = new List<LayerAttributeSyntax>();
            foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration
                    || !FindIn(declaration, () => new SemanticNameScope(compilation.GetSemanticModel(declaration.SyntaxTree), declaration, type, answers), found))
                    return null;
            }
            return found.InSourceOrder(f => f.MemberSpan).ToList();
        }

        /// <summary>
        /// Adds one declaration's layer attributes to <paramref name="found"/>, in source order; false when the syntax cannot
        /// settle them. <paramref name="scope"/> is asked for only when a member carries attributes.
        /// </summary>
        public static bool FindIn(TypeDeclarationSyntax declaration, System.Func<NameScope> scope, List<LayerAttributeSyntax> found)
        {
            if (declaration.ParameterList?.Parameters.Any(p => p.AttributeLists.Count > 0) == true)
                return false;
            NameScope? names = null;
            foreach (MemberDeclarationSyntax member in declaration.Members)
            {
                if (member.AttributeLists.Count == 0 || member is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
                    continue;
                names ??= scope();
                bool isLayerMember = member is FieldDeclarationSyntax or PropertyDeclarationSyntax { ExplicitInterfaceSpecifier: null }
                    && !member.Modifiers.Any(SyntaxKind.PartialKeyword);
                foreach (AttributeListSyntax list in member.AttributeLists)
                    foreach (AttributeSyntax attribute in list.Attributes)
                    {
                        string? attributeClass = names.AttributeClass(attribute.Name, out bool unsure);
                        if (unsure || (attributeClass is not null && (list.Target is not null || !isLayerMember)))
                            return false;
                        if (attributeClass is not null)
                            foreach ((SyntaxNode node, SyntaxToken identifier) in Named(member))
                                found.Add(new LayerAttributeSyntax(identifier.ValueText, node,
                                    new SourceSpan(declaration.SyntaxTree.FilePath, identifier.SpanStart, identifier.Span.Length), attribute, attributeClass, names));
                    }
            }
            return true;
        }

        /// <summary>The declared names of a field (one per declarator) or a property, with the node the compiler declares each symbol on.</summary>
        private static IEnumerable<(SyntaxNode Node, SyntaxToken Identifier)> Named(MemberDeclarationSyntax member) => member switch
        {
            FieldDeclarationSyntax field => field.Declaration.Variables.Select(v => ((SyntaxNode)v, v.Identifier)),
            PropertyDeclarationSyntax property => new[] { ((SyntaxNode)property, property.Identifier) },
            _ => Enumerable.Empty<(SyntaxNode, SyntaxToken)>(),
        };
    }
}
