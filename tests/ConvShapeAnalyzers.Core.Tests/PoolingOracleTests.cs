using System.Collections.Generic;
using System.Linq;
using ConvShapeAnalyzers.Core;
using Xunit;
using Xunit.Abstractions;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>
    /// Pooling against counted windows, on every small configuration PyTorch accepts (p ≤ ⌊k/2⌋): floor mode places whole
    /// windows; ceil mode keeps a partial last window if it starts inside the input or the left padding (PyTorch), or
    /// wherever it starts (ONNX).
    /// </summary>
    public sealed class PoolingOracleTests
    {
        private readonly ITestOutputHelper output;

        public PoolingOracleTests(ITestOutputHelper output) => this.output = output;

        /// <summary>i ≤ 12, k ≤ 5, s ≤ 4, p ≤ ⌊k/2⌋, d ≤ 3.</summary>
        private static IEnumerable<(int I, int K, int S, int P, int D)> Configurations()
        {
            for (int i = 1; i <= 12; i++)
                for (int k = 1; k <= 5; k++)
                    for (int s = 1; s <= 4; s++)
                        for (int p = 0; p <= k / 2; p++)
                            for (int d = 1; d <= 3; d++)
                                yield return (i, k, s, p, d);
        }

        // Σ over k ≤ 5 of (⌊k/2⌋ + 1) = 1 + 2 + 2 + 3 + 3 = 11 paddings, for 12 inputs, 4 strides and 3 dilations.
        private const int ConfigurationCount = 12 * 4 * 3 * 11;

        [Fact]
        public void Pool_FloorMode_EverySmallConfiguration_MatchesCountedWindows()
        {
            var failures = new List<string>();
            int compared = 0;
            foreach ((int i, int k, int s, int p, int d) in Configurations())
            {
                compared++;
                Slide slide = AxisOracle.PyTorchPool(i, k, s, p, p, d, ceilMode: false);
                Outcome<AxisResult> core = AxisArithmetic.Pool(i, k, s, d, AxisPadding.Symmetric(p), ceilMode: false);
                string name = "i=" + i + " k=" + k + " s=" + s + " p=" + p + " d=" + d;
                if (slide.Placements == 0)
                {
                    if (core.IsOk || core.Refusal!.Rule != Rule.OutputBelowOne)
                        failures.Add(name + ": no window fits, but the core gives " + core);
                    continue;
                }
                if (core.Value is not { } value || value.Output != slide.Placements || value.Remainder != slide.Remainder || value.Dropped != slide.Dropped)
                {
                    failures.Add(name + ": oracle o=" + slide.Placements + " r=" + slide.Remainder + " dropped=" + slide.Dropped + ", core " + Show(core));
                    continue;
                }
                // Relationship 7 is the guide's unpadded, undilated pooling.
                int relationship = p == 0 && d == 1 ? 7 : 0;
                if (value.Relationship != relationship)
                    failures.Add(name + ": relationship " + value.Relationship + ", expected " + relationship);
            }
            output.WriteLine("compared " + compared + " floor-mode pooling configurations with the oracle");
            Assert.True(failures.Count == 0, failures.Count + " mismatches:\n" + string.Join("\n", failures.Take(25)));
            Assert.Equal(ConfigurationCount, compared);
        }

        [Fact]
        public void Pool_CeilMode_EverySmallConfiguration_MatchesCountedWindowsThatStartInside()
        {
            var failures = new List<string>();
            int compared = 0, corrected = 0;
            foreach ((int i, int k, int s, int p, int d) in Configurations())
            {
                compared++;
                Slide slide = AxisOracle.PyTorchPool(i, k, s, p, p, d, ceilMode: true);
                Slide onnx = AxisOracle.OnnxCeilPool(i, k, s, p, p, d);
                Outcome<AxisResult> core = AxisArithmetic.Pool(i, k, s, d, AxisPadding.Symmetric(p), ceilMode: true);
                long onnxCore = AxisArithmetic.OnnxPool(i, k, s, d, AxisPadding.Symmetric(p), ceilMode: true);
                string name = "i=" + i + " k=" + k + " s=" + s + " p=" + p + " d=" + d;
                if (onnx.Placements != slide.Placements)
                    corrected++;
                if (slide.Placements == 0)
                {
                    if (core.IsOk || core.Refusal!.Rule != Rule.OutputBelowOne)
                        failures.Add(name + ": no window, but the core gives " + core);
                }
                else if (core.Value?.Output != slide.Placements)
                {
                    failures.Add(name + ": oracle o=" + slide.Placements + ", core " + Show(core));
                }
                if (onnx.Placements > 0 ? onnxCore != onnx.Placements : onnxCore > 0)
                    failures.Add(name + ": ONNX oracle o=" + onnx.Placements + ", core's OnnxPool " + onnxCore);
            }
            output.WriteLine("compared " + compared + " ceil-mode pooling configurations with the oracle (" + corrected
                + " where PyTorch's start rule removes the last window and ONNX keeps it)");
            Assert.True(failures.Count == 0, failures.Count + " mismatches:\n" + string.Join("\n", failures.Take(25)));
            Assert.Equal(ConfigurationCount, compared);
            Assert.True(corrected > 0);
        }

        [Fact]
        public void Pool_FloorMode_OnnxPool_MatchesCountedWindows()
        {
            int compared = 0;
            var failures = new List<string>();
            foreach ((int i, int k, int s, int p, int d) in Configurations())
            {
                Slide slide = AxisOracle.PyTorchPool(i, k, s, p, p, d, ceilMode: false);
                if (slide.Placements == 0)
                    continue; // ONNX truncates a negative division toward zero here: see OnnxFixtureTests
                compared++;
                long onnx = AxisArithmetic.OnnxPool(i, k, s, d, AxisPadding.Symmetric(p), ceilMode: false);
                if (onnx != slide.Placements)
                    failures.Add("i=" + i + " k=" + k + " s=" + s + " p=" + p + " d=" + d + ": oracle " + slide.Placements + ", OnnxPool " + onnx);
            }
            output.WriteLine("compared " + compared + " floor-mode ONNX pooling sizes with the oracle");
            Assert.True(failures.Count == 0, string.Join("\n", failures.Take(25)));
        }

        [Fact]
        public void Pool_CeilMode_WhenTheKernelSpansAStride_DropsNoInput()
        {
            // DESIGN 3: "in ceil mode the last window reaches the end, so no input is dropped". That holds when k̂ ≥ s (then
            // consecutive windows touch); the core reports no remainder for ceil mode at all. Where k̂ < s, PyTorch's start
            // rule can leave the last input positions unread (i = 5, k = 1, s = 3: windows at 0 and 3), but such a layer skips
            // input between its windows anyway, and CSA3001 leaves k̂ < s alone (RemainderHints).
            var failures = new List<string>();
            int compared = 0;
            foreach ((int i, int k, int s, int p, int d) in Configurations())
            {
                Slide slide = AxisOracle.PyTorchPool(i, k, s, p, p, d, ceilMode: true);
                Outcome<AxisResult> core = AxisArithmetic.Pool(i, k, s, d, AxisPadding.Symmetric(p), ceilMode: true);
                if (slide.Placements == 0 || core.Value is not { } value)
                    continue;
                if (value.Dropped != 0 || value.Remainder != 0)
                    failures.Add("i=" + i + " k=" + k + " s=" + s + " p=" + p + " d=" + d + ": the core reports a remainder in ceil mode");
                if ((k - 1) * d + 1 < s)
                    continue;
                compared++;
                if (slide.Dropped != 0)
                    failures.Add("i=" + i + " k=" + k + " s=" + s + " p=" + p + " d=" + d + ": the oracle drops " + slide.Dropped);
            }
            output.WriteLine("checked " + compared + " ceil-mode configurations with k̂ ≥ s");
            Assert.True(failures.Count == 0, string.Join("\n", failures.Take(25)));
        }

        private static string Show(Outcome<AxisResult> core) =>
            core.Value is { } v ? "o=" + v.Output + " r=" + v.Remainder + " dropped=" + v.Dropped : "refused: " + core.Refusal!.Message;
    }
}
