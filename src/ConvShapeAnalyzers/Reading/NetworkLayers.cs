using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ConvShapeAnalyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConvShapeAnalyzers.Reading
{
    /// <summary>
    /// Reads a network's layers and where each is declared: from syntax where every argument is a closed constant, through
    /// the compiler's bound attributes otherwise. Both ways end in the same <see cref="LayerReader"/>.
    /// </summary>
    internal static class NetworkLayers
    {
        /// <summary>
        /// Reads the layers as written, binding only the layers whose arguments are not closed constants or whose reading
        /// finds a problem (so every message quotes the compiler's rendering). False, with nothing added, when the syntax
        /// cannot settle which attributes are layers; the caller then binds every layer. <paramref name="sites"/>: null to skip them.
        /// <paramref name="bound"/>: how many layers were read through the compiler.
        /// </summary>
        public static bool ReadFromSyntax(Compilation compilation, INamedTypeSymbol type, List<LayerSpec> layers, List<LayerSite>? sites, ReadTally? tally,
            NameAnswers? answers, out int bound, CancellationToken cancellationToken)
        {
            bound = 0;
            if (LayerSyntax.Find(compilation, type, answers, cancellationToken) is not { } found)
                return false;
            var read = new List<LayerSpec>(found.Count);
            foreach (LayerAttributeSyntax layer in found)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (ReadClosed(layer) is not { } spec)
                {
                    LayerKinds.TryGet(layer.AttributeClass, out var kind);
                    if (Bound(compilation, layer, cancellationToken) is not { } attribute || !LayerKinds.TryGet(attribute.AttributeClass, out var boundKind) || boundKind != kind)
                        return false;    // the binder disagrees with the name lookup: trust the binder for the whole network
                    spec = LayerReader.Read(layer.Member, kind.Kind, kind.Rank, LayerArguments.FromBound(attribute), layer.Attribute);
                    bound++;
                }
                read.Add(spec);
            }
            layers.AddRange(read);
            if (sites is not null)
                foreach (LayerAttributeSyntax layer in found)
                    sites.Add(Site(layer.MemberSpan, layer.Attribute, AttributeSignatures.Get(layer.AttributeClass)));
            if (tally is not null)
            {
                tally.LayersBound += bound;
                tally.LayersFromSyntax += found.Count - bound;
            }
            return true;
        }

        /// <summary>
        /// One layer read from its syntax alone, or null when the compiler must read it: an argument that is not a closed
        /// constant, or a reading that finds a problem (its message must quote the compiler's rendering of the argument).
        /// </summary>
        public static LayerSpec? ReadClosed(LayerAttributeSyntax layer)
        {
            LayerKinds.TryGet(layer.AttributeClass, out var kind);
            return SyntaxArguments.Read(layer) is { } arguments
                && LayerReader.Read(layer.Member, kind.Kind, kind.Rank, arguments, layer.Attribute) is { Problems.IsEmpty: true } spec ? spec : null;
        }

        /// <summary>The compiler's binding of one layer attribute: its member's attributes, matched by position.</summary>
        private static AttributeData? Bound(Compilation compilation, LayerAttributeSyntax layer, CancellationToken cancellationToken)
        {
            if (compilation.GetSemanticModel(layer.Attribute.SyntaxTree).GetDeclaredSymbol(layer.MemberNode, cancellationToken) is not { } member)
                return null;
            foreach (AttributeData attribute in member.GetAttributes())
                if (attribute.ApplicationSyntaxReference is { } reference && reference.SyntaxTree == layer.Attribute.SyntaxTree && reference.Span == layer.Attribute.Span)
                    return attribute;
            return null;
        }

        /// <summary>Reads every layer through the compiler's bound attributes; <paramref name="sites"/>: null to skip them.</summary>
        public static void ReadBound(INamedTypeSymbol type, List<LayerSpec> layers, List<LayerSite>? sites, ReadTally? tally, CancellationToken cancellationToken)
        {
            IReadOnlyList<(ISymbol Member, AttributeData Attribute, LayerKind Kind, int Rank)> members = NetworkReader.LayerMembers(type);
            layers.Capacity = layers.Count + members.Count;
            foreach ((ISymbol member, AttributeData attribute, LayerKind kind, int rank) in members)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
                LayerSpec layer = LayerReader.Read(member.Name, kind, rank, LayerArguments.FromBound(attribute), syntax);
                if (Unnamed(member) is { } what)
                    layer = layer with { Problems = layer.Problems.Concat(new[] { new Refusal(Rule.InvalidDeclaration, Param.Layer,
                        "[" + Axes.ModuleName(kind, rank) + "] is on " + what + ", whose name no generated constant can take; put it on a field or property") }).ToEquatableArray() };
                layers.Add(layer);
                sites?.Add(Site(NetworkReader.Span(member), syntax, AttributeSignatures.Get(attribute.AttributeClass!.Name)));
                if (tally is not null)
                    tally.LayersBound++;
            }
        }

        /// <summary>What a member is when its name is not an identifier (an indexer, an explicit interface implementation), or null.</summary>
        private static string? Unnamed(ISymbol member) => member switch
        {
            IPropertySymbol { IsIndexer: true } => "an indexer",
            IPropertySymbol { ExplicitInterfaceImplementations.Length: > 0 } => "an explicit interface implementation",
            _ => null,
        };

        private static LayerSite Site(SourceSpan member, AttributeSyntax? syntax, AttributeSignature? signature)
        {
            SourceSpan attributeSpan = syntax is null ? SourceSpan.None : NetworkReader.Span(syntax);
            var positional = new List<SourceSpan>();
            var named = new List<NamedSpan>();
            foreach (AttributeArgumentSyntax argument in syntax?.ArgumentList?.Arguments ?? default)
            {
                SourceSpan span = NetworkReader.Span(argument.Expression);
                if (argument.NameEquals is { } nameEquals)
                {
                    named.Add(new NamedSpan(nameEquals.Name.Identifier.ValueText, span));
                    continue;
                }
                int index = positional.Count;
                if (argument.NameColon is { } nameColon && signature?.IndexOf(nameColon.Name.Identifier.ValueText) is int ordinal && ordinal >= 0)
                    index = ordinal;
                while (positional.Count <= index)
                    positional.Add(attributeSpan);
                positional[index] = span;
            }
            return new LayerSite(attributeSpan, member, positional.ToEquatableArray(), named.ToEquatableArray());
        }
    }
}
