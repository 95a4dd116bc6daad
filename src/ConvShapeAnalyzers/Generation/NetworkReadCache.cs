using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using ConvShapeAnalyzers.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConvShapeAnalyzers.Generation
{
    /// <summary>
    /// The generator's reading of each attributed type declaration, kept while neither the declaration's file nor its
    /// <see cref="ReadEnvironment"/> changes. A new compilation has new symbols, so the driver would have every network read
    /// again after any keystroke; but a reading depends only on its own file (the same syntax node while that file is
    /// unchanged) and on that environment, so after a keystroke only the edited file's networks are read. The environment
    /// must be the very instance the reading was made under, which the driver keeps while it stays equal: a new driver
    /// starts cold.
    /// </summary>
    internal static class NetworkReadCache
    {
        private sealed record Reading(ReadEnvironment Environment, NetworkDeclaration? Declaration);

        private sealed class Slot
        {
            public volatile Reading? Last;
        }

        private static readonly ConditionalWeakTable<TypeDeclarationSyntax, Slot> Slots = new ConditionalWeakTable<TypeDeclarationSyntax, Slot>();

        public static NetworkDeclaration? Read(TypeDeclarationSyntax declaration, ReadEnvironment environment, Compilation compilation, CancellationToken cancellationToken)
        {
            if (Slots.TryGetValue(declaration, out Slot? slot) && slot.Last is { } last && ReferenceEquals(last.Environment, environment))
                return last.Declaration;
            NetworkDeclaration? read = ReadNow(declaration, compilation, cancellationToken, out bool inOneFile);
            if (inOneFile)
                Slots.GetValue(declaration, static _ => new Slot()).Last = new Reading(environment, read);
            return read;
        }

        /// <summary>
        /// The network this declaration carries: the one whose first [Network] attribute it holds (a partial type may have
        /// several parts), or null. <paramref name="inOneFile"/>: the type and every enclosing type are declared in this
        /// declaration's file alone, so the other files reach the reading only through their outlines.
        /// </summary>
        private static NetworkDeclaration? ReadNow(TypeDeclarationSyntax declaration, Compilation compilation, CancellationToken cancellationToken, out bool inOneFile)
        {
            inOneFile = true;
            SemanticModel model = compilation.GetSemanticModel(declaration.SyntaxTree);
            if (!MayCarryNetwork(declaration, model) || model.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol type)
                return null;
            for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
                inOneFile &= t.DeclaringSyntaxReferences.All(r => r.SyntaxTree == declaration.SyntaxTree);
            SyntaxReference? first = NetworkReader.NetworkAttribute(type)?.ApplicationSyntaxReference;
            if (first is null || first.SyntaxTree != declaration.SyntaxTree || !declaration.AttributeLists.Any(list => list.Span.Contains(first.Span)))
                return null;
            return NetworkReader.Read(compilation, type, cancellationToken);
        }

        /// <summary>An attribute written Network, or an alias that might stand for it; what ForAttributeWithMetadataName would look at.</summary>
        private static bool MayCarryNetwork(TypeDeclarationSyntax declaration, SemanticModel model)
        {
            foreach (AttributeListSyntax list in declaration.AttributeLists)
                foreach (AttributeSyntax attribute in list.Attributes)
                {
                    if (LayerKinds.WrittenName(attribute.Name) is "Network" or "NetworkAttribute")
                        return true;
                    if (attribute.Name is IdentifierNameSyntax name && model.GetAliasInfo(name) is not null)
                        return true;
                }
            return false;
        }
    }
}
