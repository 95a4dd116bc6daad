using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ConvShapeAnalyzers.Core;
using Xunit;
using Xunit.Abstractions;
using static ConvShapeAnalyzers.Core.Tests.Layers;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>
    /// CSA3001's hints against counted window placements: on every small 1-D convolution and max pooling that drops input,
    /// the padding the fix writes must read every input position and be the nearest one that does, and the input sizes the
    /// message names must be the nearest exact ones below and above.
    /// </summary>
    public sealed class RemainderHintOracleTests
    {
        private static readonly Regex Sizes = new Regex(@"input sizes (\d+)(?: and (\d+))?");
        private static readonly Regex MadeExact = new Regex(@"Padding = (\d+) makes it exact \(o = (\d+)\)");

        private readonly ITestOutputHelper output;

        public RemainderHintOracleTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void StrideRemainder_EverySmallConfiguration_HintsMatchCountedPlacements()
        {
            var failures = new List<string>();
            int warned = 0, fixable = 0, fartherThanOne = 0;
            foreach (bool pool in new[] { false, true })
                for (int i = 1; i <= 16; i++)
                    for (int k = 1; k <= 5; k++)
                        for (int s = 1; s <= 4; s++)
                            for (int p = 0; p <= (pool ? k / 2 : 3); p++)
                                for (int d = 1; d <= 2; d++)
                                {
                                    Slide slide = AxisOracle.Convolution(i, k, s, p, p, d);
                                    if (slide.Placements == 0)
                                        continue;    // CSA1002's case (or max_pool1d's empty output)
                                    string name = (pool ? "MaxPool1d" : "Conv1d") + " i=" + i + " k=" + k + " s=" + s + " p=" + p + " d=" + d;
                                    LayerSpec layer = pool ? MaxPool1d("layer", k, s, p, d) : Conv1d("layer", 1, 1, k, s, p, d);
                                    Finding[] found = Net.Analyze(TensorShape.Spatial(1, i), layer).FindingsOf(Rule.StrideRemainder);
                                    // A window narrower than its stride skips input between windows anyway: not the remainder's doing.
                                    bool expected = slide.Dropped > 0 && d * (k - 1) + 1 >= s;
                                    if (found.Length != (expected ? 1 : 0))
                                    {
                                        failures.Add(name + ": the oracle drops " + slide.Dropped + ", the core reports " + found.Length);
                                        continue;
                                    }
                                    if (!expected)
                                        continue;
                                    warned++;
                                    int maxPadding = pool ? k / 2 : p + 2 * s;
                                    int? nearest = NearestExactPadding(i, k, s, p, d, maxPadding);
                                    if (nearest is { } q)
                                    {
                                        fixable++;
                                        if (System.Math.Abs(q - p) > 1)
                                            fartherThanOne++;
                                    }
                                    failures.AddRange(PaddingProblems(name, found[0], i, k, s, p, d, nearest, maxPadding));
                                    failures.AddRange(InputSizeProblems(name, found[0], i, k, s, p, d));
                                }
            output.WriteLine(warned + " configurations drop input; " + fixable + " have an exact padding, " + fartherThanOne + " of them more than one away");
            Assert.True(failures.Count == 0, failures.Count + " mismatches:\n" + string.Join("\n", failures.Take(25)));
            Assert.True(fartherThanOne > 0, "no configuration needs a padding more than one away from the declared one");
        }

        /// <summary>
        /// The padding the finding writes must be exact by counted placements, as near to <paramref name="p"/> as
        /// <paramref name="nearest"/>, and give the output the message names; where no padding up to <paramref name="maxPadding"/>
        /// is exact (<paramref name="nearest"/> null), none is offered.
        /// </summary>
        private static IEnumerable<string> PaddingProblems(string name, Finding finding, int i, int k, int s, int p, int d, int? nearest, int maxPadding)
        {
            Match made = MadeExact.Match(finding.Message);
            if (nearest is not { } q)
            {
                if (finding.Fix is not null || made.Success)
                    yield return name + ": no padding up to " + maxPadding + " is exact, but the finding offers " + finding.Fix + ": " + finding.Message;
                yield break;
            }
            if (finding.Fix is null || !made.Success || made.Groups[1].Value != finding.Fix)
            {
                yield return name + ": padding " + q + " is exact, but the finding says \"" + finding.Message + "\" with fix " + (finding.Fix ?? "none");
                yield break;
            }
            int written = int.Parse(finding.Fix);
            if (System.Math.Abs(written - p) != System.Math.Abs(q - p) || !IsExact(i, k, s, written, d)
                || int.Parse(made.Groups[2].Value) != AxisOracle.Convolution(i, k, s, written, written, d).Placements)
                yield return name + ": the nearest exact padding is " + q + ", the finding writes " + finding.Fix + ": " + finding.Message;
        }

        /// <summary>The input sizes the message names must be the nearest exact ones below and above, by counted placements.</summary>
        private static IEnumerable<string> InputSizeProblems(string name, Finding finding, int i, int k, int s, int p, int d)
        {
            int? below = Enumerable.Range(1, i - 1).Reverse().Cast<int?>().FirstOrDefault(n => IsExact(n!.Value, k, s, p, d));
            int? above = Enumerable.Range(i + 1, 4 * s).Cast<int?>().FirstOrDefault(n => IsExact(n!.Value, k, s, p, d));
            string expected = string.Join(" and ", new[] { below, above }.Where(n => n is not null));
            Match sizes = Sizes.Match(finding.Message);
            string named = sizes.Success ? sizes.Groups[1].Value + (sizes.Groups[2].Success ? " and " + sizes.Groups[2].Value : "") : "";
            if (named != expected)
                yield return name + ": the nearest exact input sizes are \"" + expected + "\", the message names \"" + named + "\": " + finding.Message;
        }

        /// <summary>The symmetric padding nearest to <paramref name="p"/> (up to <paramref name="maxPadding"/>) at which windows read every input position.</summary>
        private static int? NearestExactPadding(int i, int k, int s, int p, int d, int maxPadding) =>
            Enumerable.Range(0, maxPadding + 1).Where(q => IsExact(i, k, s, q, d)).OrderBy(q => System.Math.Abs(q - p)).Cast<int?>().FirstOrDefault();

        private static bool IsExact(int i, int k, int s, int p, int d)
        {
            Slide slide = AxisOracle.Convolution(i, k, s, p, p, d);
            return slide.Placements > 0 && slide.Dropped == 0;
        }
    }
}
