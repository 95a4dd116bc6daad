using System.Collections.Generic;
using System.Linq;
using static ConvShapeAnalyzers.Core.Text;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>Add (shapes equal) and Concat (channels add up, spatial sizes equal).</summary>
    internal static class JoinRules
    {
        public static void Add(LayerScope scope, IReadOnlyList<(string Name, TensorShape? Shape)> inputs, LayerResult result)
        {
            if (scope.Describe)
                result.Description = "Add(" + string.Join(", ", inputs.Select(i => i.Name)) + ")";
            // No input (an empty Add or Concat) is already an error of its own; nothing to combine.
            if (inputs.Count == 0 || inputs.Any(i => i.Shape is null))
                return;
            TensorShape first = inputs[0].Shape!;
            for (int n = 1; n < inputs.Count; n++)
                if (inputs[n].Shape != first)
                {
                    TensorShape other = inputs[n].Shape!;
                    scope.Report(Rule.AddMismatch, Param.Sources, "cannot add " + inputs[0].Name + " (" + first + ") and " + inputs[n].Name + " (" + other + "): Add needs equal shapes; "
                        + (Broadcast(first, other) is { } broadcast ? BroadcastHint(first, other, broadcast)
                            : "PyTorch would fail with \"The size of tensor a must match the size of tensor b\"" + Hint(first, other)), null, n);
                    return;
                }
            result.Output = first;
        }

        /// <summary>
        /// What PyTorch's a + b gives where every axis (channels too) agrees or one side is 1: the larger on each; null where
        /// it fails. Only for tensors of one rank: with the batch axis in between, other ranks depend on the batch size.
        /// </summary>
        private static TensorShape? Broadcast(TensorShape a, TensorShape b)
        {
            if (a.Rank != b.Rank || !Broadcasts(a.Channels, b.Channels))
                return null;
            var sizes = new long[a.Rank];
            for (int n = 0; n < sizes.Length; n++)
            {
                if (!Broadcasts(a.Sizes[n], b.Sizes[n]))
                    return null;
                sizes[n] = System.Math.Max(a.Sizes[n], b.Sizes[n]);
            }
            return new TensorShape(System.Math.Max(a.Channels, b.Channels), new EquatableArray<long>(sizes));
        }

        private static bool Broadcasts(long a, long b) => a == b || a == 1 || b == 1;

        /// <summary>PyTorch runs a broadcasting add, so the message says what it gives and how to declare it.</summary>
        private static string BroadcastHint(TensorShape a, TensorShape b, TensorShape broadcast)
        {
            string text = "PyTorch would broadcast the axes of size 1 and give " + broadcast + ", which an Add does not do (a residual of another size is"
                + " almost always a mistake)";
            if (a.Channels != b.Channels || a.IsFlat)
                return text;
            // Nearest upsampling of a size-1 axis repeats its one value, which is what broadcasting does.
            string[] expanded = new[] { a, b }.Where(shape => shape.Sizes != broadcast.Sizes).Select(shape => shape.ToString()).ToArray();
            return text + "; to mean it, give the branch" + (expanded.Length == 1 ? " of " + expanded[0] : "es of " + string.Join(" and ", expanded))
                + " an [Upsample(Size = " + new SizeArg(broadcast.Sizes).Source + ")] first";
        }

        public static void Concat(LayerScope scope, IReadOnlyList<(string Name, TensorShape? Shape)> inputs, LayerResult result)
        {
            if (scope.Describe)
                result.Description = "Concat(" + string.Join(", ", inputs.Select(i => i.Name)) + ")";
            // No input (an empty Add or Concat) is already an error of its own; nothing to combine.
            if (inputs.Count == 0 || inputs.Any(i => i.Shape is null))
                return;
            TensorShape first = inputs[0].Shape!;
            long channels = first.Channels;
            for (int n = 1; n < inputs.Count; n++)
            {
                TensorShape shape = inputs[n].Shape!;
                if (shape.Sizes != first.Sizes)
                {
                    // torch.cat checks the number of dimensions (batch and channels included) before the sizes.
                    string refusal = shape.Rank != first.Rank
                        ? "the ranks must be equal; PyTorch would fail with \"Tensors must have same number of dimensions: got " + N(first.Rank + 2) + " and " + N(shape.Rank + 2) + "\""
                        : "the spatial sizes must be equal; PyTorch would fail with \"Sizes of tensors must match except in dimension 1\"";
                    scope.Report(Rule.ConcatMismatch, Param.Sources, "cannot concatenate " + inputs[0].Name + " (" + first + ") and " + inputs[n].Name + " (" + shape
                        + ") along the channels: " + refusal + Hint(first, shape), null, n);
                    return;
                }
                channels = Checked.Sum(channels, shape.Channels);
            }
            if (Checked.FitsSize(scope, channels, "the concatenated channel count"))
                result.Output = new TensorShape(channels, first.Sizes);
        }

        private static string Hint(TensorShape a, TensorShape b)
        {
            if (a.Rank != b.Rank)
                return ". The ranks differ (" + Shapes.RankName(a) + " and " + Shapes.RankName(b) + "): flatten both branches, or join them before the Flatten";
            var axes = new List<string>();
            string[] names = Axes.For(a.Rank);
            for (int n = 0; n < a.Rank; n++)
                if (a.Sizes[n] != b.Sizes[n])
                    axes.Add(names[n] + " " + N(a.Sizes[n]) + " vs " + N(b.Sizes[n]));
            return axes.Count == 0 ? "" : ". They differ in " + string.Join(", ", axes) + "; crop the larger with [CenterCrop(nameof(smaller))] or change the input size";
        }
    }
}
