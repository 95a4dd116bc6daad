using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ConvShapeAnalyzers.Tests.Harness;

/// <summary>Turns the test's expectations plus its markup into a flat list of expectations with concrete
/// paths and spans: <c>{|#n:|}</c> resolves to its span, <c>{|ID:|}</c> and <c>[||]</c> become expectations.</summary>
public static class ExpectationResolver
{
    public static ImmutableArray<ExpectedDiagnostic> Resolve(
        MarkedSources sources,
        IReadOnlyCollection<ExpectedDiagnostic> explicitExpected,
        string? markupDiagnosticId,
        IEnumerable<string> supportedIds)
    {
        var result = ImmutableArray.CreateBuilder<ExpectedDiagnostic>();
        var usedIndices = new HashSet<int>();
        foreach (var e in explicitExpected)
        {
            if (e.MarkupLocation is { } n)
            {
                var (path, span) = sources.Spans.FirstOrDefault(s => s.Span.LocationIndex == n);
                if (path is null)
                {
                    throw new InvalidOperationException($"Expectation '{e}' refers to markup location #{n}, but no source has {{|#{n}:...|}}.");
                }

                usedIndices.Add(n);
                result.Add(e.At(path, sources.LineSpan(path, span.Span)));
            }
            else if (e.Span is { } lineSpan && e.Path is null)
            {
                result.Add(e.At(sources.FirstPath, lineSpan));
            }
            else
            {
                result.Add(e);
            }
        }

        var unused = sources.Spans.Where(s => s.Span.LocationIndex is { } n && !usedIndices.Contains(n)).ToList();
        if (unused.Count > 0)
        {
            throw new InvalidOperationException($"Markup location #{unused[0].Span.LocationIndex} is not used by any expected diagnostic (use .WithLocation({unused[0].Span.LocationIndex})).");
        }

        foreach (var (path, span) in sources.Spans.Where(s => s.Span.LocationIndex is null))
        {
            var id = span.DiagnosticId ?? AnonymousId(explicitExpected, markupDiagnosticId, supportedIds);
            result.Add(ExpectedDiagnostic.Diagnostic(id).At(path, sources.LineSpan(path, span.Span)));
        }

        return result.ToImmutable();
    }

    // [|...|] names no id: take the one the test gives, or the only one that could be meant.
    private static string AnonymousId(IReadOnlyCollection<ExpectedDiagnostic> explicitExpected, string? markupDiagnosticId, IEnumerable<string> supportedIds)
    {
        if (markupDiagnosticId is not null)
        {
            return markupDiagnosticId;
        }

        var explicitIds = explicitExpected.Select(e => e.Id).Distinct(StringComparer.Ordinal).ToList();
        if (explicitIds.Count == 1)
        {
            return explicitIds[0];
        }

        var supported = supportedIds.Distinct(StringComparer.Ordinal).ToList();
        if (explicitIds.Count == 0 && supported.Count == 1)
        {
            return supported[0];
        }

        throw new InvalidOperationException(
            "A [|...|] span needs a single diagnostic id: set VerifierOptions.MarkupDiagnosticId, or use {|ID:...|}. " +
            $"Ids in the expectations: [{string.Join(", ", explicitIds)}]; ids the analyzers support: [{string.Join(", ", supported)}].");
    }
}
