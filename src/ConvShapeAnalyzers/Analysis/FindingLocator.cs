using System.Collections.Generic;
using System.Linq;
using ConvShapeAnalyzers.Core;
using ConvShapeAnalyzers.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ConvShapeAnalyzers.Analysis
{
    /// <summary>Maps a finding to the source it is about: the offending argument where there is one, else the attribute.</summary>
    internal static class FindingLocator
    {
        /// <summary><paramref name="trees"/>: the network type's own files, where all its attributes are (a few, not the compilation's thousands).</summary>
        public static Location Locate(Finding finding, NetworkDeclaration declaration, IReadOnlyList<SyntaxTree> trees)
        {
            if (finding.Layer < 0 || finding.Layer >= declaration.Sites.Count)
                return ToLocation(NetworkArgument(declaration.Attribute, finding.ArgIndex, trees) ?? declaration.Attribute, trees);
            LayerSite site = declaration.Sites[finding.Layer];
            LayerKind kind = declaration.Spec.Layers[finding.Layer].Kind;
            return ToLocation(Span(finding, site, kind) ?? site.Attribute, trees);
        }

        private static SourceSpan? Span(Finding finding, LayerSite site, LayerKind kind) => finding.Param switch
        {
            Param.InChannels => Positional(site, kind == LayerKind.GroupNorm ? 1 : 0),
            Param.OutChannels => Positional(site, 1),
            Param.Kernel => Positional(site, kind is LayerKind.Conv or LayerKind.ConvTranspose ? 2 : 0),
            Param.Size => kind == LayerKind.Upsample ? Named(site, "Size") : Positional(site, 0),
            Param.Padding => kind.IsPadding() ? Positional(site, 0) : Named(site, "Padding"),
            Param.Sources => Positional(site, System.Math.Max(finding.ArgIndex, 0)),
            Param.Stride => Named(site, "Stride"),
            Param.Dilation => Named(site, "Dilation"),
            Param.Groups => kind == LayerKind.GroupNorm ? Positional(site, 0) : Named(site, "Groups"),
            Param.OutputPadding => Named(site, "OutputPadding"),
            Param.ScaleFactor => Named(site, "ScaleFactor"),
            Param.From => Named(site, "From"),
            Param.Mirrors => Named(site, "Mirrors"),
            Param.PaddingMode => Named(site, "PaddingMode"),
            Param.Mode => Named(site, "Mode"),
            Param.AlignCorners => Named(site, "AlignCorners"),
            Param.RecomputeScaleFactor => Named(site, "RecomputeScaleFactor"),
            Param.DivisorOverride => Named(site, "DivisorOverride"),
            Param.Factor => Positional(site, 0),
            _ => null,
        };

        /// <summary>
        /// The [Network] argument a network finding names by its constructor index (an input value below 1), written by
        /// position or by name (<c>height: 0</c>, in any order), or null when none is named.
        /// </summary>
        private static SourceSpan? NetworkArgument(SourceSpan attribute, int index, IReadOnlyList<SyntaxTree> trees)
        {
            if (index < 0 || TreeOf(attribute, trees) is not { } tree)
                return null;
            var syntax = tree.GetRoot().FindNode(new TextSpan(attribute.Start, attribute.Length)).FirstAncestorOrSelf<AttributeSyntax>();
            if (syntax?.ArgumentList is not { } list)
                return null;
            SeparatedSyntaxList<AttributeArgumentSyntax> arguments = list.Arguments;
            string name = NetworkParameterName(arguments.Count, index);
            for (int n = 0; n < arguments.Count; n++)
                if (arguments[n].NameColon is { } named ? named.Name.Identifier.ValueText == name : n == index)
                    return NetworkReader.Span(arguments[n].Expression);
            return null;
        }

        /// <summary>
        /// The parameter names of [Network]'s constructors: <c>channels</c>, then the axes of the rank in lower case
        /// (<c>(channels, length)</c>, <c>(channels, height, width)</c>, <c>(channels, depth, height, width)</c>).
        /// </summary>
        private static string NetworkParameterName(int count, int index) =>
            index == 0 ? "channels" : Axes.For(count - 1).ElementAtOrDefault(index - 1)?.ToLowerInvariant() ?? "";

        private static SourceSpan? Positional(LayerSite site, int index) => index < site.Positional.Count ? site.Positional[index] : null;

        private static SourceSpan? Named(LayerSite site, string name) => site.Named.FirstOrDefault(n => n.Name == name)?.Span;

        private static Location ToLocation(SourceSpan span, IReadOnlyList<SyntaxTree> trees) =>
            TreeOf(span, trees) is { } tree ? Location.Create(tree, new TextSpan(span.Start, span.Length)) : Location.None;

        /// <summary>The tree a span was read from, if it still holds it.</summary>
        private static SyntaxTree? TreeOf(SourceSpan span, IReadOnlyList<SyntaxTree> trees) =>
            trees.FirstOrDefault(t => t.FilePath == span.Path && t.Length >= span.Start + span.Length);
    }
}
