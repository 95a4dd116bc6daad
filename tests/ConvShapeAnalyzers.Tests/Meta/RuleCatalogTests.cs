using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConvShapeAnalyzers.Analysis;
using ConvShapeAnalyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Meta;

/// <summary>The rule documentation cannot drift from the descriptors: pages, README table, release notes.</summary>
public class RuleCatalogTests
{
    private static readonly HashSet<string> Fixable = TestComponents.Default.FixableIds.ToHashSet();

    public static IEnumerable<object[]> Ids => Descriptors.All.Select(d => new object[] { d.Id });

    [Fact]
    public void Descriptors_CoverEveryIdOfTheSpec()
    {
        string[] spec = { "CSA1001", "CSA1002", "CSA1003", "CSA1004", "CSA1005", "CSA1006", "CSA1007", "CSA1008", "CSA1009",
            "CSA2001", "CSA2002", "CSA2003", "CSA2004", "CSA2005", "CSA3001", "CSA3002", "CSA3003", "CSA4001", "CSA4002" };
        Assert.Equal(spec, Descriptors.All.Select(d => d.Id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_HasItsPageAndHelpLink(string id)
    {
        DiagnosticDescriptor descriptor = Descriptors.All.Single(d => d.Id == id);
        string page = RepositoryFiles.Read("docs/rules/" + id + ".md");
        Assert.StartsWith("# " + id + ": ", page);
        Assert.Contains("**Severity:** " + descriptor.DefaultSeverity, page);
        Assert.Contains("dotnet_diagnostic." + id + ".severity", page);
        Assert.Contains("```csharp", page);
        Assert.Equal(Descriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        Assert.Contains("(" + id + ".md)", RepositoryFiles.Read("docs/rules/README.md"));
    }

    [Fact]
    public void ReadmeRuleTable_MatchesTheDescriptorsAndFixes()
    {
        string readme = RepositoryFiles.Read("README.md");
        int start = readme.IndexOf("<!-- rules:start -->"), end = readme.IndexOf("<!-- rules:end -->");
        Assert.True(start >= 0 && end > start, "README has no rules table markers");
        string[] rows = readme.Substring(start, end - start).Split('\n').Where(l => l.StartsWith("| [CSA")).ToArray();
        string[] expected = Descriptors.All.Select(d =>
            "| [" + d.Id + "](docs/rules/" + d.Id + ".md) | " + d.DefaultSeverity + " | " + d.Title + " | " + (Fixable.Contains(d.Id) ? "yes" : "no") + " |").ToArray();
        Assert.Equal(expected, rows);
    }

    [Fact]
    public void UnshippedReleaseNotes_ListEveryDescriptor()
    {
        string[] rows = RepositoryFiles.Read("src/ConvShapeAnalyzers/AnalyzerReleases.Unshipped.md").Split('\n').Where(l => l.StartsWith("CSA")).ToArray();
        string[] expected = Descriptors.All.Select(d => d.Id + " | " + d.Category + " | " + d.DefaultSeverity + " | " + d.Title).ToArray();
        Assert.Equal(expected, rows);
    }

    [Fact]
    public void FixablePages_SayTheyHaveAFix()
    {
        foreach (DiagnosticDescriptor descriptor in Descriptors.All)
        {
            string page = RepositoryFiles.Read("docs/rules/" + descriptor.Id + ".md");
            Assert.True(page.Contains("**Code fix:** yes") == Fixable.Contains(descriptor.Id), descriptor.Id + ": the page's code-fix line disagrees with the code fixes");
        }
    }
}
