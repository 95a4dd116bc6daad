using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConvShapeAnalyzers.Generation
{
    /// <summary>
    /// A file's type declarations that carry attributes, in source order: where a [Network] can be. Found through the
    /// member lists of the file, its namespaces and its types alone, never a body, an attribute's arguments or any other
    /// expression, which a syntax provider's predicate would visit node by node.
    /// </summary>
    public static class AttributedTypes
    {
        public static ImmutableArray<TypeDeclarationSyntax> In(SyntaxNode root)
        {
            ImmutableArray<TypeDeclarationSyntax>.Builder? found = null;
            if (root is CompilationUnitSyntax unit)
                Add(unit.Members, ref found);
            return found?.ToImmutable() ?? ImmutableArray<TypeDeclarationSyntax>.Empty;
        }

        private static void Add(SyntaxList<MemberDeclarationSyntax> members, ref ImmutableArray<TypeDeclarationSyntax>.Builder? found)
        {
            foreach (MemberDeclarationSyntax member in members)
            {
                if (member is TypeDeclarationSyntax type)
                {
                    if (type.AttributeLists.Count > 0)
                        (found ??= ImmutableArray.CreateBuilder<TypeDeclarationSyntax>()).Add(type);
                    Add(type.Members, ref found);
                }
                else if (member is BaseNamespaceDeclarationSyntax space)
                    Add(space.Members, ref found);
            }
        }
    }
}
