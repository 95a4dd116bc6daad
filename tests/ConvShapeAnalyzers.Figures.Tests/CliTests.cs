using System;
using System.IO;
using System.Linq;
using ConvShapeAnalyzers.Figures;
using Xunit;

namespace ConvShapeAnalyzers.Figures.Tests
{
    /// <summary>convshape run in-process: the explanation's numbers, the files draw writes, and one clear line for bad input.</summary>
    public sealed class CliTests
    {
        [Fact]
        public void Explain_Conv2d_PrintsSizeFormulaRelationshipRemainderAndMirror()
        {
            // o = ⌊(6 + 2·1 − 3)/2⌋ + 1 = 3; r = 5 mod 2 = 1 ≤ pr = 1 (padding only); the mirror needs a = 1 to give 6 back.
            CliRun run = CliRun.Of("explain conv2d --input 6 --kernel 3 --stride 2 --padding 1");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal("", run.Error);
            Assert.StartsWith("Conv2d: input 6×6, kernel 3, stride 2, padding 1 → output 3×3\n", run.Output, StringComparison.Ordinal);
            Assert.Contains("Height and Width:\n", run.Output);
            Assert.Contains("o = ⌊(6 + 2·1 − 3)/2⌋ + 1 = 3 (Relationship 6)", run.Output);
            Assert.Contains("relationship: 6 — zero padding, non-unit strides", run.Output);
            Assert.Contains("r = (6 + 2·1 − 3) mod 2 = 1 ≤ pr = 1: 1 position never read (padding: 1, real input: 0)", run.Output);
            Assert.Contains("output padding a = (6 + 2·1 − 3) mod 2 = 1: o = (3 − 1)·2 − 2·1 + 1·(3 − 1) + 1 + 1 = 6 (Relationship 14)", run.Output);
        }

        [Fact]
        public void Explain_DifferentAxes_ExplainsEachAndNamesTheDroppedRow()
        {
            // Height: ⌊(6 − 3)/2⌋ + 1 = 2, r = 1 > 0 drops the last row; Width: ⌊(7 − 3)/2⌋ + 1 = 3, r = 0.
            CliRun run = CliRun.Of("explain conv2d --input 6,7 --kernel 3 --stride 2");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("→ output 2×3\n", run.Output);
            Assert.Contains("Height:\n", run.Output);
            Assert.Contains("Width:\n", run.Output);
            Assert.Contains("1 position never read (padding: 0, real input: 1), losing the last row of the input (CSA3001)", run.Output);
            Assert.Contains("r = (7 + 2·0 − 3) mod 2 = 0: every position is read", run.Output);
        }

        [Fact]
        public void Explain_Transposed_PrintsTheDirectView()
        {
            // The guide's 4.7: (3 − 1)·2 − 2 + 2 + 1 + 1 = 6; i′ = 5, p′ = 1, a = 1.
            CliRun run = CliRun.Of("explain convtranspose2d --input 3 --kernel 3 --stride 2 --padding 1 --output-padding 1");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("→ output 6×6", run.Output);
            Assert.Contains("(Relationship 14)", run.Output);
            Assert.Contains("i′ = (3 − 1)·(2 − 1) + 3 = 5, p′ = 3 − 1 − 1 = 1, a = 1", run.Output);
        }

        [Theory]
        [InlineData("explain maxpool2d --input 7 --kernel 2", "MaxPool2d: input 7×7, kernel 2, stride 2, padding 0 → output 3×3")]
        [InlineData("explain maxpool1d --input 7 --kernel 2 --ceil", "MaxPool1d: input 7, kernel 2, stride 2, padding 0, ceil mode → output 4")]
        [InlineData("explain avgpool1d --input 8 --kernel 3 --stride 1 --padding 1", "AvgPool1d: input 8, kernel 3, stride 1, padding 1 → output 8")]
        [InlineData("explain conv1d --input 7 --kernel 3 --dilation 2", "Conv1d: input 7, kernel 3, stride 1, padding 0, dilation 2 → output 3")]
        [InlineData("explain CONV2D --input 5,6 --kernel 3,2", "Conv2d: input 5×6, kernel (3, 2), stride 1, padding 0 → output 3×5")]
        public void Explain_Layers_PrintTheOutputSize(string commandLine, string firstLine)
        {
            CliRun run = CliRun.Of(commandLine);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(firstLine, run.Output.Split('\n')[0]);
        }

