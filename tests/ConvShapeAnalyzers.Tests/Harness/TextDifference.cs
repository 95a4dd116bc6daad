using System;
using System.Text;

namespace ConvShapeAnalyzers.Tests.Harness;

/// <summary>Explains where two texts part ways, with both texts in full (fixed code is short).</summary>
public static class TextDifference
{
    public static string Describe(string context, string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line])
        {
            line++;
        }

        var m = new StringBuilder();
        m.AppendLine($"{context}: the text differs from the expected text, first at line {line + 1}.");
        m.AppendLine("  expected: " + (line < e.Length ? Visible(e[line]) : "(end of text)"));
        m.AppendLine("  actual:   " + (line < a.Length ? Visible(a[line]) : "(end of text)"));
        m.AppendLine("----- expected -----");
        m.AppendLine(expected);
        m.AppendLine("----- actual -----");
        m.AppendLine(actual);
        return m.ToString();
    }

    // Trailing spaces and tabs are the usual invisible culprits.
    private static string Visible(string line) => "\"" + line.Replace("\t", "\\t", StringComparison.Ordinal) + "\"";
}
