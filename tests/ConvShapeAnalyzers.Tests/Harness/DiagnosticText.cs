using System.Globalization;
using Microsoft.CodeAnalysis;

namespace ConvShapeAnalyzers.Tests.Harness;

/// <summary>One-line descriptions of actual diagnostics, in the same shape as expected ones.</summary>
public static class DiagnosticText
{
    public static string Message(Diagnostic d) => d.GetMessage(CultureInfo.InvariantCulture);

    /// <summary><c>path(line,col)-(line,col)</c>, 1-based, or "(no location)".</summary>
    public static string Where(Location location)
    {
        if (!location.IsInSource)
        {
            return "(no location)";
        }

        var span = location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1})";
    }

    public static string Describe(Diagnostic d) => $"{d.Id} {d.Severity} {Where(d.Location)}: {Message(d)}";

    /// <summary>The expectation that would match <paramref name="d"/>, ready to paste into a test.</summary>
    public static string AsExpectation(Diagnostic d)
    {
        var text = $"Diagnostic(\"{d.Id}\")";
        if (d.Location.IsInSource)
        {
            var span = d.Location.GetLineSpan();
            text += $".WithSpan(\"{span.Path}\", {span.StartLinePosition.Line + 1}, {span.StartLinePosition.Character + 1}, {span.EndLinePosition.Line + 1}, {span.EndLinePosition.Character + 1})";
        }

        return text + $".WithSeverity(DiagnosticSeverity.{d.Severity}).WithMessage(\"{Escape(Message(d))}\")";
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace("\"", "\\\"");
}