        [Theory]
        [InlineData("explain conv2d --input 6 --kernel 0", "--kernel must be 1 or more, not 0")]
        [InlineData("explain conv2d --input 6 --kernel 3 --padding -1", "--padding must be 0 or more, not -1")]
        [InlineData("explain conv2d --input 2 --kernel 3", "Height and Width: the padded input 2 + 2·0 = 2 is smaller than the kernel 3")]
        [InlineData("explain conv1d --input 2 --kernel 3", "the padded input 2 + 2·0 = 2 is smaller than the kernel 3")]
        [InlineData("explain conv3d --input 6 --kernel 3", "unknown layer 'conv3d'")]
        [InlineData("explain conv2d --input six --kernel 3", "--input: 'six' is not a whole number")]
        [InlineData("explain conv2d --input 6 --kernel 3.5", "--kernel: '3.5' is not a whole number")]
        [InlineData("explain conv2d --input 6,7,8 --kernel 3", "--input takes one value or 2 values")]
        [InlineData("explain conv1d --input 6,7 --kernel 3", "--input takes one value")]
        [InlineData("explain conv2d --input 99999999999 --kernel 3", "too large")]
        [InlineData("explain conv2d --kernel 3", "--input")]
        [InlineData("explain conv2d --input 6 --kernel 3 --frobnicate", "--frobnicate")]
        [InlineData("explain conv2d --input 6 --kernel 3 --output-padding 1", "--output-padding applies only to")]
        [InlineData("explain convtranspose2d --input 3 --kernel 3 --stride 2 --output-padding 2", "must be smaller than the stride or the dilation (2)")]
        [InlineData("explain maxpool2d --input 6 --kernel 2 --padding 2", "more than half the kernel")]
        [InlineData("explain conv2d --input 6 --kernel 3 --ceil", "--ceil applies only to pooling")]
        [InlineData("explain avgpool2d --input 6 --kernel 2 --dilation 2", "average pooling has no dilation")]
        [InlineData("draw conv1d --input 6 --kernel 3 --out x.svg --position 4", "position 4 is out of range")]
        [InlineData("draw conv2d --input 100 --kernel 3 --out x.svg", "too large to draw")]
        [InlineData("", "convshape: ")]
        public void BadArguments_FailWithOneLineOnStderr(string commandLine, string expected)
        {
            CliRun run = CliRun.Of(commandLine);

            Assert.Equal(1, run.ExitCode);
            Assert.Equal("", run.Output);
            Assert.StartsWith("convshape: ", run.Error, StringComparison.Ordinal);
            Assert.Contains(expected, run.Error);
            Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
            Assert.DoesNotContain("   at ", run.Error);
        }

        [Fact]
        public void Draw_WritesTheFigure_AnimatedWithOneFramePerOutputCell()
        {
            string folder = TemporaryFolder();
            string path = Path.Combine(folder, "fig.svg");

            // ⌊(6 + 2·1 − 3)/2⌋ + 1 = 3 per axis: 9 frames.
            CliRun run = CliRun.Of("draw", "conv2d", "--input", "6", "--kernel", "3", "--stride", "2", "--padding", "1", "--out", path, "--animate");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal("", run.Error);
            Assert.Contains("wrote " + path, run.Output);
            Assert.Equal(9, Svg.Parse(File.ReadAllText(path)).WithClass("placement").Count());
            Directory.Delete(folder, true);
        }

        [Fact]
        public void Draw_Position_ShadesThatPlacement()
        {
            string folder = TemporaryFolder();
            string path = Path.Combine(folder, "fig.svg");

            CliRun run = CliRun.Of("draw", "maxpool1d", "--input", "6", "--kernel", "2", "--out", path, "--position", "2");

            Assert.Equal(0, run.ExitCode);
            var placement = Assert.Single(Svg.Parse(File.ReadAllText(path)).WithClass("placement"));
            Assert.Equal(2, Svg.Int(placement, "data-position"));
            Directory.Delete(folder, true);
        }

        [Fact]
        public void Draw_UnwritablePath_FailsWithOneLine()
        {
            string path = Path.Combine(TemporaryFolder(), "missing", "deeper", "fig.svg");

            CliRun run = CliRun.Of("draw", "conv1d", "--input", "5", "--kernel", "3", "--out", path);

            Assert.Equal(1, run.ExitCode);
            Assert.StartsWith("convshape: cannot write the file", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Figures_WritesEveryCatalogFigure()
        {
            string folder = TemporaryFolder();

            CliRun run = CliRun.Of("figures", folder);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(FigureCatalog.All.Select(f => f.FileName).OrderBy(n => n, StringComparer.Ordinal),
                Directory.GetFiles(folder).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
            Directory.Delete(folder, true);
        }

        [Fact]
        public void Help_ListsTheCommands()
        {
            CliRun run = CliRun.Of("--help");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("explain", run.Output);
            Assert.Contains("draw", run.Output);
            Assert.DoesNotContain("figures", run.Output);
        }

        private static string TemporaryFolder()
        {
            string folder = Path.Combine(Path.GetTempPath(), "convshape-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return folder;
        }
    }
}
