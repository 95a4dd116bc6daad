using System.Linq;
using static ConvShapeAnalyzers.Core.HyperParameters;
using static ConvShapeAnalyzers.Core.Text;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>Layers that keep or flatten the spatial sizes: BatchNorm, Identity, Flatten, Linear.</summary>
    internal static class ChannelRules
    {
        public static void BatchNorm(LayerScope scope, TensorShape? input, LayerResult result)
        {
            LayerSpec spec = scope.Spec;
            if (!Positive(scope, spec.InChannels, Param.InChannels, "num_features"))
                return;
            if (scope.Describe)
                result.Description = scope.Module + "(" + N(spec.InChannels) + (spec.Affine ? "" : ", affine=False") + ")";
            // BatchNorm1d also normalises flat (N, C) vectors.
            if (input is null || (!(spec.Rank == 1 && input.IsFlat) && !Shapes.HasRank(scope, input, spec.Rank)))
                return;
            // Without running statistics and without Affine, the layer holds no tensor of num_features' size, and PyTorch never
            // compares it with the input.
            if (input.Channels != spec.InChannels && (spec.Affine || spec.TrackRunningStats))
                scope.Report(Rule.ChannelMismatch, Param.InChannels, "num_features is " + N(spec.InChannels) + " but the input " + input + " has "
                    + Plural(input.Channels, input.IsFlat ? "feature" : "channel") + "; PyTorch would fail with \"" + (spec.TrackRunningStats ? "running_mean" : "weight")
                    + " should contain " + N(input.Channels) + " elements not " + N(spec.InChannels) + "\". Set numFeatures to " + N(input.Channels), N(input.Channels));
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
