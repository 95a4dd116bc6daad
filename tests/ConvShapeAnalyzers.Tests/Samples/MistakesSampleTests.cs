using System.Linq;
using System.Text.RegularExpressions;
using ConvShapeAnalyzers.Tests.Meta;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Samples;

/// <summary>
/// samples/Mistakes built with the real dotnet CLI, as CI shows it: each common mistake gives its diagnostic at the
/// offending argument, with the numbers worked out (derived in the comments from the guide's formulas).
/// </summary>
public class MistakesSampleTests
{
    private static readonly Regex Line = new(@"Mistakes\.cs\((\d+),(\d+)\): (error|warning) (CSA\d{4}): (.*) \(https://[^ ]*\) \[");

    [Fact]
    public void BuildingMistakes_PrintsEachDiagnosticWithItsExplanation()
    {
        (int exitCode, string output) = DotnetCli.Run(RepositoryFiles.Root, "build", "samples/Mistakes", "--no-incremental", "-nologo");
        Assert.NotEqual(0, exitCode);
        var found = Line.Matches(output).Select(m => (Line: int.Parse(m.Groups[1].Value), Column: int.Parse(m.Groups[2].Value), Severity: m.Groups[3].Value, Id: m.Groups[4].Value, Message: m.Groups[5].Value))
            .Distinct().ToList();

        void Expect(int line, int column, string severity, string id, params string[] parts)
        {
            var match = found.Where(d => d.Line == line && d.Column == column && d.Id == id && d.Severity == severity).ToList();
            Assert.True(match.Count == 1, $"expected {severity} {id} at ({line},{column}); the build printed:\n{string.Join("\n", found)}\n{output}");
            foreach (string part in parts)
                Assert.Contains(part, match[0].Message);
        }

        // 1. 32×32 → conv (half padding) → pool 16 → conv → pool 8: 32·8·8 = 2048 features, not 32·7·7 = 1568.
        Expect(14, 13, "error", "CSA2002", "fc: in_features is 1568 but 2048 features come in", "mat1 and mat2 shapes cannot be multiplied (1x2048 and 1568x10)", "Set inFeatures to 32 * 8 * 8 = 2048");
        // 2. conv1 gives 64 channels, conv2 declares 32.
        Expect(22, 13, "error", "CSA2001", "conv2: in_channels is 32 but the input 64×64×64 has 64 channels", "Set inChannels to 64");
        // 3. 65 rows: pooling ⌊(65 − 2)/2⌋ + 1 = 32 drops row 65 (r = 63 mod 2 = 1); the transposed conv gives back 2·32 = 64 ≠ 65.
        Expect(30, 6, "warning", "CSA3001", "down: Height: o = ⌊(65 + 2·0 − 2)/2⌋ + 1 = 32", "leaves the last input row never read", "input sizes 64 and 66");
        Expect(33, 26, "error", "CSA2004", "skip: cannot concatenate enc (16×65×64) and up (16×64×64)", "Sizes of tensors must match except in dimension 1", "fits at input Height 64 or 66");
        // 4. 63 → ⌊(63 + 2 − 3)/2⌋ + 1 = 32 → (32 − 1)·2 − 2 + 3 + 1 = 64 ≠ 63; a = (63 + 2 − 3) mod 2 = 0.
        Expect(41, 6, "warning", "CSA3002", "up: does not restore the input size of down (8×63×63 → 8×64×64)", "OutputPadding = 0 restores it");
        // 5. 16 → 8 → 4 → 2 → 1 → a fifth 2×2 pooling has nothing to pool.
        Expect(52, 6, "error", "CSA1002", "p5: Height: the padded input 1 + 2·0 = 1 is smaller than the kernel 2");
        // 6. Pad.Same with stride 2.
        Expect(59, 45, "error", "CSA1006", "stem: Padding = Pad.Same needs stride 1, but Stride = 2", "Pad.SameUpper");
        Assert.Equal(7, found.Count);
    }
}
