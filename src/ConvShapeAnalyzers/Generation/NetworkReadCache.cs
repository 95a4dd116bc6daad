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
    /// unchanged) and on that environment, so after a keystroke only the edited file's networks are read. A network whose
    /// every argument is a closed constant depends on less, only on the names every file declares
    /// (<see cref="NameEnvironment"/>), so it is kept through a member added or a constant changed elsewhere too. And an
    /// edited network whose declaration kept its outline (the edit was inside our attributes' arguments, a body or a
    /// comment) is read again from its syntax with the name lookups of its earlier reading (<see cref="EditedNetworkReader"/>),
    /// without the compiler, while the names stay the same. The environments must be the very instances the reading was made
    /// under, which the driver keeps while they stay equal: a new driver starts cold.
    /// </summary>
    internal static class NetworkReadCache
    {
        /// <summary>A reading and the environment it was made under; <paramref name="NamesOnly"/>: it depends only on that environment's names.</summary>
        private sealed record Reading(ReadEnvironment Environment, NetworkDeclaration? Declaration, bool NamesOnly)
        {
            public bool HoldsIn(ReadEnvironment environment) => ReferenceEquals(Environment, environment) || (NamesOnly && ReferenceEquals(Environment.Names, environment.Names));
        }

        private sealed class Slot
        {
            public volatile Reading? Last;
        }

        /// <summary>
        /// A network's last reading, with what the compiler answered for it, the declaration it read and the environment it
        /// was read under, for reading its next edit.
        /// </summary>
        private sealed record Earlier(NetworkDeclaration Declaration, NameAnswers Answers, TypeDeclarationSyntax Node, ReadEnvironment Environment)
        {
            /// <summary>Its answers still hold: the names are the same (the table it is kept in), and every outline too if an argument read an alias.</summary>
            public bool AnswersHoldIn(ReadEnvironment environment) => !Answers.ArgumentAliases || ReferenceEquals(Environment, environment);
        }

        private static readonly ConditionalWeakTable<TypeDeclarationSyntax, Slot> Slots = new ConditionalWeakTable<TypeDeclarationSyntax, Slot>();

        /// <summary>Per name environment (gone with it), the earlier readings by file and declared name (<see cref="Key"/>).</summary>
        private static readonly ConditionalWeakTable<NameEnvironment, ConcurrentDictionary<string, Earlier>> EarlierReadings =
            new ConditionalWeakTable<NameEnvironment, ConcurrentDictionary<string, Earlier>>();

        /// <param name="counts">Where to count how the declaration was read, or null.</param>
        public static NetworkDeclaration? Read(TypeDeclarationSyntax declaration, ReadEnvironment environment, Compilation compilation, NetworkReadCounts? counts,
            CancellationToken cancellationToken)
        {
            if (Slots.TryGetValue(declaration, out Slot? slot) && slot.Last is { } last && last.HoldsIn(environment))
                return last.Declaration;
            ConcurrentDictionary<string, Earlier> earlier = EarlierReadings.GetValue(environment.Names, static _ => new ConcurrentDictionary<string, Earlier>());
            string key = Key(declaration);
            NetworkDeclaration? read;
            NameAnswers answers;
            bool inOneFile = true, namesOnly;
            if (earlier.TryGetValue(key, out Earlier? before) && before.AnswersHoldIn(environment) && SameOutline(before.Node, declaration, cancellationToken)
                && EditedNetworkReader.Read(before.Declaration, before.Answers, declaration, cancellationToken) is { } reread)
            {
                (read, answers, namesOnly) = (reread, before.Answers, !before.Answers.ArgumentAliases);
                counts?.CountFromEdit();
            }
            else
            {
                counts?.CountWithCompiler();
                read = ReadNow(declaration, compilation, answers = new NameAnswers(), cancellationToken, out inOneFile, out bool mayCarryNetwork);
                namesOnly = read is null ? !mayCarryNetwork : answers.AllArgumentsClosed && !answers.ArgumentAliases && answers.NetworkAttribute >= 0;
            }
            if (inOneFile)
            {
                Slots.GetValue(declaration, static _ => new Slot()).Last = new Reading(environment, read, namesOnly);
                if (read is not null && answers.NetworkAttribute >= 0)
                    earlier[key] = new Earlier(read, answers, declaration, environment);
            }
            return read;
        }

        /// <summary>
        /// Whether the edit left the type's own declaration as another file sees it (its members, their names, the type's
        /// attributes and base types): then its member names, which the answers hold for nameof, are as they were.
        /// </summary>
        private static bool SameOutline(TypeDeclarationSyntax before, TypeDeclarationSyntax after, CancellationToken cancellationToken) =>
            before == after || DeclarationOutline.Of(before, cancellationToken).Equals(DeclarationOutline.Of(after, cancellationToken));

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
        /// <paramref name="mayCarryNetwork"/>: false when no attribute of the declaration can be [Network], which only names decide.
        /// </summary>
        private static NetworkDeclaration? ReadNow(TypeDeclarationSyntax declaration, Compilation compilation, NameAnswers answers, CancellationToken cancellationToken,
            out bool inOneFile, out bool mayCarryNetwork)
        {
            inOneFile = true;
            SemanticModel model = compilation.GetSemanticModel(declaration.SyntaxTree);
            mayCarryNetwork = MayCarryNetwork(declaration, model);
            if (!mayCarryNetwork || model.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol type)
                return null;
            for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
                inOneFile &= t.DeclaringSyntaxReferences.All(r => r.SyntaxTree == declaration.SyntaxTree);
            if (FirstNetwork.Find(type, compilation, cancellationToken) is not { Syntax: { } first } network
                || first.SyntaxTree != declaration.SyntaxTree || !declaration.AttributeLists.Any(list => list.Span.Contains(first.Span)))
                return null;
            return NetworkReader.Read(compilation, type, network, answers, cancellationToken);
        }

        /// <summary>An attribute written Network, or an alias that might stand for it; what ForAttributeWithMetadataName would look at.</summary>
        private static bool MayCarryNetwork(TypeDeclarationSyntax declaration, SemanticModel model)
        {
            foreach (AttributeListSyntax list in declaration.AttributeLists)
                foreach (AttributeSyntax attribute in list.Attributes)
                {
                    if (LayerKinds.WrittenName(attribute.Name) is LayerKinds.NetworkClass or LayerKinds.NetworkClass + "Attribute")
                        return true;
                    if (attribute.Name is IdentifierNameSyntax name && model.GetAliasInfo(name) is not null)
                        return true;
                }
            return false;
        }
    }
}
