using System.Linq;
using static ConvShapeAnalyzers.Core.HyperParameters;
using static ConvShapeAnalyzers.Core.Text;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>Layers that set spatial sizes directly: adaptive pooling, Upsample, the padding layers, CenterCrop.</summary>
    internal static class ResizeRules
    {
        /// <summary>Adaptive pooling: o = the requested size whatever the input, or i where the size is null (PyTorch's None).
        /// Its receptive field is that of a pooling where its windows are alike on every axis (<see cref="AdaptiveWindow"/>), else undefined.</summary>
        public static void Adaptive(LayerScope scope, TensorShape? input, LayerResult result)
        {
            LayerSpec spec = scope.Spec;
            long[]? size = spec.Size is null ? null : Expand(scope, spec.Size, Fill(spec.Rank, 1), Param.Size, "outputSize", 1, listPerAxis: true);
            if (size is null)
                return;
            SizeArg? kept = spec.Size!.Kept == 0 ? null : spec.Size;
            if (scope.Describe)
                result.Description = scope.Module + "(" + (kept is null ? Compact(size) : string.Join("×", size.Select((s, a) => kept.Keeps(a) ? "None" : N(s)))) + ")";
            result.Field = FieldChange.Undefined;
            if (input is null || !Shapes.HasRank(scope, input, spec.Rank))
                return;
            long[] sizes = new long[size.Length];
            result.Field = FieldChange.Window;
            for (int a = 0; a < size.Length; a++)
            {
                bool keeps = kept is not null && kept.Keeps(a);
                sizes[a] = keeps ? input.Sizes[a] : size[a];
                (long Width, long Stride)? window = AdaptiveWindow(input.Sizes[a], sizes[a]);
                if (window is not null)
                    result.Windows.Add((window.Value.Width, window.Value.Stride, 0));
                else
                    result.Field = FieldChange.Undefined;
                string formula = keeps ? "o = i = " + N(sizes[a]) + " (outputSize null: the input's size, as PyTorch's None)"
                    : "o = " + N(size[a]) + " (the requested size, whatever the input " + N(input.Sizes[a]) + WindowText(window, size[a]) + ")";
                result.Axes.Add(new AxisReport(Axes.For(spec.Rank)[a], 0, 0, default, 1, 0, 0, 0, AxisFormula.Of(formula)));
            }
            result.Output = new TensorShape(input.Channels, new EquatableArray<long>(sizes));
        }

        private static string WindowText((long Width, long Stride)? window, long o) =>
            window is not { } w ? "" : o == 1 ? "; one window of " + N(w.Width) : "; windows of " + N(w.Width) + ", " + N(w.Stride) + " apart";

        /// <summary>
        /// The one window (width, stride) of adaptive pooling from i to o, or null where the windows differ. PyTorch's window
        /// j runs from ⌊j·i/o⌋ to ⌈(j + 1)·i/o⌉; with i = q·o + r, the starts are q apart only while r ≤ 1, and then every
        /// window is q wide (r = 0: global pooling, a kept axis) or q + 1 wide (r = 1: 28 to 3 reads 10 positions, 9 apart).
        /// </summary>
        private static (long Width, long Stride)? AdaptiveWindow(long i, long o)
        {
            if (o < 1)
                return null;
            long q = i / o, r = i % o;
            return q < 1 || r > 1 ? null : (q + r, q);
        }

        /// <summary>Upsample: o = ⌊i · scale⌋ (as PyTorch's interpolate), or the given Size.</summary>
        public static void Upsample(LayerScope scope, TensorShape? input, LayerResult result)
        {
            LayerSpec spec = scope.Spec;
            bool hasScale = !spec.ScaleFactor.IsEmpty;
            if (hasScale == (spec.Size is not null))
            {
                scope.Report(Rule.OutOfRange, Param.Layer, "Upsample takes exactly one of ScaleFactor and Size" + (hasScale ? ", not both" : "") + " (as PyTorch's nn.Upsample)");
                return;
            }
            if (hasScale && spec.ScaleFactor.Any(f => !(f > 0) || double.IsInfinity(f)))
            {
                scope.Report(Rule.OutOfRange, Param.ScaleFactor, "ScaleFactor = " + string.Join(", ", spec.ScaleFactor.Select(N)) + " is out of range: a scale must be a finite number above 0");
                return;
            }
            if (!ModeRules.CheckUpsampleOptions(scope))
                return;
            if (scope.Describe)
                result.Description = "Upsample(" + (hasScale ? "×" + string.Join("×", spec.ScaleFactor.Select(N)) : Compact(spec.Size!.Values.ToArray()))
                    + ModeRules.Note(spec.Mode, LayerSpec.DefaultUpsampleMode) + ")";
            result.Field = FieldChange.Undefined;
            if (input is null)
                return;
            if (input.IsFlat)
            {
                Shapes.HasRank(scope, input, spec.Size?.Values.Count ?? spec.ScaleFactor.Count);
                return;
            }
            // PyTorch checks the count of scales or sizes, then the mode against the rank, then that no size is below 1.
            int rank = input.Rank;
            long[] sizes = new long[rank];
            string[] names = Axes.For(rank);
            if (hasScale)
            {
                if (spec.ScaleFactorListOfOne && rank > 1)
                {
                    scope.Report(Rule.OutOfRange, Param.ScaleFactor, "ScaleFactor is a list of one value (" + N(spec.ScaleFactor[0]) + "); the input " + input
                        + " takes a number for every axis or a list of one value per axis (" + string.Join(", ", names) + "), as PyTorch does: write " + N(spec.ScaleFactor[0]));
                    return;
                }
                if (spec.ScaleFactor.Count != 1 && spec.ScaleFactor.Count != rank)
                {
                    scope.Report(Rule.OutOfRange, Param.ScaleFactor, "ScaleFactor has " + Plural(spec.ScaleFactor.Count, "value") + "; the input " + input
                        + " takes one, or one per axis (" + string.Join(", ", names) + ")");
                    return;
                }
                if (!ModeRules.CheckUpsampleRank(scope, input))
                    return;
                for (int a = 0; a < rank; a++)
                {
                    double scale = spec.ScaleFactor[spec.ScaleFactor.Count == 1 ? 0 : a];
                    double exact = Upsampled(input.Sizes[a], scale);
                    string formula = "o = ⌊" + N(input.Sizes[a]) + " · " + N(scale) + "⌋ = " + N(exact);
                    if (exact < 1 || exact > AxisArithmetic.MaxSize)
                    {
                        scope.Report(exact < 1 ? Rule.OutputBelowOne : Rule.Overflow, Param.ScaleFactor, names[a] + ": " + formula
                            + (exact < 1 ? " is below 1; use a larger scale" : " overflows a 32-bit size"));
                        return;
                    }
                    sizes[a] = (long)exact;
                    result.Axes.Add(new AxisReport(names[a], 0, 0, default, 1, 0, 0, 0, AxisFormula.Of(formula)));
                }
            }
            else
            {
                long[]? given = Expand(scope, spec.Size, Fill(rank, 1), Param.Size, "Size", 1, listPerAxis: true);
                if (given is null || !ModeRules.CheckUpsampleRank(scope, input))
                    return;
                given.CopyTo(sizes, 0);
                for (int a = 0; a < rank; a++)
                    result.Axes.Add(new AxisReport(names[a], 0, 0, default, 1, 0, 0, 0, AxisFormula.Of("o = " + N(sizes[a]) + " (the given size)")));
            }
            result.Output = new TensorShape(input.Channels, new EquatableArray<long>(sizes));
        }

        /// <summary>⌊i · scale⌋, as PyTorch's interpolate computes the size; below 1 or beyond 32 bits is refused.</summary>
        internal static double Upsampled(long input, double scale) => System.Math.Floor(input * scale);

        /// <summary>
        /// The padding layers (ZeroPad, ConstantPad, ReflectionPad, ReplicationPad): o = i + pl + pr, with PyTorch's order (left,
        /// right, top, bottom, front, back: last axis first). As PyTorch's F.pad, one pair more pads the channels, and constant
        /// padding also takes fewer pairs, for the last axes only. Negative values crop.
        /// </summary>
        public static void Pad(LayerScope scope, TensorShape? input, LayerResult result)
        {
            LayerSpec spec = scope.Spec;
            int rank = spec.Rank;
            long[]? pairs = PadPairs(spec.Kind, spec.Padding, rank);
            if (pairs is null)
            {
                scope.Report(Rule.OutOfRange, Param.Padding, "padding = " + (spec.Padding?.Source ?? "nothing") + " is not a valid " + scope.Module
                    + " padding: give one number for every side, or " + (PadsByConstant(spec.Kind)
                        ? "(before, after) pairs as PyTorch does, last axis first (" + string.Join(", ", Sides(rank)) + "), and a further pair for the channels"
                        : "one (before, after) pair per axis as PyTorch does, last axis first (" + string.Join(", ", Sides(rank)) + ")"
                            + (rank < 3 ? ", and maybe a further pair for the channels" : "")
                            + "; PyTorch pads every axis by reflection or replication, or none (\"Only 2D, 3D, 4D, 5D padding with non-constant padding are supported\")"));
                return;
            }
            // Beyond 32 bits either way, i + pl + pr could wrap around 64 bits and read as a plausible size.
            foreach (long value in pairs)
            {
                if (value > AxisArithmetic.MaxSize || value < -AxisArithmetic.MaxSize)
                {
                    scope.Report(Rule.Overflow, Param.Padding, "padding = " + spec.Padding!.Source + " overflows a 32-bit size");
                    return;
                }
            }
            if (scope.Describe)
                result.Description = scope.Module + "(" + Compact(spec.Padding!.Values.ToArray()) + ")";
            if (input is null || !Shapes.HasRank(scope, input, rank))
                return;
            result.Field = FieldChange.Window;    // the field keeps its size, but where it starts moves by the padding before
            long[] sizes = new long[rank];
            string[] names = Axes.For(rank);
            // PyTorch checks every side's reflection limit, last axis first and the channels last, before any output size.
            if (spec.Kind == LayerKind.ReflectionPad)
            {
                for (int a = rank - 1; a >= 0; a--)
                    if (!ModeRules.CheckReflectedSides(scope, names[a], input.Sizes[a], PairOf(pairs, rank, a)))
                        return;
                if (!ModeRules.CheckReflectedSides(scope, "Channels", input.Channels, PairOf(pairs, rank, -1)))
                    return;
            }
            for (int a = 0; a < rank; a++)
            {
                AxisPadding pad = PairOf(pairs, rank, a);
                if (Padded(scope, names[a], input.Sizes[a], pad, "o", out string formula) is not { } o)
                    return;
                sizes[a] = o;
                result.Axes.Add(new AxisReport(names[a], 0, 1, pad, 1, 0, 0, 0, AxisFormula.Of(formula)));
                result.Windows.Add((1, 1, pad.Before));
            }
            if (Padded(scope, "Channels", input.Channels, PairOf(pairs, rank, -1), "c", out _) is not { } channels)
                return;
            result.Output = new TensorShape(channels, new EquatableArray<long>(sizes));
        }

        /// <summary>
        /// A padding layer's padding as 2·rank + 2 values: the spatial pairs last axis first, then the channels' pair, 0 where
        /// not given; null where PyTorch refuses the count: an odd one, a list of one, more pairs (which would pad the batch)
        /// and, by reflection or replication, fewer pairs, or the channels' pair of a 3-D layer (a 4-D padding).
        /// </summary>
        public static long[]? PadPairs(LayerKind kind, SizeArg? arg, int rank)
        {
            if (arg is null || arg.Mode != PadMode.Explicit || arg.ListOfOne || rank < 1)
                return null;
            int count = arg.Values.Count;
            var pairs = new long[2 * rank + 2];
            if (count == 1)
            {
                for (int n = 0; n < 2 * rank; n++)
                    pairs[n] = arg.Values[0];
                return pairs;
            }
            if (count % 2 != 0 || count > pairs.Length
                || (!PadsByConstant(kind) && count != 2 * rank && (count != 2 * rank + 2 || rank == 3)))
                return null;
            for (int n = 0; n < count; n++)
                pairs[n] = arg.Values[n];
            return pairs;
        }

        /// <summary>The (before, after) pair of <see cref="PadPairs"/> for a spatial axis, or for the channels at axis −1 (the last pair).</summary>
        private static AxisPadding PairOf(long[] pairs, int rank, int axis)
        {
            int pair = 2 * (rank - 1 - axis);
            return new AxisPadding(pairs[pair], pairs[pair + 1]);
        }

        /// <summary>ZeroPad and ConstantPad pad by constant_pad_nd, which takes fewer pairs and crops before it pads.</summary>
        private static bool PadsByConstant(LayerKind kind) => kind is LayerKind.ZeroPad or LayerKind.ConstantPad;

        /// <summary>
        /// i + before + after and its <paramref name="formula"/>, or null after a report where it is below 1, overflows, or
        /// (constant padding) crops more than there is.
        /// </summary>
        private static long? Padded(LayerScope scope, string axis, long size, AxisPadding pad, string symbol, out string formula)
        {
            long o = size + pad.Total;
            formula = symbol + " = " + N(size) + " + " + N(pad.Before) + " + " + N(pad.After) + " = " + N(o);
            if (o < 1 || o > AxisArithmetic.MaxSize)
            {
                scope.Report(o < 1 ? Rule.OutputBelowOne : Rule.Overflow, Param.Padding, axis + ": " + formula + (o < 1 ? " is below 1: the negative padding crops more than the input has" : " overflows a 32-bit size"));
                return null;
            }
            if (pad.Cropped > size && PadsByConstant(scope.Spec.Kind))
            {
                // constant_pad_nd narrows by the negative values first, so padding on the other side does not make up for them.
                scope.Report(Rule.OutputBelowOne, Param.Padding, axis + ": the negative padding crops " + N(pad.Cropped) + " from an input of " + N(size)
                    + " before the other side is padded, more than the input has (PyTorch crops first), though " + formula + "; crop at most " + N(size));
                return null;
            }
            return o;
        }

        /// <summary>
        /// PixelShuffle (depth to space): C·r² channels of H×W become C channels of rH×rW; PixelUnshuffle (space to depth) the
        /// reverse, each axis divisible by r. PyTorch shuffles the last three axes, so a network's must be channels, height, width.
        /// </summary>
        public static void PixelShuffle(LayerScope scope, TensorShape? input, LayerResult result)
        {
            LayerSpec spec = scope.Spec;
            bool up = spec.Kind == LayerKind.PixelShuffle;
            string factorName = up ? "upscale_factor" : "downscale_factor";
            long r = spec.Factor;
            if (r < 1)
            {
                scope.Report(Rule.OutOfRange, Param.Factor, factorName + " = " + N(r) + " is out of range: it must be at least 1 (PyTorch: \"" + (up ? "pixel_shuffle" : "pixel_unshuffle")
                    + " expects a positive " + factorName + "\")");
                return;
            }
            if (scope.Describe)
                result.Description = scope.Module + "(" + N(r) + ")";
            result.Field = up ? FieldChange.Undefined : FieldChange.Window;
            if (input is null || !Shapes.HasRank(scope, input, 2))
                return;
            long square = Checked.Product(r, r);
            string[] names = Axes.For(2);
            long[] sizes = new long[2];
            if (up)
            {
                if (input.Channels % square != 0)
                {
                    scope.Report(Rule.ChannelMismatch, Param.Factor, "PixelShuffle(" + N(r) + ") turns each " + N(r) + "² = " + N(square) + " channels into one, but the input " + input
                        + " has " + Plural(input.Channels, "channel") + " (" + N(input.Channels) + " mod " + N(square) + " = " + N(input.Channels % square) + "); PyTorch would fail with "
                        + "\"pixel_shuffle expects its input's 'channel' dimension to be divisible by the square of upscale_factor\". Give it a multiple of " + N(square) + " channels");
                    return;
                }
                for (int a = 0; a < 2; a++)
                {
                    sizes[a] = Checked.Product(input.Sizes[a], r);
                    if (!Checked.FitsSize(scope, sizes[a], names[a] + ": " + N(input.Sizes[a]) + " · " + N(r)))
                        return;
                    result.Axes.Add(new AxisReport(names[a], 0, 0, default, 1, 0, 0, 0, AxisFormula.Of("o = " + N(input.Sizes[a]) + " · " + N(r) + " = " + N(sizes[a]))));
                }
                result.Output = new TensorShape(input.Channels / square, new EquatableArray<long>(sizes));
                return;
            }
            // PyTorch checks the height before the width.
            for (int a = 0; a < 2; a++)
            {
                if (input.Sizes[a] % r != 0)
                {
                    scope.Report(Rule.OutOfRange, Param.Factor, names[a] + ": PixelUnshuffle(" + N(r) + ") folds " + N(r) + "×" + N(r) + " blocks into channels, but " + N(input.Sizes[a])
                        + " is not a multiple of " + N(r) + " (" + N(input.Sizes[a]) + " mod " + N(r) + " = " + N(input.Sizes[a] % r) + "); PyTorch refuses it (\"pixel_unshuffle expects "
                        + names[a].ToLowerInvariant() + " to be divisible by downscale_factor\"). Use a factor that divides both sizes, or an input of " + N(input.Sizes[a] - input.Sizes[a] % r)
                        + " or " + N(input.Sizes[a] - input.Sizes[a] % r + r));
                    return;
                }
                sizes[a] = input.Sizes[a] / r;
                result.Axes.Add(new AxisReport(names[a], r, r, default, 1, 0, 0, 0, AxisFormula.Of("o = " + N(input.Sizes[a]) + " / " + N(r) + " = " + N(sizes[a]))));
                result.Windows.Add((r, r, 0));    // a block of r with stride r, as a convolution's window
            }
            long channels = Checked.Product(input.Channels, square);
            if (Checked.FitsSize(scope, channels, "Channels: " + N(input.Channels) + " · " + N(r) + "²"))
                result.Output = new TensorShape(channels, new EquatableArray<long>(sizes));
        }

        /// <summary>CenterCrop to the target's spatial sizes: ⌊(i − o)/2⌋ removed before, the rest after.</summary>
        public static void CenterCrop(LayerScope scope, TensorShape? input, TensorShape? target, string targetName, LayerResult result)
        {
            if (scope.Describe)
                result.Description = "CenterCrop(to " + targetName + ")";
            if (input is null || target is null)
                return;
            if (input.IsFlat || target.Rank != input.Rank)
            {
                scope.Report(Rule.WrongRank, Param.Sources, "CenterCrop needs two spatial tensors of one rank, but crops " + input + " to " + targetName + "'s " + target, null, 0);
                return;
            }
            long[] sizes = target.Sizes.ToArray();
            string[] names = Axes.For(input.Rank);
            result.Field = FieldChange.Window;    // as a zero padding: the crop before moves where the field starts
            for (int a = 0; a < sizes.Length; a++)
            {
                long removed = input.Sizes[a] - sizes[a];
                if (removed < 0)
                {
                    scope.Report(Rule.OutOfRange, Param.Sources, names[a] + ": cannot crop " + N(input.Sizes[a]) + " to " + targetName + "'s " + N(sizes[a])
                        + ", which is larger; crop the larger tensor to the smaller one instead", null, 0);
                    return;
                }
                result.Axes.Add(new AxisReport(names[a], 0, 1, new AxisPadding(-(removed / 2), -(removed - removed / 2)), 1, 0, 0, 0,
                    AxisFormula.Of("o = " + N(sizes[a]) + ", cropping " + N(removed / 2) + " before and " + N(removed - removed / 2) + " after")));
                result.Windows.Add((1, 1, -(removed / 2)));
            }
            result.Output = new TensorShape(input.Channels, new EquatableArray<long>(sizes));
        }

        private static string[] Sides(int rank) => new[] { "left", "right", "top", "bottom", "front", "back" }.Take(2 * rank).ToArray();
    }
}
