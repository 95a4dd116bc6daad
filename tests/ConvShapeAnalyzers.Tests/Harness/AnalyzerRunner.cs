using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Harness;

/// <summary>Runs analyzers the way the compiler does (concurrently), and fails the test on any analyzer
/// exception: in a real build it only shows as an easily ignored AD0001 warning.</summary>
public static class AnalyzerRunner
{
    /// <summary>Turns on every diagnostic the analyzers support at its default severity, including those
    /// disabled by default, so tests can see them (as Microsoft.CodeAnalysis.Testing does).</summary>
    public static CompilationOptions EnableAll(CompilationOptions options, IEnumerable<DiagnosticAnalyzer> analyzers)
    {
        var specific = options.SpecificDiagnosticOptions;
        foreach (var d in analyzers.SelectMany(a => a.SupportedDiagnostics))
        {
            specific = specific.SetItem(d.Id, d.DefaultSeverity switch
            {
                DiagnosticSeverity.Error => ReportDiagnostic.Error,
                DiagnosticSeverity.Warning => ReportDiagnostic.Warn,
                DiagnosticSeverity.Info => ReportDiagnostic.Info,
                _ => ReportDiagnostic.Hidden,
            });
        }

        return options.WithSpecificDiagnosticOptions(specific);
    }

    public static async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(
        Compilation compilation,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        CancellationToken cancellationToken = default)
    {
        if (analyzers.IsEmpty)
        {
            return ImmutableArray<Diagnostic>.Empty;
        }

        var exceptions = new ConcurrentQueue<(Exception Exception, DiagnosticAnalyzer Analyzer)>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (e, analyzer, _) => exceptions.Enqueue((e, analyzer)),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation
            .WithOptions(EnableAll(compilation.Options, analyzers))
            .WithAnalyzers(analyzers, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

        AssertNoAnalyzerException(exceptions, diagnostics);
        return diagnostics;
    }

    private static void AssertNoAnalyzerException(
        IReadOnlyCollection<(Exception Exception, DiagnosticAnalyzer Analyzer)> exceptions,
        ImmutableArray<Diagnostic> diagnostics)
    {
        var ad0001 = diagnostics.Where(d => d.Id is "AD0001" or "AD0002").ToList();
        if (exceptions.Count == 0 && ad0001.Count == 0)
        {
            return;
        }

        var m = new StringBuilder("An analyzer threw (a real build reports only AD0001 and loses the analyzer's diagnostics):");
        m.AppendLine();
        foreach (var (e, analyzer) in exceptions)
        {
            m.AppendLine($"{analyzer.GetType().FullName}: {e}");
        }

        ad0001.ForEach(d => m.AppendLine(DiagnosticText.Describe(d)));
        Assert.Fail(m.ToString());
    }
}
