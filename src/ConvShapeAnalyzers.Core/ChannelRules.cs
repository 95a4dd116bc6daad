using System.Linq;
using static ConvShapeAnalyzers.Core.HyperParameters;
using static ConvShapeAnalyzers.Core.Text;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>Layers that keep or flatten the spatial sizes: BatchNorm, InstanceNorm, GroupNorm, Identity, Flatten, Linear.</summary>
    internal static class ChannelRules
    {
        /// <summary>BatchNorm and InstanceNorm: the shape unchanged, 2·C parameters with Affine (BatchNorm's default, not InstanceNorm's).</summary>
        public static void BatchNorm(LayerScope scope, TensorShape? input, LayerResult result)
        {
            LayerSpec spec = scope.Spec;
            bool instance = spec.Kind == LayerKind.InstanceNorm;
            if (!Positive(scope, spec.InChannels, Param.InChannels, "num_features"))
                return;
            if (scope.Describe)
                result.Description = scope.Module + "(" + N(spec.InChannels) + (spec.Affine == instance ? ", affine=" + (spec.Affine ? "True" : "False") : "") + ")";    // where not the default
            // BatchNorm1d also normalises flat (N, C) vectors.
            if (input is null || (!(spec.Rank == 1 && input.IsFlat && !instance) && !Shapes.HasRank(scope, input, spec.Rank)))
                return;
            if (instance && !spec.TrackRunningStats && !InstanceHasPositions(scope, input))
                return;
            // Without running statistics and without Affine, the layer holds no tensor of num_features' size, and PyTorch never
            // compares it with the input. InstanceNorm folds the batch into the channels, so its message counts N of each.
            if (input.Channels != spec.InChannels && (spec.Affine || spec.TrackRunningStats))
            {
                string perSample = instance ? "N·" : "";
                scope.Report(Rule.ChannelMismatch, Param.InChannels, "num_features is " + N(spec.InChannels) + " but " + Incoming(input) + "; PyTorch would fail with \""
                    + (spec.TrackRunningStats ? "running_mean" : "weight") + " should contain " + perSample + N(input.Channels) + " elements not " + perSample + N(spec.InChannels)
                    + "\"" + (instance ? " (N the batch size)" : "") + ". Set numFeatures to " + N(input.Channels), N(input.Channels));
            }
            result.Output = input;
            result.Parameters = spec.Affine ? Checked.Product(2, spec.InChannels) : 0;
        }

        /// <summary>"the input 16×32×32 has 16 channels" (features, when flat), as the norms' mismatches say it.</summary>
        private static string Incoming(TensorShape input) => "the input " + input + " has " + Plural(input.Channels, input.IsFlat ? "feature" : "channel");

        /// <summary>
        /// InstanceNorm normalises each channel over its positions, which takes more than one; PyTorch checks that whenever it
        /// uses the input's statistics: in training, and always without running statistics. False after a report.
        /// </summary>
        private static bool InstanceHasPositions(LayerScope scope, TensorShape input)
        {
            if (Checked.Elements(input) != input.Channels)
                return true;
            scope.Report(Rule.OutputBelowOne, Param.Layer, scope.Module + " normalises each channel over its positions, but the input " + input
                + " has one per channel; PyTorch refuses it (\"Expected more than 1 spatial element when training\", and so in evaluation too without running statistics). "
                + "Give it an input of more than one position, or set TrackRunningStats = true (then it is refused in training only)");
            return false;
        }

        /// <summary>GroupNorm: the channels in num_groups groups, any rank; the shape unchanged, 2·C parameters with Affine.</summary>
        public static void GroupNorm(LayerScope scope, TensorShape? input, LayerResult result)
        {
            LayerSpec spec = scope.Spec;
            if (!(Positive(scope, spec.Groups, Param.Groups, "num_groups") & Positive(scope, spec.InChannels, Param.InChannels, "num_channels")))
                return;
            if (spec.InChannels % spec.Groups != 0)
            {
                scope.Report(Rule.GroupsDoNotDivide, Param.Groups, "num_groups = " + N(spec.Groups) + " does not divide num_channels = " + N(spec.InChannels) + " ("
                    + N(spec.InChannels) + " mod " + N(spec.Groups) + " = " + N(spec.InChannels % spec.Groups) + "); PyTorch refuses it (\"num_channels must be divisible by num_groups\"). "
                    + "Use a num_groups that divides " + N(spec.InChannels));
                return;
            }
            if (scope.Describe)
                result.Description = "GroupNorm(" + N(spec.Groups) + ", " + N(spec.InChannels) + (spec.Affine ? "" : ", affine=False") + ")";
            if (input is null)
                return;
            // PyTorch checks that the groups divide the incoming channels before it compares them with the weight (Affine only).
            if (input.Channels % spec.Groups != 0)
            {
                scope.Report(Rule.ChannelMismatch, Param.InChannels, "num_channels is " + N(spec.InChannels) + " but " + Incoming(input) + ", which " + N(spec.Groups) + " groups do not divide; PyTorch would fail with "
                    + "\"Expected number of channels in input to be divisible by num_groups\". Set numChannels to " + N(input.Channels) + " and numGroups to a divisor of it");
                return;
            }
            if (input.Channels != spec.InChannels && spec.Affine)
                scope.Report(Rule.ChannelMismatch, Param.InChannels, "num_channels is " + N(spec.InChannels) + " but " + Incoming(input) + "; PyTorch would fail with \"Expected weight to be a vector of size equal to the number of channels in input\". "
                    + "Set numChannels to " + N(input.Channels), N(input.Channels));
            result.Output = input;
            result.Parameters = spec.Affine ? Checked.Product(2, spec.InChannels) : 0;
        }

        public static void Identity(TensorShape? input, LayerResult result)
        {
            result.Description = "Identity";
            result.Output = input;
        }

        public static void Flatten(LayerScope scope, TensorShape? input, LayerResult result)
        {
            result.Description = "Flatten";
            result.Field = FieldChange.Undefined;
            if (input is null)
                return;
            long features = Checked.Elements(input);
            if (Checked.FitsSize(scope, features, "the flattened size " + string.Join(" · ", new[] { input.Channels }.Concat(input.Sizes).Select(N))))
                result.Output = TensorShape.Flat(features);
        }

        public static void Linear(LayerScope scope, TensorShape? input, LayerResult result)
        {
            LayerSpec spec = scope.Spec;
            if (!(Positive(scope, spec.InChannels, Param.InChannels, "in_features") & Positive(scope, spec.OutChannels, Param.OutChannels, "out_features")))
                return;
            if (scope.Describe)
                result.Description = "Linear(" + N(spec.InChannels) + "→" + N(spec.OutChannels) + ")";
            result.Field = FieldChange.Undefined;
            if (input is null)
                return;
            if (!input.IsFlat)
            {
                scope.Report(Rule.WrongRank, Param.Layer, "Linear needs a flat input, but its input " + input + " is " + Shapes.RankName(input)
                    + "; add [Flatten] before it (" + Product(input) + " = " + N(Checked.Elements(input)) + " features)");
                return;
            }
            if (input.Channels != spec.InChannels)
                scope.Report(Rule.FeatureMismatch, Param.InChannels, "in_features is " + N(spec.InChannels) + " but " + N(input.Channels)
                    + " features come in; PyTorch would fail with \"mat1 and mat2 shapes cannot be multiplied (1x" + N(input.Channels) + " and "
                    + N(spec.InChannels) + "x" + N(spec.OutChannels) + ")\". Set inFeatures to " + N(input.Channels), N(input.Channels));
            result.Output = TensorShape.Flat(spec.OutChannels);
            result.Parameters = Checked.Sum(Checked.Product(spec.InChannels, spec.OutChannels), spec.Bias ? spec.OutChannels : 0);
            result.MultiplyAdds = Checked.Product(spec.InChannels, spec.OutChannels);
            Checked.ReportCounts(scope, result);
        }

        /// <summary>"32 * 8 * 8": the shape a flat vector came from, as a C# product (set by the network analyzer).</summary>
        public static string Product(TensorShape shape) => string.Join(" * ", new[] { shape.Channels }.Concat(shape.Sizes).Select(N));
    }
}
