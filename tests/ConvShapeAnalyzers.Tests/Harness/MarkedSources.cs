using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace ConvShapeAnalyzers.Tests.Harness;

/// <summary>Test sources with their markup parsed: the clean files, and every marked span with its file.</summary>
public sealed class MarkedSources
{
    private MarkedSources(ImmutableArray<TestSource> sources, ImmutableArray<(string Path, MarkupSpan Span)> spans)
    {
        Sources = sources;
        Spans = spans;
    }

    public ImmutableArray<TestSource> Sources { get; }

    public ImmutableArray<(string Path, MarkupSpan Span)> Spans { get; }

    public string FirstPath => Sources.Length == 0 ? TestSource.DefaultPath(0) : Sources[0].Path;

    /// <summary>Parses each markup string as /0/Test{i}.cs.</summary>
    public static MarkedSources Parse(IReadOnlyList<string> markupSources)
    {
        var sources = ImmutableArray.CreateBuilder<TestSource>();
        var spans = ImmutableArray.CreateBuilder<(string, MarkupSpan)>();
        for (var i = 0; i < markupSources.Count; i++)
        {
            var path = TestSource.DefaultPath(i);
            var parsed = Markup.Parse(markupSources[i]);
            sources.Add(new TestSource(path, parsed.Source));
            spans.AddRange(parsed.Spans.Select(s => (path, s)));
        }

        var twice = spans.Where(s => s.Item2.LocationIndex is not null).GroupBy(s => s.Item2.LocationIndex).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new System.FormatException($"Markup location #{twice.Key} is used in more than one place.");
        }

        return new MarkedSources(sources.ToImmutable(), spans.ToImmutable());
    }

    public LinePositionSpan LineSpan(string path, TextSpan span) =>
        SourceText.From(Sources.First(s => s.Path == path).Text).Lines.GetLinePositionSpan(span);
}
