using System.Linq;
using static ConvShapeAnalyzers.Core.HyperParameters;
using static ConvShapeAnalyzers.Core.Text;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>Conv1d/2d/3d and ConvTranspose1d/2d/3d: validation, shape, counts.</summary>
    internal static class ConvolutionRules
    {
        private static readonly PadMode[] ConvModes = { PadMode.Valid, PadMode.Same, PadMode.SameUpper, PadMode.SameLower, PadMode.Full };
        private static readonly PadMode[] TransposedModes = { PadMode.Valid };

        public static void Apply(LayerScope scope, TensorShape? input, LayerResult result)
        {
            LayerSpec spec = scope.Spec;
            int rank = spec.Rank;
            bool transposed = spec.Kind == LayerKind.ConvTranspose;
            bool counts = Positive(scope, spec.InChannels, Param.InChannels, "in_channels")
                & Positive(scope, spec.OutChannels, Param.OutChannels, "out_channels")
                & Positive(scope, spec.Groups, Param.Groups, "groups");
            // PyTorch reads a list of one as the number for stride, padding and dilation, but shapes the weight by the kernel's list.
            long[]? k = Expand(scope, spec.Kernel, Fill(rank, 1), Param.Kernel, "kernelSize", 1, listPerAxis: true);
            long[]? s = Expand(scope, spec.Stride, Fill(rank, 1), Param.Stride, "Stride", 1);
            long[]? d = Expand(scope, spec.Dilation, Fill(rank, 1), Param.Dilation, "Dilation", 1);
            var padding = Padding(scope, spec.Padding, rank, transposed ? TransposedModes : ConvModes);
            long[]? op = transposed ? Expand(scope, spec.OutputPadding, Fill(rank, 0), Param.OutputPadding, "OutputPadding", 0) : Fill(rank, 0);
            bool paddingMode = ModeRules.CheckPaddingMode(scope);
            if (counts)
                CheckGroups(scope, spec);
            // PyTorch refuses 'same' with a stride as it builds the module, whatever else is wrong (a kernel it would refuse later).
            bool sameStrided = s is not null && padding is { Mode: PadMode.Same } && s.Any(v => v != 1);
            if (sameStrided)
                scope.Report(Rule.SameNeedsUnitStride, Param.Padding, "Padding = Pad.Same needs stride 1, but Stride = " + Source(s!)
                    + "; PyTorch refuses it (\"padding='same' is not supported for strided convolutions\"). Pad.SameUpper gives o = ⌈i/s⌉ as TensorFlow and ONNX do",
                    PadMode.SameUpper.SourceName());
            // A count below 1 is reported above; going on would divide by groups = 0 or report the same value again (CSA2001, CSA1008).
            if (!counts || !paddingMode || k is null || s is null || d is null || padding is null || op is null)
                return;

            // Checked before the stride and output padding rules return, so that one build names every mistake PyTorch would meet.
            bool ranked = input is not null && Shapes.HasRank(scope, input, rank);
            if (ranked && input!.Channels != spec.InChannels)
                scope.Report(Rule.ChannelMismatch, Param.InChannels, "in_channels is " + N(spec.InChannels) + " but the input " + input + " has "
                    + Plural(input.Channels, "channel") + "; PyTorch would fail with \"expected input to have " + N(spec.InChannels) + " channels, but got "
                    + N(input.Channels) + " channels instead\". Set inChannels to " + N(input.Channels), N(input.Channels));

            if (sameStrided)
                return;
            PadMode mode = padding.Value.Mode;
            if (transposed)
                for (int a = 0; a < rank; a++)
                    if (op[a] >= System.Math.Max(s[a], d[a]))
                    {
                        scope.Report(Rule.OutputPaddingTooLarge, Param.OutputPadding, "OutputPadding = " + Source(op) + " must be smaller than the stride or the dilation ("
                            + Axes.For(rank)[a] + ": max(" + N(s[a]) + ", " + N(d[a]) + ") = " + N(System.Math.Max(s[a], d[a]))
                            + "); PyTorch refuses it (\"output padding must be smaller than either stride or dilation\")");
                        return;
                    }

            if (scope.Describe)
                result.Description = scope.Module + "(" + N(spec.InChannels) + "→" + N(spec.OutChannels) + ", k=" + Compact(k) + ", s=" + Compact(s)
                    + ", p=" + (mode == PadMode.Explicit ? Compact(padding.Value.Values) : mode.ToString()) + (d.All(v => v == 1) ? "" : ", d=" + Compact(d))
                    + (op.All(v => v == 0) ? "" : ", op=" + Compact(op)) + (spec.Groups == 1 ? "" : ", g=" + N(spec.Groups)) + ModeRules.Note(spec.PaddingMode, LayerSpec.DefaultPaddingMode) + ")";
            result.Field = transposed ? FieldChange.Undefined : FieldChange.Window;
            if (input is null || !ranked)
                return;

            long[] sizes = new long[rank];
            string[] names = Axes.For(rank);
            for (int a = 0; a < rank; a++)
            {
                AxisPadding pad = AxisArithmetic.ResolvePadding(mode, padding.Value.Values[a], input.Sizes[a], k[a], s[a], d[a]);
                if (!ModeRules.CheckPaddedSides(scope, names[a], input.Sizes[a], pad, mode))
                    return;
                Outcome<AxisResult> axis = transposed
                    ? AxisArithmetic.Transposed(input.Sizes[a], k[a], s[a], d[a], pad, op[a])
                    : AxisArithmetic.Convolution(input.Sizes[a], k[a], s[a], d[a], pad);
                if (axis.Value is not { } value)
                {
                    scope.Report(axis.Refusal!, names[a]);
                    return;
                }
                sizes[a] = value.Output;
                result.Axes.Add(new AxisReport(names[a], k[a], s[a], pad, d[a], op[a], value.Remainder, value.Dropped, value.Arithmetic));
                result.Windows.Add((AxisArithmetic.EffectiveKernel(k[a], d[a]), s[a], pad.Before));
            }
            result.Output = new TensorShape(spec.OutChannels, new EquatableArray<long>(sizes));
            Count(scope, result, input, k);
            if (!transposed)
                RemainderHints.Check(scope, result, input, mode, padding.Value.Values, long.MaxValue);
            SamePaddingNote(scope, result, mode, k);
        }

        /// <summary>CSA1003 for the first channel count groups does not divide.</summary>
        private static void CheckGroups(LayerScope scope, LayerSpec spec)
        {
            if (Divides(scope, spec.InChannels, "in_channels"))
                Divides(scope, spec.OutChannels, "out_channels");
        }

        private static bool Divides(LayerScope scope, long channels, string name)
        {
            long groups = scope.Spec.Groups;
            if (channels % groups == 0)
                return true;
            scope.Report(Rule.GroupsDoNotDivide, Param.Groups, "groups = " + N(groups) + " does not divide " + name + " = " + N(channels) + " ("
                + N(channels) + " mod " + N(groups) + " = " + N(channels % groups) + "); PyTorch refuses it (\"" + name
                + " must be divisible by groups\"). Use a groups value that divides both channel counts");
            return false;
        }

        private static void Count(LayerScope scope, LayerResult result, TensorShape input, long[] k)
        {
            LayerSpec spec = scope.Spec;
            bool transposed = spec.Kind == LayerKind.ConvTranspose;
            long kernelVolume = Checked.Product(k);
            long weights = transposed
                ? Checked.Product(spec.InChannels, spec.OutChannels / spec.Groups, kernelVolume)
                : Checked.Product(spec.OutChannels, spec.InChannels / spec.Groups, kernelVolume);
            long perElement = transposed ? Checked.Product(spec.OutChannels / spec.Groups, kernelVolume) : Checked.Product(spec.InChannels / spec.Groups, kernelVolume);
            long elements = transposed ? Checked.Elements(input) : Checked.Elements(result.Output!);
            result.Parameters = Checked.Sum(weights, spec.Bias ? spec.OutChannels : 0);
            result.MultiplyAdds = Checked.Product(elements, perElement);
            Checked.ReportCounts(scope, result);
        }

        /// <summary>
        /// CSA4002: a "same" mode whose total padding is odd pads one side more. With stride 1 the total d(k − 1) is odd for an
        /// even k̂, so an odd kernel cures it; with a larger stride the total (⌈i/s⌉ − 1)s + k̂ − i also depends on the input size.
        /// </summary>
        private static void SamePaddingNote(LayerScope scope, LayerResult result, PadMode mode, long[] k)
        {
            if (mode != PadMode.Same && mode != PadMode.SameUpper && mode != PadMode.SameLower)
                return;
            var parts = new System.Collections.Generic.List<(string, string)>();
            bool strided = false;
            foreach (AxisReport axis in result.Axes)
                if (!axis.Padding.IsSymmetric)
                {
                    parts.Add((axis.Name, "Padding = " + mode.SourceName() + " with kernel " + N(axis.Kernel) + " pads " + N(axis.Padding.Before)
                        + " before and " + N(axis.Padding.After) + " after: the total " + N(axis.Padding.Total) + " is odd"));
                    strided |= axis.Stride > 1;
                }
            if (parts.Count > 0)
                scope.Report(Rule.AsymmetricSamePadding, Param.Padding, JoinAxes(parts) + ", so one side gets more ("
                    + (mode == PadMode.SameLower ? "the start, as ONNX SAME_LOWER" : "the end, as PyTorch and TensorFlow")
                    + "); frameworks that pad symmetrically will shift the output by one. "
                    + (strided ? "With a stride above 1 the total (⌈i/s⌉ − 1)·s + k̂ − i depends on the input size; one that makes it even pads both sides alike"
                        : "An odd kernel pads both sides alike"));
        }
    }
}
