using System.Collections.Concurrent;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
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
    /// unchanged) and on that environment, so after a keystroke only the edited file's networks are read. And when the
    /// environment is unchanged, so that the edit touched no declaration, only arguments, bodies or comments, those networks are
    /// read again from their syntax with the name lookups of their earlier reading (<see cref="EditedNetworkReader"/>),
    /// without the compiler. The environment must be the very instance the reading was made under, which the driver keeps
    /// while it stays equal: a new driver starts cold.
    /// </summary>
    internal static class NetworkReadCache
    {
        private sealed record Reading(ReadEnvironment Environment, NetworkDeclaration? Declaration);

        private sealed class Slot
        {
            public volatile Reading? Last;
        }

        /// <summary>A network's last reading, with what the compiler answered for it, for reading its next edit.</summary>
        private sealed record Earlier(NetworkDeclaration Declaration, NameAnswers Answers);

        private static readonly ConditionalWeakTable<TypeDeclarationSyntax, Slot> Slots = new ConditionalWeakTable<TypeDeclarationSyntax, Slot>();

        /// <summary>Per environment (gone with it), the earlier readings by file and declared name (<see cref="Key"/>).</summary>
        private static readonly ConditionalWeakTable<ReadEnvironment, ConcurrentDictionary<string, Earlier>> EarlierReadings =
            new ConditionalWeakTable<ReadEnvironment, ConcurrentDictionary<string, Earlier>>();

        public static NetworkDeclaration? Read(TypeDeclarationSyntax declaration, ReadEnvironment environment, Compilation compilation, CancellationToken cancellationToken)
        {
            if (Slots.TryGetValue(declaration, out Slot? slot) && slot.Last is { } last && ReferenceEquals(last.Environment, environment))
                return last.Declaration;
            ConcurrentDictionary<string, Earlier> earlier = EarlierReadings.GetValue(environment, static _ => new ConcurrentDictionary<string, Earlier>());
            string key = Key(declaration);
            NetworkDeclaration? read;
            NameAnswers answers;
            bool inOneFile = true;
            if (earlier.TryGetValue(key, out Earlier? before) && EditedNetworkReader.Read(before.Declaration, before.Answers, declaration, cancellationToken) is { } reread)
                (read, answers) = (reread, before.Answers);
            else
                read = ReadNow(declaration, compilation, answers = new NameAnswers(), cancellationToken, out inOneFile);
            if (inOneFile)
            {
                Slots.GetValue(declaration, static _ => new Slot()).Last = new Reading(environment, read);
                if (read is not null && answers.NetworkAttribute >= 0)
                    earlier[key] = new Earlier(read, answers);
            }
            return read;
        }

        /// <summary>
        /// The declaration's file and declared name (namespaces, enclosing types, arity): within one environment, the same
        /// key is the same type, as long as that type has one declaration and is not file-local (what answers record).
        /// </summary>
        private static string Key(TypeDeclarationSyntax declaration)
        {
            var key = new StringBuilder(declaration.SyntaxTree.FilePath);
            for (SyntaxNode? node = declaration; node is not null; node = node.Parent)
            {
                if (node is TypeDeclarationSyntax type)
                    key.Append('|').Append(type.Identifier.ValueText).Append('`').Append(type.Arity);
                else if (node is BaseNamespaceDeclarationSyntax space)
                    key.Append('|').Append(space.Name.ToString());
            }
            return key.ToString();
        }

        /// <summary>
        /// The network this declaration carries: the one whose first [Network] attribute it holds (a partial type may have
        /// several parts), or null. <paramref name="inOneFile"/>: the type and every enclosing type are declared in this
        /// declaration's file alone, so the other files reach the reading only through their outlines.
        /// </summary>
        private static NetworkDeclaration? ReadNow(TypeDeclarationSyntax declaration, Compilation compilation, NameAnswers answers, CancellationToken cancellationToken, out bool inOneFile)
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
            return NetworkReader.Read(compilation, type, answers, cancellationToken);
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
