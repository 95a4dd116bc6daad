using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ConvShapeAnalyzers.Core;
using Xunit;
using Xunit.Abstractions;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>
    /// tests/fixtures/onnx-shapes.json: 200 Conv/MaxPool/AveragePool cases through ONNX 1.12 shape inference (opset 13),
    /// and onnx-random-shapes.json, 1,000 more of them drawn wider (generate-onnx-shapes.py).
    /// The core follows PyTorch, so the expectation is worked out here per axis from the counting oracle, with PyTorch's
    /// refusals, and then compared with ONNX:
    /// <list type="bullet">
    /// <item>without ceil mode the core's output is ONNX's;</item>
    /// <item>in ceil mode AxisArithmetic.OnnxPool is ONNX's size, and the core warns CSA4001 exactly where PyTorch's size
    /// (the core's output) differs from it;</item>
    /// <item>ONNX is laxer than PyTorch in three places, where the core refuses and ONNX does not: (1) the padded input is
    /// smaller than the kernel, and ONNX truncates the negative division (i + pl + pr − k̂)/s toward zero, so it infers 1
    /// (or 0) instead of refusing (CSA1002); (2) explicit pooling padding above ⌊k/2⌋, which PyTorch refuses (CSA1005);
    /// (3) AvgPool3d on an input smaller than the kernel before padding, which PyTorch's avg_pool3d refuses (CSA1002).</item>
    /// </list>
    /// SAME_UPPER / SAME_LOWER pooling has no PyTorch form; the core pads as ONNX does, without the half-kernel limit.
    /// A 1-D max pooling whose PyTorch length is exactly 0 is the empty tensor PyTorch 1.13 returns (MaxPool1dEmptyOutputTests),
    /// where ONNX truncates as in (1).
    /// </summary>
    public sealed class OnnxFixtureTests
    {
        private readonly ITestOutputHelper output;

        public OnnxFixtureTests(ITestOutputHelper output) => this.output = output;

        public static IEnumerable<object[]> Cases =>
            FixtureCase.Onnx.Select(c => new object[] { "onnx-shapes", c.Index, c.ToString() })
                .Concat(FixtureCase.OnnxRandom.Select(c => new object[] { "onnx-random-shapes", c.Index, c.ToString() }));

        [Theory]
        [MemberData(nameof(Cases))]
        public void OnnxCase_CoreAgreesWherePyTorchDoes_AndWarnsWhereCeilModeDiffers(string file, int index, string description)
        {
            FixtureCase fixture = (file == "onnx-shapes" ? FixtureCase.Onnx : FixtureCase.OnnxRandom)[index];
            output.WriteLine(file + " case " + index + ": " + description);
            Expectation expected = Expect(fixture);
            output.WriteLine("expected: " + expected);
            NetworkReport report = NetworkAnalyzer.Analyze(fixture.ToNetwork());
            output.WriteLine(report.Describe());
            long[] onnx = OnnxSizes(fixture);
            int rank = fixture.Rank;

            // ONNX's own numbers against the counting oracle and the core's OnnxPool.
            for (int a = 0; a < rank; a++)
            {
                AxisCase axis = Axis(fixture, a);
                if (fixture.CeilMode)
                {
                    long onnxPool = AxisArithmetic.OnnxPool(axis.I, axis.K, axis.S, axis.D, new AxisPadding(axis.Pl, axis.Pr), ceilMode: true);
                    Assert.True(onnx[a] == onnxPool, "axis " + a + ": ONNX inferred " + onnx[a] + ", OnnxPool gives " + onnxPool);
                    int counted = AxisOracle.OnnxCeilPool(axis.I, axis.K, axis.S, axis.Pl, axis.Pr, axis.D).Placements;
                    if (counted > 0)
                        Assert.Equal(counted, onnx[a]);
                }
                else if (axis.Span >= 0)
                {
                    Assert.Equal(AxisOracle.Convolution(axis.I, axis.K, axis.S, axis.Pl, axis.Pr, axis.D).Placements, onnx[a]);
                }
                else
                {
                    // (1) ONNX truncates the negative division toward zero where PyTorch refuses.
                    Assert.Equal(axis.Span / axis.S + 1, onnx[a]);
                }
            }

            if (expected.Refusal is { } rule)
            {
                Assert.True(report.Errors().Any(f => f.Rule == rule), "expected CSA" + (int)rule + " (" + expected.Why + "), got:\n" + report.Describe());
                Assert.Null(report.Layers[0].Output);
                return;
            }

            Assert.True(report.Errors().Length == 0, "PyTorch would compute " + expected + ", but the core refuses:\n" + report.Describe());
            TensorShape shape = report.Layers[0].Output!;
            Assert.Equal(expected.Sizes, shape.Sizes.ToArray());
            if (expected.Sizes.Contains(0))
                return;    // PyTorch 1.13's empty max_pool1d output, where ONNX truncates (1)
            Assert.Equal(fixture.Kind == "conv" ? fixture.Params.GetProperty("out_channels").GetInt64() : fixture.Input[0], shape.Channels);
            bool differs = !expected.Sizes.SequenceEqual(onnx);
            if (!fixture.CeilMode)
                Assert.False(differs, "without ceil mode PyTorch and ONNX agree");
            Assert.True(differs == report.FindingsOf(Rule.OnnxCeilHazard).Length > 0,
                "PyTorch " + string.Join("×", expected.Sizes) + ", ONNX " + string.Join("×", onnx) + ": CSA4001 should be reported " + (differs ? "" : "not ") + "\n" + report.Describe());
        }

        [Theory]
        [InlineData("onnx-shapes", 200)]
        [InlineData("onnx-random-shapes", 1000)]
        public void OnnxFixture_Summary(string file, int count)
        {
            IReadOnlyList<FixtureCase> cases = file == "onnx-shapes" ? FixtureCase.Onnx : FixtureCase.OnnxRandom;
            var expectations = cases.Select(c => (Case: c, Expected: Expect(c))).ToList();
            int hazards = expectations.Count(e => e.Expected.Refusal is null && e.Case.CeilMode && !e.Expected.Sizes.SequenceEqual(OnnxSizes(e.Case)));
            output.WriteLine(cases.Count + " ONNX cases: " + cases.Count(c => c.CeilMode) + " in ceil mode, " + cases.Count(c => c.Error is not null) + " refused by ONNX");
            foreach (IGrouping<string, (FixtureCase Case, Expectation Expected)> why in expectations.Where(e => e.Expected.Refusal is not null).GroupBy(e => e.Expected.Why))
                output.WriteLine("refused by PyTorch's rules (" + why.Key + "): " + why.Count() + ", of which ONNX refused " + why.Count(e => e.Case.Error is not null));
            output.WriteLine("ceil-mode cases where PyTorch and ONNX differ (CSA4001): " + hazards);

            Assert.Equal(count, cases.Count);
            // Every case ONNX refuses, PyTorch refuses too, or gives its empty max_pool1d output.
            Assert.DoesNotContain(expectations, e => e.Case.Error is not null && e.Expected.Refusal is null && !e.Expected.Sizes.Contains(0));
            Assert.True(hazards > 0);
        }

        /// <summary>What PyTorch's rules give for the case: a refusal (and why) or the output sizes.</summary>
        private sealed record Expectation(Rule? Refusal, string Why, long[] Sizes)
        {
            public override string ToString() => Refusal is { } r ? r.Id() + " (" + Why + ")" : string.Join("×", Sizes);
        }

        private readonly record struct AxisCase(int I, int K, int S, int D, int Pl, int Pr)
        {
            public int Span => I + Pl + Pr - ((K - 1) * D + 1);
        }

        private static Expectation Expect(FixtureCase fixture)
        {
            bool pool = fixture.Kind != "conv";
            if (pool && fixture.ExplicitPadding is { } padding && padding.Where((p, a) => p > fixture.Kernel[a] / 2).Any())
                return new Expectation(Rule.PoolPaddingTooLarge, "pooling padding above half the kernel", new long[0]);
            if (fixture.Kind == "avgpool" && fixture.Rank == 3 && Enumerable.Range(0, 3).Any(a => fixture.Input[a + 1] < fixture.Kernel[a]))
                return new Expectation(Rule.OutputBelowOne, "AvgPool3d input smaller than the kernel", new long[0]);
            var sizes = new long[fixture.Rank];
            for (int a = 0; a < fixture.Rank; a++)
            {
                AxisCase axis = Axis(fixture, a);
                sizes[a] = pool
                    ? AxisOracle.PyTorchPool(axis.I, axis.K, axis.S, axis.Pl, axis.Pr, axis.D, fixture.CeilMode).Placements
                    : AxisOracle.Convolution(axis.I, axis.K, axis.S, axis.Pl, axis.Pr, axis.D).Placements;
                if (sizes[a] == 0 && !(fixture.Kind == "maxpool" && fixture.Rank == 1
                    && MaxPool1dEmptyOutputTests.PyTorchOutputSize(axis.I, axis.K, axis.S, axis.Pl, axis.Pr, axis.D, fixture.CeilMode) == 0))
                    return new Expectation(Rule.OutputBelowOne, "no window fits the padded input", new long[0]);
            }
            return new Expectation(null, "", sizes);
        }

        /// <summary>One axis with the padding ONNX applies (onnx/defs/nn/defs.cc, convPoolShapeInference, as in 1.12).</summary>
        private static AxisCase Axis(FixtureCase fixture, int a)
        {
            int i = (int)fixture.Input[a + 1], k = (int)fixture.Kernel[a], s = (int)fixture.Stride[a], d = (int)fixture.Dilation[a];
            if (fixture.AutoPad is "SAME_UPPER" or "SAME_LOWER")
            {
                int kHat = (k - 1) * d + 1;
                int residual = i % s;
                int total = System.Math.Max(residual == 0 ? kHat - s : kHat - residual, 0);
                int small = total / 2, big = total - small;
                return fixture.AutoPad == "SAME_UPPER" ? new AxisCase(i, k, s, d, small, big) : new AxisCase(i, k, s, d, big, small);
            }
            int p = fixture.ExplicitPadding is { } explicitPadding ? (int)explicitPadding[a] : 0;
            return new AxisCase(i, k, s, d, p, p);
        }

        /// <summary>ONNX's spatial sizes: from "out", or from the shape it inferred before refusing ("inferred [1, C, sizes…]").</summary>
        private static long[] OnnxSizes(FixtureCase fixture)
        {
            if (fixture.Out is { } shape)
                return shape.Skip(1).ToArray();
            Match match = Regex.Match(fixture.Error!, @"inferred \[([-0-9, ]+)\]");
            Assert.True(match.Success, "unexpected ONNX error \"" + fixture.Error + "\"");
            return match.Groups[1].Value.Split(',').Select(v => long.Parse(v.Trim(), System.Globalization.CultureInfo.InvariantCulture)).Skip(2).ToArray();
        }
    }
}
