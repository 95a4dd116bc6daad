using System.Linq;
using static ConvShapeAnalyzers.Core.Text;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>
    /// CSA3002: a transposed convolution that mirrors a convolution must give back that convolution's input size.
    /// The convolution maps sizes o … o + s − 1 to the same output, so the transposed one needs the output padding
    /// a = (i + pl + pr − k̂) mod s to pick the right one (Relationship 14).
    /// </summary>
    internal static class MirrorRule
    {
        public static void Check(LayerScope scope, LayerResult result, (string Name, LayerSpec Spec, TensorShape? Input)? mirrored)
        {
            if (mirrored is not { Input: { } target } partner || result.Output is null)
                return;
            if (target.Rank != result.Output.Rank)
            {
                scope.Report(Rule.MirrorMismatch, Param.Mirrors, "mirrors " + partner.Name + ", whose input " + target + " has another rank than this output " + result.Output);
                return;
            }
            // Each axis that misses its size needs a = the output padding that gives it back, if one below max(s, d) does.
            long[] fixedPadding = result.Axes.Select(a => a.OutputPadding).ToArray();
            var restores = new bool[result.Axes.Count];
            bool fixable = true;
            for (int a = 0; a < result.Axes.Count; a++)
            {
                if (target.Sizes[a] == result.Output.Sizes[a])
                    continue;
                AxisReport axis = result.Axes[a];
                long needed = axis.OutputPadding + target.Sizes[a] - result.Output.Sizes[a];
                restores[a] = needed >= 0 && needed < System.Math.Max(axis.Stride, axis.Dilation);
                if (restores[a])
                    fixedPadding[a] = needed;
                else
                    fixable = false;
            }
            // The value the fix writes; an axis's paragraph names it whole, so axes that need different values are told both.
            string? written = fixable ? HyperParameters.Source(fixedPadding) : null;
            var parts = new System.Collections.Generic.List<(string, string)>();
            for (int a = 0; a < result.Axes.Count; a++)
            {
                AxisReport axis = result.Axes[a];
                long wanted = target.Sizes[a];
                if (wanted == result.Output.Sizes[a])
                    continue;
                string part = axis.Formula + ", but " + partner.Name + " read " + N(wanted);
                if (restores[a])
                {
                    long kHat = AxisArithmetic.EffectiveKernel(axis.Kernel, axis.Dilation);
                    part += "; OutputPadding = " + (written ?? N(fixedPadding[a])) + " restores it (Relationship 14: a = (" + N(wanted) + " + " + axis.Padding.Term + " − " + N(kHat)
                        + ") mod " + N(axis.Stride) + " = " + N(AxisArithmetic.MirrorOutputPadding(wanted, axis.Kernel, axis.Stride, axis.Dilation, axis.Padding)) + ")";
                }
                else
                {
                    part += "; no output padding below max(stride, dilation) = " + N(System.Math.Max(axis.Stride, axis.Dilation))
                        + " can restore it: give this layer the kernel, stride and padding of " + partner.Name;
                }
                parts.Add((axis.Name, part));
            }
            if (parts.Count > 0)
                scope.Report(Rule.MirrorMismatch, Param.Layer, "does not restore the input size of " + partner.Name + " (" + target + " → " + result.Output + "). "
                    + Text.JoinAxes(parts), written);
        }
    }
}
