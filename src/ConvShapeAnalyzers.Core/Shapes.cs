using static ConvShapeAnalyzers.Core.Text;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>Rank checks shared by the layer rules (CSA2005).</summary>
    internal static class Shapes
    {
        public static string RankName(TensorShape shape) => shape.IsFlat ? "flat (features only)" : N(shape.Rank) + "-D";

        /// <summary>True when the input has the spatial rank the layer needs; else reports CSA2005.</summary>
        public static bool HasRank(LayerScope scope, TensorShape input, int rank)
        {
            if (input.Rank == rank)
                return true;
            string other = Axes.ModuleName(scope.Spec.Kind, input.Rank);
            string fix = input.IsFlat
                ? "; a flat vector has no spatial axes left, so move the layer before the Flatten"
                : other != scope.Module ? "; use the " + other + " form" : "; it has no " + N(input.Rank) + "-D form";    // PixelShuffle
            scope.Report(Rule.WrongRank, Param.Layer, scope.Module + " needs a " + N(rank) + "-D input (channels × " + string.Join(" × ", Axes.For(rank))
                + "), but its input " + input + " is " + RankName(input) + fix);
            return false;
        }
    }
}
