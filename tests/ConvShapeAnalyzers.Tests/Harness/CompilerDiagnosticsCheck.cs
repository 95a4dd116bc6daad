using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Harness;

/// <summary>Fails the test when a compilation has compiler diagnostics the policy does not allow,
/// printing them together with the generated sources (where such errors usually come from).</summary>
public static class CompilerDiagnosticsCheck
{
    public static void AssertClean(
        Compilation compilation,
        Func<SyntaxTree, bool> isGenerated,
        CompilerErrorPolicy policy,
        string context)
    {
        if (policy == CompilerErrorPolicy.AllowAll)
        {
            return;
        }

        var bad = compilation.GetDiagnostics()
            .Where(d => IsBad(d, isGenerated, policy))
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();
        if (bad.Count == 0)
        {
            return;
        }

        var message = new StringBuilder();
        message.AppendLine(CultureInfo.InvariantCulture, $"{context}: the compilation has {bad.Count} compiler diagnostic(s) not allowed by CompilerErrorPolicy.{policy}:");
        foreach (var d in bad)
        {
            message.AppendLine("  " + DiagnosticText.Describe(d));
        }

        AppendGeneratedSources(message, compilation.SyntaxTrees.Where(isGenerated));
        Assert.Fail(message.ToString());
    }

    private static bool IsBad(Diagnostic d, Func<SyntaxTree, bool> isGenerated, CompilerErrorPolicy policy)
    {
        var inGenerated = d.Location.SourceTree is { } tree && isGenerated(tree);
        if (inGenerated)
        {
            return d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning;
        }

        return policy == CompilerErrorPolicy.Fail && d.Severity == DiagnosticSeverity.Error;
    }

    public static void AppendGeneratedSources(StringBuilder message, IEnumerable<SyntaxTree> generated)
    {
        foreach (var tree in generated)
        {
            message.AppendLine();
            message.AppendLine("----- generated: " + tree.FilePath + " -----");
            var lineNumber = 1;
            foreach (var line in tree.GetText().Lines)
            {
                message.AppendLine(CultureInfo.InvariantCulture, $"{lineNumber++,4}: {line}");
            }
        }
    }
}
