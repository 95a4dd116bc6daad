using System.Collections.Generic;
using System.Linq;
using ConvShapeAnalyzers.Core;
using ConvShapeAnalyzers.Tests.Shared;
using Xunit;
using Xunit.Abstractions;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>
    /// tests/fixtures/pytorch-shapes.json: 400 single layers run through PyTorch 1.13. Every output PyTorch computed must be the
    /// core's, with no error; every refusal must be an error finding of the matching rule.
    /// </summary>
    public sealed class PyTorchFixtureTests
    {
        private readonly ITestOutputHelper output;

        public PyTorchFixtureTests(ITestOutputHelper output) => this.output = output;

        public static IEnumerable<object[]> Cases => FixtureCase.PyTorch.Select(c => new object[] { c.Index, c.ToString() });

        [Theory]
        [MemberData(nameof(Cases))]
        public void PyTorchCase_CoreAgrees(int index, string description)
        {
            FixtureCase fixture = FixtureCase.PyTorch[index];
            output.WriteLine("case " + index + ": " + description);
            NetworkReport report = NetworkAnalyzer.Analyze(fixture.ToNetwork());
            output.WriteLine(report.Describe());
            Finding[] errors = report.Errors();

            if (fixture.Out is { } shape)
            {
                Assert.True(errors.Length == 0, "PyTorch computed " + string.Join("×", shape) + ", but the core refuses:\n" + report.Describe());
                Assert.Equal(TensorShape.Spatial(shape[0], shape.Skip(1).ToArray()), report.Layers[0].Output);
                return;
            }

            Rule? rule = PyTorchRefusals.RuleFor(fixture.Error!);
            Assert.True(rule is not null, "no rule stands for PyTorch's refusal \"" + fixture.Error + "\"; map it in PyTorchRefusals");
            Assert.True(errors.Any(f => f.Rule == rule), "PyTorch refuses (\"" + fixture.Error + "\"), expected CSA" + (int)rule!.Value + ", got:\n" + report.Describe());
        }

        [Fact]
        public void PyTorchFixture_HoldsAllCasesAndEveryRefusalMaps()
        {
            IReadOnlyList<FixtureCase> cases = FixtureCase.PyTorch;
            foreach (IGrouping<string, FixtureCase> kind in cases.GroupBy(c => c.Kind))
                output.WriteLine(kind.Key + ": " + kind.Count() + " cases, " + kind.Count(c => c.Error is not null) + " refused");
            foreach (IGrouping<Rule?, FixtureCase> rule in cases.Where(c => c.Error is not null).GroupBy(c => PyTorchRefusals.RuleFor(c.Error!)))
                output.WriteLine((rule.Key is { } r ? r.Id() : "unmapped") + ": " + rule.Count() + " refusals");

            // PyTorch 1.13's max_pool1d (no-grad CPU path) checks o ≥ 0 and returns an empty tensor for o = 0; the core follows it.
            output.WriteLine("max_pool1d outputs of length 0: " + cases.Count(c => c.Out is { } o && o.Contains(0)));

            Assert.Equal(400, cases.Count);
            Assert.All(cases, c => Assert.True(c.Out is null != (c.Error is null), "case " + c.Index + " has neither or both of out and error"));
            Assert.DoesNotContain(cases, c => c.Error is not null && PyTorchRefusals.RuleFor(c.Error) is null);
        }
    }
}
