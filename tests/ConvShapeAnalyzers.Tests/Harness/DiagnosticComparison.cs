using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Harness;

/// <summary>Compares actual diagnostics with resolved expectations: exact id and span, and message and
/// severity when the expectation gives them. On mismatch, lists both sides the way the testing library does.</summary>
public static class DiagnosticComparison
{
    public static void AssertMatch(IReadOnlyList<ExpectedDiagnostic> expected, IReadOnlyList<Diagnostic> actual, string context)
    {
        var sortedActual = actual.OrderBy(a => a.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(a => a.Location.SourceSpan.Start).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        var sortedExpected = expected.OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Span?.Start).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();

        // The most constrained expectations pick first, so a loose one cannot steal another's diagnostic.
        var unmatched = new List<Diagnostic>(sortedActual);
        var missing = new List<ExpectedDiagnostic>();
        foreach (var e in sortedExpected.OrderBy(e => (e.Message is null ? 1 : 0) + (e.Severity is null ? 1 : 0)))
        {
            var hit = unmatched.FirstOrDefault(a => Matches(e, a));
            if (hit is null)
            {
                missing.Add(e);
            }
            else
            {
                unmatched.Remove(hit);
            }
        }

        if (missing.Count == 0 && unmatched.Count == 0)
        {
            return;
        }

        Assert.Fail(Describe(context, sortedExpected, sortedActual, missing, unmatched));
    }

    public static bool Matches(ExpectedDiagnostic e, Diagnostic a) =>
        e.Id == a.Id
        && LocationMatches(e, a.Location)
        && (e.Message is null || e.Message == DiagnosticText.Message(a))
        && (e.Severity is null || e.Severity == a.Severity);

    private static bool LocationMatches(ExpectedDiagnostic e, Location location)
    {
        if (!e.HasLocation)
        {
            return !location.IsInSource;
        }

        if (!location.IsInSource)
        {
            return false;
        }

        var span = location.GetLineSpan();
        return span.Path == e.Path && span.Span == e.Span;
    }

    private static string Describe(
        string context,
        List<ExpectedDiagnostic> expected,
        List<Diagnostic> actual,
        List<ExpectedDiagnostic> missing,
        List<Diagnostic> unexpected)
    {
        var m = new StringBuilder();
        m.AppendLine(context + ": the diagnostics differ from the expectations.");
        m.AppendLine($"Expected ({expected.Count}):");
        expected.ForEach(e => m.AppendLine("  " + e));
        m.AppendLine($"Actual ({actual.Count}):");
        actual.ForEach(a => m.AppendLine("  " + DiagnosticText.Describe(a)));
        if (missing.Count > 0)
        {
            m.AppendLine("Missing (expected, not reported):");
            foreach (var e in missing)
            {
                m.AppendLine("  " + e);
                var near = actual.FirstOrDefault(a => a.Id == e.Id && LocationMatches(e, a.Location));
                if (near is not null)
                {
                    m.AppendLine("    same id and place reported as: " + DiagnosticText.Describe(near));
                }
            }
        }

        if (unexpected.Count > 0)
        {
            m.AppendLine("Unexpected (reported, not expected); to expect them:");
            unexpected.ForEach(a => m.AppendLine("  " + DiagnosticText.AsExpectation(a) + ","));
        }

        return m.ToString();
    }
}
