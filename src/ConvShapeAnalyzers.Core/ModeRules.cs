using System.Linq;
using static ConvShapeAnalyzers.Core.Text;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>
    /// PyTorch's string modes, which change no size but which PyTorch validates: a convolution's padding_mode and Upsample's
    /// mode, align_corners and recompute_scale_factor.
    /// </summary>
    internal static class ModeRules
    {
        private const string Reflect = "reflect", Circular = "circular";
        private static readonly string[] PaddingModes = { LayerSpec.DefaultPaddingMode, Reflect, "replicate", Circular };

        /// <summary>Upsample's modes and the spatial rank each needs (0: any).</summary>
        private static readonly (string Mode, int Rank)[] UpsampleModes =
        {
            ("nearest", 0), ("linear", 1), ("bilinear", 2), ("bicubic", 2), ("trilinear", 3), ("area", 0), ("nearest-exact", 0),
        };

        /// <summary>PyTorch's padding_mode names the padding's content; ConvTranspose takes "zeros" only. False after a report.</summary>
        public static bool CheckPaddingMode(LayerScope scope)
        {
            string mode = scope.Spec.PaddingMode;
            if (mode == LayerSpec.DefaultPaddingMode)
                return true;
            // PyTorch checks a transposed convolution's mode first, so an unknown one gets the same refusal there.
            if (scope.Spec.Kind == LayerKind.ConvTranspose)
                scope.Report(Rule.OutOfRange, Param.PaddingMode, "PaddingMode = " + Quoted(mode) + " is not for a transposed convolution: PyTorch's " + scope.Module
                    + " takes \"zeros\" only (\"Only \"zeros\" padding mode is supported for " + scope.Module + "\"). Remove it");
            else if (!PaddingModes.Contains(mode))
                scope.Report(Rule.OutOfRange, Param.PaddingMode, "PaddingMode = " + Quoted(mode) + " is not a padding mode; PyTorch takes "
                    + string.Join(", ", PaddingModes.Select(Quoted)) + " (\"padding_mode must be one of ...\")");
            else
                return true;
            return false;
        }

        /// <summary>
        /// Reflection mirrors the input without repeating its edge, so each side pads less than the input size; circular
        /// padding wraps around at most once, so each side pads at most the input size. False after a report.
        /// </summary>
        public static bool CheckPaddedSides(LayerScope scope, string axis, long input, AxisPadding pad, PadMode padMode)
        {
            string mode = scope.Spec.PaddingMode;
            bool reflect = mode == Reflect;
            if (!reflect && mode != Circular)
                return true;
            long limit = reflect ? input - 1 : input;
            long side = System.Math.Max(pad.Before, pad.After);
            if (reflect ? Reflects(input, pad) : side <= limit)
                return true;
            scope.Report(Rule.OutOfRange, Param.Padding, axis + ": PaddingMode = " + Quoted(mode) + " pads " + Sides(pad) + " of an input of " + N(input) + ", but "
                + (reflect ? ReflectionLimit : "circular padding wraps around at most once, so each side must be at most the input size; PyTorch refuses it (\"Padding value causes wrapping around more than once.\")")
                + ". Use " + (padMode == PadMode.Explicit ? "Padding = " + N(limit) + " or less, " : "") + "an input of at least " + N(reflect ? side + 1 : side)
                + ", or PaddingMode = \"replicate\"");
            return false;
        }

        /// <summary>Whether a reflection can pad <paramref name="pad"/> on an input of <paramref name="input"/>: each side below it.</summary>
        public static bool Reflects(long input, AxisPadding pad) => pad.Before < input && pad.After < input;

        /// <summary>ReflectionPad's limit on one axis (or the channels): each side below the input size. False after a report.</summary>
        public static bool CheckReflectedSides(LayerScope scope, string axis, long input, AxisPadding pad)
        {
            if (Reflects(input, pad))
                return true;
            long side = System.Math.Max(pad.Before, pad.After);
            scope.Report(Rule.OutOfRange, Param.Padding, axis + ": " + scope.Module + " pads " + Sides(pad) + " of an input of " + N(input) + ", but " + ReflectionLimit
                + ". Pad " + N(input - 1) + " or less, give it an input of at least " + N(side + 1) + ", or use " + Axes.ModuleName(LayerKind.ReplicationPad, scope.Spec.Rank));
            return false;
        }

        private const string ReflectionLimit = "a reflection mirrors the input without repeating its edge, so each side must be below the input size; "
            + "PyTorch refuses it (\"Padding size should be less than the corresponding input dimension\")";

        private static string Sides(AxisPadding pad) =>
            pad.IsSymmetric ? N(pad.Before) + " on each side" : N(pad.Before) + " before and " + N(pad.After) + " after";

        /// <summary>The mode, align_corners and recompute_scale_factor PyTorch accepts whatever the input. False after a report.</summary>
        public static bool CheckUpsampleOptions(LayerScope scope)
        {
            LayerSpec spec = scope.Spec;
            string mode = spec.Mode;
            bool ok = true;
            if (!UpsampleModes.Any(m => m.Mode == mode))
            {
                scope.Report(Rule.OutOfRange, Param.Mode, "Mode = " + Quoted(mode) + " is not an Upsample mode; PyTorch takes "
                    + string.Join(", ", UpsampleModes.Select(m => Quoted(m.Mode))) + " (\"Input Error: ... (got " + mode + ")\")");
                ok = false;
            }
            else if (spec.AlignCorners is { } align && !Interpolates(mode))
            {
                scope.Report(Rule.OutOfRange, Param.AlignCorners, "AlignCorners = " + (align ? "true" : "false") + " is set with Mode = " + Quoted(mode)
                    + "; PyTorch refuses any value there (\"align_corners option can only be set with the interpolating modes: linear | bilinear | bicubic | trilinear\"). Remove it");
                ok = false;
            }
            if (spec.RecomputeScaleFactor && spec.Size is not null)
            {
                scope.Report(Rule.OutOfRange, Param.RecomputeScaleFactor, "RecomputeScaleFactor = true with a Size; PyTorch refuses it (\"recompute_scale_factor is not meaningful with an explicit size.\"). Remove it");
                ok = false;
            }
            return ok;
        }

        /// <summary>linear, bilinear, bicubic and trilinear need a 1-D, 2-D, 2-D and 3-D input (CSA2005). False after a report.</summary>
        public static bool CheckUpsampleRank(LayerScope scope, TensorShape input)
        {
            string mode = scope.Spec.Mode;
            int needed = UpsampleModes.FirstOrDefault(m => m.Mode == mode).Rank;
            if (needed == 0 || needed == input.Rank)
                return true;
            string pytorch = mode == "bicubic"
                ? "Input Error: Only 3D, 4D and 5D input Tensors supported (got " + N(input.Rank + 2) + "D) for the modes: ... (got bicubic)"
                : "Got " + N(input.Rank + 2) + "D input, but " + mode + " mode needs " + N(needed + 2) + "D input";
            string right = input.Rank switch { 1 => "linear", 2 => "bilinear", _ => "trilinear" };
            scope.Report(Rule.WrongRank, Param.Mode, "Mode = " + Quoted(mode) + " needs a " + N(needed) + "-D input (channels × " + string.Join(" × ", Axes.For(needed))
                + "), but the input " + input + " is " + N(input.Rank) + "-D; PyTorch refuses it (\"" + pytorch + "\"). Use Mode = " + Quoted(right)
                + ", the interpolation for " + N(input.Rank) + "-D", Quoted(right));
            return false;
        }

        /// <summary>", reflect" for a layer's description: the mode where it is not the default, else nothing.</summary>
        public static string Note(string mode, string defaultMode) => mode == defaultMode ? "" : ", " + mode;

        /// <summary>The modes that take align_corners.</summary>
        public static bool Interpolates(string mode) => mode is "linear" or "bilinear" or "bicubic" or "trilinear";

        /// <summary>The mode as C# source: "reflect" in quotes, escaped where needed.</summary>
        private static string Quoted(string mode) => "\"" + mode.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }
}
