using System.Collections.Generic;
using System.Linq;
using ConvShapeAnalyzers.Core;
using Xunit;
using Xunit.Abstractions;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>DESIGN 3: compute in 64-bit, report overflow (CSA1008), never throw; with every size at 32-bit extremes.</summary>
    public sealed class ExtremeValueTests
    {
        private readonly ITestOutputHelper output;

        public ExtremeValueTests(ITestOutputHelper output) => this.output = output;

        private static readonly long[] Values = { 0, 1, 2, 3, int.MaxValue - 1, int.MaxValue };

        [Fact]
        public void Layers_AtExtremeSizes_NeverThrow_AndNeverGiveASizeOutside32Bits()
        {
            var failures = new List<string>();
            int analysed = 0;
            foreach (LayerKind kind in new[] { LayerKind.Conv, LayerKind.ConvTranspose, LayerKind.MaxPool, LayerKind.AvgPool })
                foreach (long input in Values.Where(v => v > 0))
                    foreach (long k in Values)
                        foreach (long s in Values)
                            foreach (long p in Values)
                                foreach (long d in Values)
                                {
                                    var layer = new LayerSpec("layer", kind, 1)
                                    {
                                        InChannels = 1,
                                        OutChannels = 1,
                                        Kernel = SizeArg.Of(k),
                                        Stride = SizeArg.Of(s),
                                        Padding = SizeArg.Of(p),
                                        Dilation = SizeArg.Of(d),
                                        OutputPadding = kind == LayerKind.ConvTranspose ? SizeArg.Of(System.Math.Max(0, System.Math.Max(s, d) - 1)) : null,
                                    };
                                    string name = kind + " i=" + input + " k=" + k + " s=" + s + " p=" + p + " d=" + d;
                                    analysed++;
                                    try
                                    {
                                        NetworkReport report = NetworkAnalyzer.Analyze(Net.Of(TensorShape.Spatial(1, input), layer));
                                        if (report.Layers[0].Output is { } shape && report.Errors().Length == 0 && shape.Sizes.Any(v => v < (kind == LayerKind.MaxPool ? 0 : 1) || v > int.MaxValue))
                                            failures.Add(name + ": size " + shape);
                                        if (report.Layers[0].Parameters < 0 || report.Layers[0].MultiplyAdds < 0)
                                            if (report.FindingsOf(Rule.Overflow).Length == 0)
                                                failures.Add(name + ": negative count without CSA1008");
                                    }
                                    catch (System.Exception e)
                                    {
                                        failures.Add(name + ": threw " + e.GetType().Name + ": " + e.Message);
                                    }
                                }
            output.WriteLine("analysed " + analysed + " layers at extreme sizes");
            Assert.Equal(4 * 5 * 6 * 6 * 6 * 6, analysed);    // every kind, input, kernel, stride, padding and dilation, the huge strides too
            Assert.True(failures.Count == 0, failures.Count + " problems:\n" + string.Join("\n", failures.Take(25)));
        }

        [Fact]
        public void Conv_AtExtremeChannelsAndGroups_NeverThrows()
        {
            long[] counts = { -1, 0, 1, 2, 3, int.MaxValue };
            var failures = new List<string>();
            int analysed = 0;
            foreach (LayerKind kind in new[] { LayerKind.Conv, LayerKind.ConvTranspose })
                foreach (long inChannels in counts)
                    foreach (long outChannels in counts)
                        foreach (long groups in counts)
                            foreach (long incoming in new long[] { 1, 2, int.MaxValue })
                            {
                                analysed++;
                                var layer = new LayerSpec("layer", kind, 2) { InChannels = inChannels, OutChannels = outChannels, Groups = groups, Kernel = SizeArg.Of(3), Padding = SizeArg.Of(1) };
                                try
                                {
                                    NetworkReport report = NetworkAnalyzer.Analyze(Net.Of(TensorShape.Spatial(incoming, 64, 64), layer, Layers.Flatten("flat")));
                                    bool bad = inChannels < 1 || outChannels < 1 || groups < 1;
                                    if (bad && report.FindingsOf(Rule.OutOfRange).Length == 0)
                                        failures.Add(kind + " in=" + inChannels + " out=" + outChannels + " g=" + groups + ": no CSA1001");
                                    if (report.Layers.Any(l => l.Parameters < 0 || l.MultiplyAdds < 0) && report.FindingsOf(Rule.Overflow).Length == 0)
                                        failures.Add(kind + " in=" + inChannels + " out=" + outChannels + " g=" + groups + ": negative count without CSA1008");
                                }
                                catch (System.Exception e)
                                {
                                    failures.Add(kind + " in=" + inChannels + " out=" + outChannels + " g=" + groups + " incoming=" + incoming + ": threw " + e.GetType().Name);
                                }
                            }
            output.WriteLine("analysed " + analysed + " convolutions at extreme channel counts");
            Assert.True(failures.Count == 0, failures.Count + " problems:\n" + string.Join("\n", failures.Take(25)));
            Assert.Equal(2 * 6 * 6 * 6 * 3, analysed);
        }

        /// <summary>
        /// The attributes take size arguments as object, so a user can write <c>new long[] { long.MaxValue }</c>: every size
        /// argument of every kind that takes one, beyond 32 bits either way, must give an error (a value wrapped around 64
        /// bits can look like a plausible size), and within them an error or a size within 32 bits.
        /// </summary>
        [Fact]
        public void SizeArguments_At64BitExtremes_GiveAnErrorOrA32BitSize()
        {
            long[] extremes = { long.MinValue, int.MinValue - 1L, int.MinValue, -1, int.MaxValue, int.MaxValue + 1L, long.MaxValue };
            var failures = new List<string>();
            int analysed = 0;
            foreach (long v in extremes)
            {
                SizeArg one = SizeArg.Of(v, 1);
                var layers = new[]
                {
                    new LayerSpec("conv", LayerKind.Conv, 2) { InChannels = 1, OutChannels = 1, Kernel = one },
                    new LayerSpec("conv", LayerKind.Conv, 2) { InChannels = 1, OutChannels = 1, Kernel = SizeArg.Of(1), Stride = one, Padding = one, Dilation = one },
                    new LayerSpec("up", LayerKind.ConvTranspose, 2) { InChannels = 1, OutChannels = 1, Kernel = SizeArg.Of(1), Stride = one, Padding = one, OutputPadding = one },
                    new LayerSpec("pool", LayerKind.MaxPool, 2) { Kernel = one, Stride = one, Padding = one, Dilation = one, CeilMode = true },
                    new LayerSpec("pool", LayerKind.AvgPool, 2) { Kernel = one, Padding = one },
                    new LayerSpec("pool", LayerKind.AdaptiveAvgPool, 2) { Size = one },
                    new LayerSpec("up", LayerKind.Upsample, 0) { Size = one },
                    new LayerSpec("pad", LayerKind.ZeroPad, 2) { Padding = SizeArg.Of(v, v, 0, 0) },
                    new LayerSpec("pad", LayerKind.ZeroPad, 2) { Padding = SizeArg.Of(0, 0, 0, 0, v, v) },
                    new LayerSpec("pad", LayerKind.ZeroPad, 2) { Padding = SizeArg.Of(v) },
                };
                foreach (LayerSpec layer in layers)
                {
                    analysed++;
                    string name = layer.Kind + " with " + v;
                    try
                    {
                        NetworkReport report = Net.Analyze(TensorShape.Spatial(2, 9, 9), layer);
                        if (report.Errors().Length > 0)
                            continue;
                        // Without an error, the value must be within 32 bits and give a shape within them.
                        bool beyond32Bits = v > int.MaxValue || v < -(long)int.MaxValue;
                        if (beyond32Bits || report.Layers[0].Output is not { } output || output.Channels is < 1 or > int.MaxValue
                            || output.Sizes.Any(size => size is < 1 or > int.MaxValue))
                            failures.Add(name + ": no error, and " + (report.Layers[0].Output?.ToString() ?? "no shape"));
                    }
                    catch (System.Exception e)
                    {
                        failures.Add(name + ": threw " + e.GetType().Name + ": " + e.Message);
                    }
                }
            }
            output.WriteLine("analysed " + analysed + " layers with 64-bit extremes");
            Assert.True(failures.Count == 0, failures.Count + " problems:\n" + string.Join("\n", failures.Take(25)));
            Assert.Equal(7 * 10, analysed);
        }
    }
}
