using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ConvShapeAnalyzers.Figures;
using Xunit;

namespace ConvShapeAnalyzers.Figures.Tests
{
    /// <summary>
    /// docs/figures holds exactly what `convshape figures docs/figures` writes (docs/figures/README.md), the guide's figures
    /// show the guide's output sizes (DESIGN 3.1), and the rule pages' images exist.
    /// </summary>
    public sealed class CommittedFigureTests
    {
        public static TheoryData<string> FileNames => new TheoryData<string>(FigureCatalog.All.Select(f => f.FileName));

        [Theory]
        [MemberData(nameof(FileNames))]
        public void CommittedFigure_IsByteIdenticalToARegeneratedOne(string fileName)
        {
            string committed = Path.Combine(RepositoryRoot(), "docs", "figures", fileName);
            Assert.True(File.Exists(committed), committed + " is missing: run the command in docs/figures/README.md");

            byte[] regenerated = new UTF8Encoding(false).GetBytes(FigureCatalog.All.Single(f => f.FileName == fileName).Render());

            Assert.True(regenerated.SequenceEqual(File.ReadAllBytes(committed)), fileName + " is stale: run the command in docs/figures/README.md");
        }

        [Fact]
        public void FiguresFolder_HoldsNoFigureTheCatalogLacks()
        {
            var committed = Directory.GetFiles(Path.Combine(RepositoryRoot(), "docs", "figures"), "*.svg").Select(Path.GetFileName);

            Assert.Empty(committed.Except(FigureCatalog.All.Select(f => f.FileName)));
        }

        // The output sizes of DESIGN 3.1, from the guide.
        [Theory]
        [InlineData("fig-2.1.svg", 2)]
        [InlineData("fig-2.2.svg", 6)]
        [InlineData("fig-2.3.svg", 5)]
        [InlineData("fig-2.4.svg", 7)]
        [InlineData("fig-2.5.svg", 2)]
        [InlineData("fig-2.6.svg", 3)]
        [InlineData("fig-2.7.svg", 3)]
        [InlineData("fig-4.1.svg", 4)]
        [InlineData("fig-4.2.svg", 5)]
        [InlineData("fig-4.3.svg", 5)]
        [InlineData("fig-4.4.svg", 5)]
        [InlineData("fig-4.5.svg", 5)]
        [InlineData("fig-4.6.svg", 5)]
        [InlineData("fig-4.7.svg", 6)]
        [InlineData("fig-5.1.svg", 3)]
        public void GuideFigure_ShowsTheGuidesOutputSize(string fileName, int output)
        {
            Svg svg = Svg.Parse(FigureCatalog.All.Single(f => f.FileName == fileName).Render());

            Assert.Equal(output + "," + output, (string?)svg.WithClass("figure").Single().Attribute("data-output"));
            Assert.Equal(output * output, svg.WithClass("placement").Count());
        }

        [Theory]
        [InlineData("CSA1002.md", "csa1002.svg")]
        [InlineData("CSA2004.md", "csa2004.svg")]
        [InlineData("CSA3001.md", "csa3001.svg")]
        [InlineData("CSA3002.md", "csa3002.svg")]
        public void RulePage_ShowsItsFigureUnderWhatItMeans(string page, string figure)
        {
            string text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", page)).Replace("\r\n", "\n");
            string meaning = text.Substring(text.IndexOf("## What it means", StringComparison.Ordinal));
            meaning = meaning.Substring(0, meaning.IndexOf("\n## ", 1, StringComparison.Ordinal));

            Assert.Matches(new Regex(@"!\[[^\]]+\]\(\.\./figures/" + Regex.Escape(figure) + @"\)"), meaning);
        }

        /// <summary>The folder holding ConvShapeAnalyzers.sln, walking up from the test binaries.</summary>
        internal static string RepositoryRoot()
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "ConvShapeAnalyzers.sln")))
                    return folder.FullName;
            }
            throw new InvalidOperationException("ConvShapeAnalyzers.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
