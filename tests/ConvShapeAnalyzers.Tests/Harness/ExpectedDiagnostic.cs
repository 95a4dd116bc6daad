using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ConvShapeAnalyzers.Tests.Harness;

/// <summary>A diagnostic a test expects, built like Microsoft.CodeAnalysis.Testing's DiagnosticResult:
/// <c>Diagnostic("CSA2001").WithLocation(0).WithMessage("...")</c>. Without a location it expects a
/// diagnostic that has none. Message and severity are checked only when given.</summary>
public sealed record ExpectedDiagnostic
{
    private ExpectedDiagnostic(string id) => Id = id;

    public string Id { get; }

    /// <summary>The markup location <c>{|#n:...|}</c> this diagnostic is expected at.</summary>
    public int? MarkupLocation { get; private init; }

    /// <summary>File path of an explicit span; null means the first test source.</summary>
    public string? Path { get; private init; }

    /// <summary>An explicit 0-based span (given 1-based to <see cref="WithSpan(int, int, int, int)"/>).</summary>
    public LinePositionSpan? Span { get; private init; }

    public string? Message { get; private init; }

    public DiagnosticSeverity? Severity { get; private init; }

    public bool HasLocation => MarkupLocation is not null || Span is not null;

    public static ExpectedDiagnostic Diagnostic(string id) => new(id);

    public ExpectedDiagnostic WithLocation(int markupLocation) =>
        this with { MarkupLocation = markupLocation, Path = null, Span = null };

    /// <summary>1-based lines and columns, as an editor shows them.</summary>
    public ExpectedDiagnostic WithSpan(int startLine, int startColumn, int endLine, int endColumn) =>
        WithSpan(null, startLine, startColumn, endLine, endColumn);

    public ExpectedDiagnostic WithSpan(string? path, int startLine, int startColumn, int endLine, int endColumn) =>
        this with
        {
            MarkupLocation = null,
            Path = path,
            Span = new LinePositionSpan(new LinePosition(startLine - 1, startColumn - 1), new LinePosition(endLine - 1, endColumn - 1)),
        };

    /// <summary>Resolved location (0-based span): what markup and default paths turn into.</summary>
    internal ExpectedDiagnostic At(string path, LinePositionSpan span) =>
        this with { MarkupLocation = null, Path = path, Span = span };

    public ExpectedDiagnostic WithMessage(string message) => this with { Message = message };

    public ExpectedDiagnostic WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };

    public override string ToString()
    {
        var where = MarkupLocation is { } n ? $"{{|#{n}:|}}"
            : Span is { } s ? string.Create(CultureInfo.InvariantCulture, $"{Path ?? "(first source)"}({s.Start.Line + 1},{s.Start.Character + 1})-({s.End.Line + 1},{s.End.Character + 1})")
            : "(no location)";
        return $"{Id} {(Severity?.ToString() ?? "(any severity)")} {where}: {(Message is null ? "(any message)" : Message)}";
    }
}
