using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ConvShapeAnalyzers.Tests.Harness;

/// <summary>A span marked in test source: <c>[|x|]</c> (no id, no index), <c>{|CSA2001:x|}</c> (id) or <c>{|#0:x|}</c> (index).</summary>
public sealed record MarkupSpan(TextSpan Span, string? DiagnosticId, int? LocationIndex)
{
    /// <summary>True for <c>[|...|]</c>: a diagnostic whose id the test gives separately.</summary>
    public bool IsAnonymous => DiagnosticId is null && LocationIndex is null;
}

/// <summary>Source with its markup removed, and the spans the markup marked (in order of their opening).</summary>
public sealed record MarkupResult(string Source, ImmutableArray<MarkupSpan> Spans);

/// <summary>Parses the Microsoft.CodeAnalysis.Testing markup conventions; nesting is allowed, crossing is an error.</summary>
public static class Markup
{
    private sealed record Open(int Start, char Closer, string? Name, int MarkupOffset, int Order);

    public static MarkupResult Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var open = new Stack<Open>();
        var done = new List<(int Order, MarkupSpan Span)>();
        var order = 0;
        var i = 0;
        while (i < markup.Length)
        {
            if (At(markup, i, "[|"))
            {
                open.Push(new Open(text.Length, ']', null, i, order++));
                i += 2;
            }
            else if (At(markup, i, "{|"))
            {
                var colon = ReadName(markup, i + 2);
                open.Push(new Open(text.Length, '}', markup.Substring(i + 2, colon - i - 2), i, order++));
                i = colon + 1;
            }
            else if (At(markup, i, "|]") || At(markup, i, "|}"))
            {
                var closer = markup[i + 1];
                if (open.Count == 0)
                {
                    throw Error(markup, i, $"'|{closer}' closes nothing");
                }

                var top = open.Pop();
                if (top.Closer != closer)
                {
                    throw Error(markup, i, $"'|{closer}' closes the span opened at {Where(markup, top.MarkupOffset)}, which needs '|{top.Closer}' (spans may nest, not cross)");
                }

                done.Add((top.Order, ToSpan(markup, top, TextSpan.FromBounds(top.Start, text.Length))));
                i += 2;
            }
            else
            {
                text.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            var first = open.Last();
            throw Error(markup, first.MarkupOffset, "span is never closed");
        }

        var spans = done.OrderBy(d => d.Order).Select(d => d.Span).ToImmutableArray();
        CheckUniqueIndices(spans);
        return new MarkupResult(text.ToString(), spans);
    }

    private static bool At(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;

    // A name is an id (CSA2001) or #index, then ':'.
    private static int ReadName(string markup, int start)
    {
        var j = start;
        while (j < markup.Length && (char.IsLetterOrDigit(markup[j]) || markup[j] is '_' or '#' or '.' or '-'))
        {
            j++;
        }

        if (j == start || j >= markup.Length || markup[j] != ':')
        {
            throw Error(markup, start - 2, "'{|' must be followed by a name and ':', as in {|CSA2001:text|} or {|#0:text|}");
        }

        return j;
    }

    private static MarkupSpan ToSpan(string markup, Open o, TextSpan span)
    {
        if (o.Name is null)
        {
            return new MarkupSpan(span, null, null);
        }

        if (o.Name.StartsWith('#'))
        {
            if (!int.TryParse(o.Name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                throw Error(markup, o.MarkupOffset, $"'{o.Name}' is not a location index like #0");
            }

            return new MarkupSpan(span, null, index);
        }

        return new MarkupSpan(span, o.Name, null);
    }

    private static void CheckUniqueIndices(ImmutableArray<MarkupSpan> spans)
    {
        var twice = spans.Where(s => s.LocationIndex is not null)
            .GroupBy(s => s.LocationIndex!.Value)
            .FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new FormatException($"Markup location #{twice.Key} is used more than once.");
        }
    }

    private static FormatException Error(string markup, int offset, string what) =>
        new($"Bad test markup at {Where(markup, offset)}: {what}.");

    // 1-based line:column in the markup text, for error messages.
    private static string Where(string markup, int offset)
    {
        var line = 1;
        var col = 1;
        for (var k = 0; k < offset && k < markup.Length; k++)
        {
            if (markup[k] == '\n')
            {
                line++;
                col = 1;
            }
            else
            {
                col++;
            }
        }

        return $"{line}:{col}";
    }
}
