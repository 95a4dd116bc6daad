using System.Collections.Generic;
using System.Linq;
using ConvShapeAnalyzers.Core;

namespace ConvShapeAnalyzers.Reading
{
    /// <summary>A span of source as plain values, so models stay value-equal and hold no syntax tree.</summary>
    public sealed record SourceSpan(string Path, int Start, int Length)
    {
        /// <summary>No place in source: a declaration the compiler made up, or one of metadata.</summary>
        public static SourceSpan None { get; } = new SourceSpan("", 0, 0);
    }

    internal static class SourceOrder
    {
        /// <summary>
        /// The reading order of layers: by file path (so the order of syntax trees does not matter), then position; stable,
        /// so several attributes on one member keep theirs.
        /// </summary>
        public static IEnumerable<T> InSourceOrder<T>(this IReadOnlyList<T> items, System.Func<T, SourceSpan> span)
        {
            // Members usually come in source order already (one declaration); then sorting would only allocate.
            for (int n = 1; n < items.Count; n++)
                if (Compare(span(items[n - 1]), span(items[n])) > 0)
                    return items.OrderBy(i => span(i).Path, System.StringComparer.Ordinal).ThenBy(i => span(i).Start);
            return items;
        }

        private static int Compare(SourceSpan a, SourceSpan b)
        {
            int byPath = string.CompareOrdinal(a.Path, b.Path);
            return byPath != 0 ? byPath : a.Start.CompareTo(b.Start);
        }
    }

    /// <summary>A named argument's value span (<c>Stride = 2</c> → the span of <c>2</c>).</summary>
    public sealed record NamedSpan(string Name, SourceSpan Span);

    /// <summary>
    /// Where a layer's declaration and its arguments are: the attribute, each positional argument (a params array's
    /// items continue the list), and each named argument's value. Diagnostics point at these.
    /// </summary>
    public sealed record LayerSite(SourceSpan Attribute, SourceSpan Member, EquatableArray<SourceSpan> Positional, EquatableArray<NamedSpan> Named);

    /// <summary>A type declaration the generated code must reopen: keyword ("class", "record struct", ...), name with type parameters.</summary>
    public sealed record TypeShell(string Keyword, string Name, bool IsPartial);

    /// <summary>
    /// What the reader finds on one [Network] type: where it lives (namespace, enclosing types outermost first, the type
    /// itself), the network as the core sees it, and where each part is declared.
    /// </summary>
    public sealed record NetworkDeclaration(string? Namespace, EquatableArray<TypeShell> Types, NetworkSpec Spec, SourceSpan Attribute, EquatableArray<LayerSite> Sites)
    {
        /// <summary>
        /// Generated code can reopen the type: the reader found no declaration problem (a type or enclosing type not
        /// partial, a file-local type, a member already named Shapes), which it reports as CSA1009 instead.
        /// </summary>
        public bool CanExtend => System.Linq.Enumerable.All(Spec.Problems, p => p.Rule != Rule.InvalidDeclaration);
    }
}
