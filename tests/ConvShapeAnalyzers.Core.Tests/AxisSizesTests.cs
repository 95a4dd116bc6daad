using System;
using System.Collections.Generic;
using System.Linq;
using ConvShapeAnalyzers.Core;
using Xunit;
using Xunit.Abstractions;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>
    /// The numbers-only propagation behind CSA3003 (AxisSizes) against the full analysis of the network with one input size
    /// changed: on random valid networks with branches, at every size from 1 to well past the declared one, the same layer
    /// breaks first, and where none breaks every layer has the same size.
    /// </summary>
    public sealed class AxisSizesTests
    {
        private readonly ITestOutputHelper output;

        public AxisSizesTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void AxisSizes_AgreesWithTheFullAnalysis_OnRandomBranchingNetworks()
        {
            var random = new Random(20261121);
            var failures = new List<string>();
            int networks = 0, joins = 0, brokenSomewhere = 0, comparisons = 0;
            for (int attempt = 0; attempt < 4000 && failures.Count < 10; attempt++)
            {
                NetworkSpec spec = RandomNetworks.Next(random);
                NetworkReport declared = NetworkAnalyzer.Analyze(spec, hints: false);
                if (declared.Findings.Any(f => f.Rule.IsError()))
                    continue;
                networks++;
                joins += spec.Layers.Count(l => l.Kind is LayerKind.Add or LayerKind.Concat or LayerKind.CenterCrop);
                bool broke = false;
                for (int axis = 0; axis < spec.Input.Rank; axis++)
                {
                    var sizes = new AxisSizes(spec, declared.Layers, axis);
                    for (long size = 1; size <= spec.Input.Sizes[axis] + 40; size++)
                    {
                        comparisons++;
                        NetworkReport full = Resized(spec, axis, size);
                        int expected = FirstBroken(full);
                        int actual = sizes.BrokenLayer(size);
                        broke |= expected >= 0;
                        string where = "axis " + axis + " at " + size + " of " + Describe(spec);
                        if (actual != expected)
                            failures.Add(where + ": AxisSizes says layer " + actual + " breaks, the full analysis " + expected);
                        else if (expected < 0 && Mismatch(full, axis, sizes) is { } layer)
                            failures.Add(where + ": " + layer);
                    }
                }
                brokenSomewhere += broke ? 1 : 0;
            }
            output.WriteLine(networks + " valid networks, " + joins + " joins, " + brokenSomewhere + " break at some size, " + comparisons + " sizes compared");
            Assert.True(failures.Count == 0, string.Join("\n", failures));
            // The generator must reach the interesting cases, or this test proves little.
            Assert.True(networks >= 1000 && brokenSomewhere >= 200, networks + " networks, " + brokenSomewhere + " break somewhere");
        }

        /// <summary>
        /// CSA3003 searches an axis once for all axes that <see cref="AxisSizes.Alike"/> pairs with it. Sound: where it says two
        /// axes are alike, each searched on its own breaks at the same layer at every size and, where nothing breaks, every
        /// layer has the same size on both. Useful: axes of a square network declared with one value for every axis are alike.
        /// </summary>
        [Fact]
        public void AxesAlike_BreakAtTheSameSizes_OnRandomSquareNetworks()
        {
            var random = new Random(20261124);
            var failures = new List<string>();
            int alike = 0, unlike = 0, alikeBroken = 0;
            for (int attempt = 0; attempt < 6000 && failures.Count < 10; attempt++)
            {
                // Mostly square networks; now and then one whose input sizes differ, which no layer can make alike.
                NetworkSpec spec = RandomNetworks.Next(random, square: attempt % 5 != 0);
                NetworkReport declared = NetworkAnalyzer.Analyze(spec, hints: false);
                if (spec.Input.Rank < 2 || declared.Findings.Any(f => f.Rule.IsError()))
                    continue;
                for (int a = 0; a < spec.Input.Rank; a++)
                    for (int b = a + 1; b < spec.Input.Rank; b++)
                    {
                        string where = "axes " + a + " and " + b + " of " + Describe(spec);
                        if (!AxisSizes.Alike(spec, declared.Layers, a, b))
                        {
                            unlike++;
                            if (DeclaredAlike(spec))
                                failures.Add(where + ": declared alike, yet not found alike");
                            continue;
                        }
                        alike++;
                        var first = new AxisSizes(spec, declared.Layers, a);
                        var second = new AxisSizes(spec, declared.Layers, b);
                        bool broke = false;
                        for (long size = 1; size <= spec.Input.Sizes[a] + 40; size++)
                        {
                            int broken = first.BrokenLayer(size);
                            broke |= broken >= 0;
                            if (second.BrokenLayer(size) != broken)
                                failures.Add(where + " at " + size + ": layer " + broken + " breaks on the first, " + second.BrokenLayer(size) + " on the second");
                            else if (broken < 0 && Enumerable.Range(0, spec.Layers.Count).FirstOrDefault(n => first.SizeOf(n) != second.SizeOf(n), -1) is var n and >= 0)
                                failures.Add(where + " at " + size + ": layer " + n + " is " + first.SizeOf(n) + " on the first, " + second.SizeOf(n) + " on the second");
                        }
                        alikeBroken += broke ? 1 : 0;
                    }
            }
            output.WriteLine(alike + " pairs of axes alike (" + alikeBroken + " break at some size), " + unlike + " not");
            Assert.True(failures.Count == 0, string.Join("\n", failures));
            Assert.True(alike >= 500 && alikeBroken >= 100 && unlike >= 300, alike + " alike, " + alikeBroken + " of them break somewhere, " + unlike + " not");
        }

        /// <summary>A square input and no layer with a value per axis (a list, per-axis scales, kept axes, ZeroPad's pairs).</summary>
        private static bool DeclaredAlike(NetworkSpec spec) =>
            spec.Input.Sizes.Distinct().Count() == 1 && spec.Layers.All(l => new[] { l.Kernel, l.Stride, l.Padding, l.Dilation, l.OutputPadding, l.Size }.All(arg => arg is null || (arg.Values.Count <= 1 && arg.Kept == 0))
                && l.ScaleFactor.Count <= 1);

        /// <summary>The reference: the full analysis of the network with one input size changed.</summary>
        private static NetworkReport Resized(NetworkSpec spec, int axis, long size)
        {
            long[] input = spec.Input.Sizes.ToArray();
            input[axis] = size;
            return NetworkAnalyzer.Analyze(spec with { Input = new TensorShape(spec.Input.Channels, new EquatableArray<long>(input)) }, hints: false);
        }

        /// <summary>The first layer with a join mismatch, an output below 1, or a crop larger than its input; −1 if none.</summary>
        private static int FirstBroken(NetworkReport report) =>
            report.Findings.FirstOrDefault(f => f.Rule is Rule.AddMismatch or Rule.ConcatMismatch or Rule.OutputBelowOne
                || (f.Rule == Rule.OutOfRange && f.Param == Param.Sources))?.Layer ?? -1;

        /// <summary>Where nothing breaks, each layer's size on the axis (features once flat) equals the full analysis's.</summary>
        private static string? Mismatch(NetworkReport full, int axis, AxisSizes sizes)
        {
            for (int n = 0; n < full.Layers.Count; n++)
            {
                TensorShape? shape = full.Layers[n].Output;
                long expected = shape is null ? -1 : shape.IsFlat ? shape.Channels : shape.Sizes[axis];
                if (sizes.SizeOf(n) != expected)
                    return "layer " + n + " is " + sizes.SizeOf(n) + " by AxisSizes, " + expected + " by the full analysis (" + shape + ")";
            }
            return null;
        }

        private static string Describe(NetworkSpec spec) =>
            spec.Input + " → " + string.Join(" → ", spec.Layers.Select(l => l.Name + ":" + l.Kind + l.Rank + "(" + string.Join(",", new object?[]
            {
                l.Kernel, l.Stride, l.Padding, l.Dilation, l.OutputPadding, l.Size, l.CeilMode ? "ceil" : null,
                l.ScaleFactor.IsEmpty ? null : string.Join("x", l.ScaleFactor), l.From, l.Sources.IsEmpty ? null : string.Join("+", l.Sources),
            }.Where(o => o is not null)) + ")"));
    }

    /// <summary>
    /// Random networks that are valid at their declared size and branch: every kind of layer with random hyper-parameters,
    /// channels matched to the incoming ones, and Add, Concat and CenterCrop over earlier layers of the same shape.
    /// </summary>
    internal static class RandomNetworks
    {
        /// <param name="square">
        /// Every axis of the input the same size, and now and then one hyper-parameter value per axis, alike or not: networks
        /// whose axes differ, if at all, only in what a layer does to them.
        /// </param>
        public static NetworkSpec Next(Random random, bool square = false)
        {
            int rank = random.Next(1, 4);
            long side = square ? random.Next(1, 41) : 0;
            long[] sizes = Enumerable.Range(0, rank).Select(_ => square ? side : random.Next(1, 41)).ToArray();
            var input = new TensorShape(random.Next(1, 4), new EquatableArray<long>(sizes));
            var layers = new List<LayerSpec>();
            int count = random.Next(3, 13);
            for (int n = 0; n < count; n++)
            {
                NetworkReport sofar = NetworkAnalyzer.Analyze(new NetworkSpec("Random", input, new EquatableArray<LayerSpec>(layers.ToArray())), hints: false);
                // The shapes available to read: the input, then every layer so far that has one.
                var shapes = new List<(string Name, TensorShape Shape)> { (NetworkSpec.InputName, input) };
                shapes.AddRange(sofar.Layers.Where(l => l.Output is not null).Select(l => (l.Name, l.Output!)));
                LayerSpec? layer = Layer(random, "l" + n, shapes, rank, square);
                if (layer is not null)
                    layers.Add(layer);
            }
            return new NetworkSpec("Random", input, new EquatableArray<LayerSpec>(layers.ToArray()));
        }

        private static LayerSpec? Layer(Random random, string name, List<(string Name, TensorShape Shape)> shapes, int rank, bool square)
        {
            // One value, or in square networks now and then one per axis, each the drawn value or another of the same range.
            SizeArg Arg(long value, int min, int max) =>
                square && random.Next(4) == 0
                    ? SizeArg.Of(Enumerable.Range(0, rank).Select(_ => random.Next(2) == 0 ? value : random.Next(min, max)).ToArray())
                    : SizeArg.Of(value);
            // Mostly the latest shape, sometimes an earlier one (a branch).
            (string from, TensorShape shape) = random.Next(4) == 0 ? shapes[random.Next(shapes.Count)] : shapes[shapes.Count - 1];
            string? From = from == shapes[shapes.Count - 1].Name ? null : from;
            long channels = shape.Channels;
            if (shape.IsFlat)
            {
                return random.Next(3) switch
                {
                    0 => Join(random, name, LayerKind.Add, shapes, shape),
                    1 => Join(random, name, LayerKind.Concat, shapes, shape),
                    _ => new LayerSpec(name, LayerKind.Linear, 0) { InChannels = channels, OutChannels = random.Next(1, 9), From = From },
                };
            }
            switch (random.Next(14))
            {
                case 0:
                case 1:
                    {
                        long k = random.Next(1, 6), s = random.Next(1, 4), d = random.Next(1, 3);
                        SizeArg padding = random.Next(5) switch
                        {
                            0 => SizeArg.Pad(PadMode.SameUpper),
                            1 => SizeArg.Pad(random.Next(2) == 0 ? PadMode.SameLower : PadMode.Full),
                            2 when s == 1 => SizeArg.Pad(PadMode.Same),
                            _ => Arg(random.Next(0, 3), 0, 3),
                        };
                        return new LayerSpec(name, LayerKind.Conv, rank)
                        {
                            InChannels = channels, OutChannels = random.Next(1, 5), Kernel = Arg(k, 1, 6), Stride = Arg(s, 1, 4),
                            Dilation = Arg(d, 1, 3), Padding = padding, From = From,
                        };
                    }
                case 2:
                    {
                        long k = random.Next(1, 5), s = random.Next(1, 4), d = random.Next(1, 3);
                        return new LayerSpec(name, LayerKind.ConvTranspose, rank)
                        {
                            InChannels = channels, OutChannels = random.Next(1, 5), Kernel = Arg(k, 1, 5), Stride = Arg(s, 1, 4), Dilation = SizeArg.Of(d),
                            Padding = Arg(random.Next(0, 3), 0, 3), OutputPadding = SizeArg.Of(random.Next(0, (int)Math.Max(s, d))), From = From,
                        };
                    }
                case 3:
                case 4:
                    {
                        long k = random.Next(1, 5);
                        bool max = random.Next(2) == 0;
                        return new LayerSpec(name, max ? LayerKind.MaxPool : LayerKind.AvgPool, rank)
                        {
                            Kernel = Arg(k, 1, 5), Stride = random.Next(2) == 0 ? null : Arg(random.Next(1, 4), 1, 4),
                            Padding = random.Next(4) == 0 ? SizeArg.Pad(PadMode.SameUpper) : SizeArg.Of(random.Next(0, (int)(k / 2) + 1)),
                            Dilation = max ? SizeArg.Of(random.Next(1, 3)) : null, CeilMode = random.Next(3) == 0, From = From,
                        };
                    }
                case 5:
                    {
                        // Now and then one size per axis, some axes kept at their input size (null, PyTorch's None).
                        SizeArg size = rank >= 2 && random.Next(3) == 0
                            ? SizeArg.Of(Enumerable.Range(0, rank).Select(_ => (long)random.Next(1, 6)).ToArray()) with { Kept = random.Next(1, 1 << rank) }
                            : SizeArg.Of(random.Next(1, 6));
                        return new LayerSpec(name, random.Next(2) == 0 ? LayerKind.AdaptiveAvgPool : LayerKind.AdaptiveMaxPool, rank) { Size = size, From = From };
                    }
                case 6:
                    return random.Next(3) == 0
                        ? new LayerSpec(name, LayerKind.Upsample, 0) { Size = SizeArg.Of(random.Next(1, 30)), From = From }
                        : new LayerSpec(name, LayerKind.Upsample, 0) { ScaleFactor = Scales(random, square ? rank : 1), From = From };
                case 7:
                    // One value for every side, or a (before, after) pair per axis, whose crop may exceed the input while o stays positive.
                    return new LayerSpec(name, LayerKind.ZeroPad, rank)
                    {
                        Padding = random.Next(2) == 0 ? SizeArg.Of(random.Next(-1, 3)) : SizeArg.Of(Enumerable.Range(0, 2 * rank).Select(_ => (long)random.Next(-3, 4)).ToArray()),
                        From = From,
                    };
                case 8:
                    {
                        var targets = shapes.Where(s => s.Shape.Rank == rank && !s.Shape.IsFlat).ToList();
                        (string target, _) = targets[random.Next(targets.Count)];
                        return new LayerSpec(name, LayerKind.CenterCrop, 0) { Sources = EquatableArray.Of(target), From = From };
                    }
                case 9:
                    return random.Next(2) == 0
                        ? new LayerSpec(name, LayerKind.BatchNorm, rank) { InChannels = channels, From = From }
                        : new LayerSpec(name, LayerKind.Identity, 0) { From = From };
                case 10:
                    return new LayerSpec(name, LayerKind.Flatten, 0) { From = From };
                case 11:
                case 12:
                    return Join(random, name, LayerKind.Add, shapes, shape);
                default:
                    return Join(random, name, LayerKind.Concat, shapes, shape);
            }
        }

        /// <summary>
        /// One scale, or in square networks now and then one per axis, some a quarter above a choice: 1.5 and 1.75 give the
        /// same size from 2, not from 4.
        /// </summary>
        private static EquatableArray<double> Scales(Random random, int axes)
        {
            double[] choices = { 0.5, 1.5, 2.0, 3.0 };
            double scale = choices[random.Next(4)];
            return axes > 1 && random.Next(4) == 0
                ? new EquatableArray<double>(Enumerable.Range(0, axes).Select(_ => random.Next(2) == 0 ? scale : choices[random.Next(4)] + 0.25 * random.Next(2)).ToArray())
                : EquatableArray.Of(scale);
        }

        /// <summary>A join of the chosen shape with one or two earlier layers that match it at the declared size, if there are any.</summary>
        private static LayerSpec? Join(Random random, string name, LayerKind kind, List<(string Name, TensorShape Shape)> shapes, TensorShape shape)
        {
            var partners = shapes.Where(s => kind == LayerKind.Add ? s.Shape == shape : s.Shape.Rank == shape.Rank && s.Shape.Sizes == shape.Sizes).ToList();
            if (partners.Count < 2)
                return null;
            var sources = Enumerable.Range(0, random.Next(2, 4)).Select(_ => partners[random.Next(partners.Count)].Name).ToArray();
            return new LayerSpec(name, kind, 0) { Sources = new EquatableArray<string>(sources) };
        }
    }
}
