using System.Collections.Generic;
using System.Linq;
using ConvShapeAnalyzers.Core;
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

        /// <summary>The rule that stands for one of PyTorch's refusal messages, or null when none does.</summary>
        public static Rule? RuleFor(string error)
        {
            if (error.Contains("must be divisible by groups"))
                return Rule.GroupsDoNotDivide;
            if (error.Contains("output padding must be smaller than either stride or dilation"))
                return Rule.OutputPaddingTooLarge;
            if (error.Contains("should be at most half of kernel size"))
                return Rule.PoolPaddingTooLarge;
            if (error.Contains("padding='same' is not supported for strided convolutions"))
                return Rule.SameNeedsUnitStride;
            if (error.Contains("Kernel size can't be greater than actual input size") || error.Contains("Output size is too small")
                || (error.Contains("input image") && error.Contains("smaller than kernel size")))
                return Rule.OutputBelowOne;
            if (error.Contains("Input and output sizes should be greater than 0"))    // Upsample
                return Rule.OutputBelowOne;
            // Zero padding that crops more than the input has: constant_pad_nd's messages.
            if (error.Contains("exceeds dimension size") || error.Contains("resulted in a negative output size") || error.StartsWith("Dimension out of range"))
                return Rule.OutputBelowOne;
            // A 2-D layer on a flat vector: conv2d, max_pool2d, batch_norm.
            if (error.Contains("input to conv2d, but got input of size") || error.Contains("expected 4D input (got 2D input)")
                || error.Contains("3D or 4D (batch mode) tensor expected for input"))
                return Rule.WrongRank;
            if ((error.Contains("expected input") && error.Contains("channels, but got")) || error.Contains("running_mean should contain"))
                return Rule.ChannelMismatch;
            if (error.Contains("mat1 and mat2 shapes cannot be multiplied"))
                return Rule.FeatureMismatch;
            if (error.Contains("Sizes of tensors must match except in dimension 1"))    // torch.cat
                return Rule.ConcatMismatch;
            if (error.Contains("must match the size of tensor b"))    // a + b
                return Rule.AddMismatch;
            if (error.StartsWith("cannot crop"))    // the fixture script's CenterCrop, as DESIGN states it (torchvision would pad)
                return Rule.OutOfRange;
            return null;
        }

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

            Rule? rule = RuleFor(fixture.Error!);
            Assert.True(rule is not null, "no rule stands for PyTorch's refusal \"" + fixture.Error + "\"; map it in RuleFor");
            Assert.True(errors.Any(f => f.Rule == rule), "PyTorch refuses (\"" + fixture.Error + "\"), expected CSA" + (int)rule!.Value + ", got:\n" + report.Describe());
        }

        [Fact]
        public void PyTorchFixture_HoldsAllCasesAndEveryRefusalMaps()
        {
            IReadOnlyList<FixtureCase> cases = FixtureCase.PyTorch;
            foreach (IGrouping<string, FixtureCase> kind in cases.GroupBy(c => c.Kind))
                output.WriteLine(kind.Key + ": " + kind.Count() + " cases, " + kind.Count(c => c.Error is not null) + " refused");
            foreach (IGrouping<Rule?, FixtureCase> rule in cases.Where(c => c.Error is not null).GroupBy(c => RuleFor(c.Error!)))
                output.WriteLine((rule.Key is { } r ? r.Id() : "unmapped") + ": " + rule.Count() + " refusals");

            // PyTorch 1.13's max_pool1d (no-grad CPU path) checks o ≥ 0 and returns an empty tensor for o = 0; the core follows it.
            output.WriteLine("max_pool1d outputs of length 0: " + cases.Count(c => c.Out is { } o && o.Contains(0)));

            Assert.Equal(400, cases.Count);
            Assert.All(cases, c => Assert.True(c.Out is null != (c.Error is null), "case " + c.Index + " has neither or both of out and error"));
            Assert.DoesNotContain(cases, c => c.Error is not null && RuleFor(c.Error) is null);
        }
    }
}
