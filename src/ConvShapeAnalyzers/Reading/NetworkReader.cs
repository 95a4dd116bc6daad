using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ConvShapeAnalyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConvShapeAnalyzers.Reading
{
    /// <summary>
    /// The one attribute reader: turns a [Network] type into a value-equal <see cref="NetworkDeclaration"/>. The generator
    /// and the analyzers both call it, so attributes are interpreted in exactly one place.
    /// </summary>
    public static class NetworkReader
    {
        /// <summary>
        /// The declaration, or null when the [Network] attribute itself does not compile (the compiler reports that). [Network]
        /// and layer arguments that are closed constants are read from syntax, with name lookups to confirm the attributes are
        /// ours; the rest through the compiler's bound attributes. For the generator, whose compilation is not the one
        /// compiled, so binding there is work nobody else reuses. Without sites:
        /// the generator points at no source.
        /// </summary>
        public static NetworkDeclaration? Read(Compilation compilation, INamedTypeSymbol type, CancellationToken cancellationToken) =>
            Read(type, compilation, null, sites: false, null, cancellationToken);

        /// <summary>
        /// As <see cref="Read(Compilation, INamedTypeSymbol, CancellationToken)"/>, recording into <paramref name="answers"/> what
        /// the compiler said about the names, so that <see cref="EditedNetworkReader"/> can read the declaration again after an
        /// edit of its arguments alone.
        /// </summary>
        public static NetworkDeclaration? Read(Compilation compilation, INamedTypeSymbol type, NameAnswers answers, CancellationToken cancellationToken) =>
            Read(type, compilation, null, sites: false, answers, cancellationToken);

        /// <summary>As above, for a type whose first [Network] the caller has found already.</summary>
        internal static NetworkDeclaration? Read(Compilation compilation, INamedTypeSymbol type, FirstNetwork network, NameAnswers answers, CancellationToken cancellationToken) =>
            Read(type, compilation, network, null, sites: false, answers, cancellationToken);

        /// <summary>
        /// As <see cref="Read(Compilation, INamedTypeSymbol, CancellationToken)"/>, counting into <paramref name="tally"/> how each
        /// layer was read, and with the layers' sites when <paramref name="sites"/>.
        /// </summary>
        public static NetworkDeclaration? Read(Compilation compilation, INamedTypeSymbol type, ReadTally? tally, bool sites, CancellationToken cancellationToken) =>
            Read(type, compilation, tally, sites, null, cancellationToken);

        /// <summary>
        /// Reads every layer through the compiler's bound attributes: what the analyzers use (the compilation they run on binds
        /// every attribute anyway), and the reference the syntactic reading must equal. <paramref name="sites"/>: also where each
        /// layer and argument is written, which only a finding needs (<see cref="NetworkDeclaration.Sites"/> is empty otherwise).
        /// </summary>
        public static NetworkDeclaration? ReadBound(INamedTypeSymbol type, bool sites, CancellationToken cancellationToken) => Read(type, null, null, sites, null, cancellationToken);

        /// <param name="compilation">The type's compilation, to read [Network] and layers from syntax; null to bind every attribute.</param>
        private static NetworkDeclaration? Read(INamedTypeSymbol type, Compilation? compilation, ReadTally? tally, bool sites, NameAnswers? answers, CancellationToken cancellationToken) =>
            FirstNetwork.Find(type, compilation, cancellationToken) is { } network ? Read(type, compilation, network, tally, sites, answers, cancellationToken) : null;

        private static NetworkDeclaration? Read(INamedTypeSymbol type, Compilation? compilation, FirstNetwork network, ReadTally? tally, bool sites, NameAnswers? answers,
            CancellationToken cancellationToken)
        {
            TensorShape input = network.Input;
            if (tally is not null)
                tally.NetworkFromSyntax = network.FromSyntax;

            string? ns = type.ContainingNamespace is { IsGlobalNamespace: false } space ? space.ToDisplayString() : null;
            // Half-typed code ("partial class" before its name, "namespace Samples.") has names the compiler already rejects.
            if (!IsNameable(type) || (ns is not null && ns.Split('.').Any(segment => !SyntaxFacts.IsValidIdentifier(segment.TrimStart('@')))))
                return null;
            var types = new List<TypeShell>();
            for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
                types.Insert(0, Shell(t));
            var problems = new List<Refusal>();
            if (type.IsFileLocal)
                problems.Add(new Refusal(Rule.InvalidDeclaration, Param.NetworkInput, type.Name + " is file-local, so generated code in another file cannot extend it; remove the file modifier"));
            else if (types.FirstOrDefault(t => !t.IsPartial) is { } closed)
                problems.Add(new Refusal(Rule.InvalidDeclaration, Param.NetworkInput, closed.Name + " is not partial, so the generator cannot add "
                    + type.Name + ".Shapes; declare it partial" + (closed.Name == types[types.Count - 1].Name ? "" : " (every enclosing type must be partial)"),
                    Fix: "partial"));
            // MemberNames first: it comes from the declarations, while GetMembers builds every member's symbol.
            if (type.MemberNames.Contains(GeneratedNames.Shapes) && type.GetMembers(GeneratedNames.Shapes).Any(IsUserDeclared))
                problems.Add(new Refusal(Rule.InvalidDeclaration, Param.NetworkInput, type.Name + " already has a member named Shapes, the class the generator adds; rename the member"));

            var layers = new List<LayerSpec>();
            List<LayerSite>? layerSites = sites ? new List<LayerSite>() : null;
            if (compilation is not null && NetworkLayers.ReadFromSyntax(compilation, type, layers, layerSites, tally, answers, out int bound, cancellationToken))
            {
                if (answers is not null)
                {
                    answers.NetworkAttribute = EditedNetworkReader.IndexOf(type, network.Syntax);
                    // [Network] read from syntax took int constants only; bound, it may still have been written as such.
                    answers.AllArgumentsClosed = bound == 0 && network.Syntax is { } syntax
                        && (network.FromSyntax || Equals(FirstNetwork.ReadInput(syntax, new RecordedNameScope(answers), input.Sizes.Count + 1), input));
                }
            }
            else
                NetworkLayers.ReadBound(type, layers, layerSites, tally, cancellationToken);

            var spec = new NetworkSpec(type.Name, input, layers.ToEquatableArray()) { Problems = problems.ToEquatableArray() };
            return new NetworkDeclaration(ns, types.ToEquatableArray(), spec, network.Syntax is { } written ? Span(written) : SourceSpan.None,
                layerSites is null ? EquatableArray<LayerSite>.Empty : layerSites.ToEquatableArray());
        }

        /// <summary>The type's first [Network] attribute, or null.</summary>
        public static AttributeData? NetworkAttribute(INamedTypeSymbol type)
        {
            foreach (AttributeData attribute in type.GetAttributes())
                if (attribute.AttributeClass is { Name: LayerKinds.NetworkClass, ContainingNamespace: { Name: LayerKinds.Namespace, ContainingNamespace.IsGlobalNamespace: true } })
                    return attribute;
            return null;
        }

        /// <summary>Fields and properties with a layer attribute, in file order (by path, so the order of syntax trees does not matter), then position.</summary>
        public static IReadOnlyList<(ISymbol Member, AttributeData Attribute, LayerKind Kind, int Rank)> LayerMembers(INamedTypeSymbol type)
        {
            ImmutableArray<ISymbol> members = type.GetMembers();
            var found = new List<(ISymbol Member, AttributeData Attribute, LayerKind Kind, int Rank)>(members.Length);
            SyntaxTree? file = null;
            bool inOneFile = true;
            foreach (ISymbol declared in members)
            {
                // [field: Conv2d] on an auto-property or event lands on its hidden backing field: the layer is the property.
                ISymbol? member = declared switch
                {
                    IFieldSymbol { IsImplicitlyDeclared: true, AssociatedSymbol: { } associated } => associated,
                    IFieldSymbol or IPropertySymbol when !declared.IsImplicitlyDeclared => declared,
                    _ => null,
                };
                if (member is null)
                    continue;
                foreach (AttributeData attribute in declared.GetAttributes())
                    if (LayerKinds.TryGet(attribute.AttributeClass, out var layer))
                    {
                        found.Add((member, attribute, layer.Kind, layer.Rank));
                        inOneFile &= declared is not (IFieldSymbol { IsImplicitlyDeclared: true } or IPropertySymbol { IsPartialDefinition: true } or IPropertySymbol { PartialDefinitionPart: not null })
                            && attribute.ApplicationSyntaxReference?.SyntaxTree is { } tree && (file ??= tree) == tree;
                    }
            }
            // GetMembers sorts one file's members by position already, so a member's location, which allocates, is needed only
            // to order several files. A backing field or a partial property goes the long way too: its place in that sort may
            // not be where the reader from syntax puts it.
            if (inOneFile)
                return found;
            return found.Select(f => (Layer: f, Span: Span(f.Member))).ToList().InSourceOrder(f => f.Span).Select(f => f.Layer).ToList();
        }

        private static bool IsNameable(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
                if (!SyntaxFacts.IsValidIdentifier(t.Name) || t.TypeParameters.Any(p => !SyntaxFacts.IsValidIdentifier(p.Name)))
                    return false;
            return true;
        }

        private static TypeShell Shell(INamedTypeSymbol type)
        {
            string keyword = type.IsRecord ? (type.IsValueType ? "record struct" : "record")
                : type.IsValueType ? (type.IsRefLikeType ? "ref struct" : "struct")
                : type.TypeKind == TypeKind.Interface ? "interface" : "class";
            string name = type.TypeParameters.Length == 0 ? Identifier(type.Name) : Identifier(type.Name) + "<" + string.Join(", ", type.TypeParameters.Select(p => Identifier(p.Name))) + ">";
            bool partial = !type.IsFileLocal && type.DeclaringSyntaxReferences.Length > 0 && type.DeclaringSyntaxReferences
                .All(r => r.GetSyntax() is TypeDeclarationSyntax d && d.Modifiers.Any(SyntaxKind.PartialKeyword));
            return new TypeShell(keyword, name, partial);
        }

        /// <summary>A name as C# source: keywords get '@'.</summary>
        public static string Identifier(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

        /// <summary>Declared by the user rather than by our own generated file.</summary>
        private static bool IsUserDeclared(ISymbol symbol) =>
            symbol.DeclaringSyntaxReferences.Any(r => !r.SyntaxTree.FilePath.EndsWith(".Shapes.g.cs", System.StringComparison.Ordinal));

        /// <summary>Where a member's name is declared.</summary>
        internal static SourceSpan Span(ISymbol member) =>
            member.Locations.FirstOrDefault() is { SourceTree: { } tree } location ? new SourceSpan(tree.FilePath, location.SourceSpan.Start, location.SourceSpan.Length) : SourceSpan.None;

        internal static SourceSpan Span(SyntaxNode node) => new SourceSpan(node.SyntaxTree.FilePath, node.Span.Start, node.Span.Length);
    }
}
