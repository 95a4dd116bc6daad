using System.Collections.Generic;
using System.Text;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>Names of spatial axes as PyTorch orders them, and what one position along each is called in messages.</summary>
    public static class Axes
    {
        private static readonly string[][] Names =
        {
            new string[0],
            new[] { "Length" },
            new[] { "Height", "Width" },
            new[] { "Depth", "Height", "Width" },
        };

        public static string[] For(int rank) => rank >= 0 && rank < Names.Length ? Names[rank] : new string[0];

        /// <summary>Axes (or their units) named together, as English lists them: "Height and Width", "Depth, Height and Width".</summary>
        public static string Together(IReadOnlyList<string> names)
        {
            var text = new StringBuilder();
            for (int n = 0; n < names.Count; n++)
                text.Append(ListSeparator(n, names.Count)).Append(names[n]);
            return text.ToString();
        }

        /// <summary>What goes before the <paramref name="index"/>th of <paramref name="count"/> names listed together: nothing, ", " or " and ".</summary>
        public static string ListSeparator(int index, int count) => index == 0 ? "" : index == count - 1 ? " and " : ", ";

        public static string Unit(string axis) => axis switch
        {
            "Height" => "row",
            "Width" => "column",
            "Depth" => "frame",
            _ => "position",
        };

        /// <summary>Every module name, by kind and rank 0 to 3, written once: layers ask for theirs in every message and description.</summary>
        private static readonly string[][] ModuleNames = ModuleNameTable();

        /// <summary>"Conv2d", "MaxPool1d", "Linear": the PyTorch module name of a layer.</summary>
        public static string ModuleName(LayerKind kind, int rank) =>
            (int)kind >= 0 && (int)kind < ModuleNames.Length && rank >= 0 && rank < ModuleNames[(int)kind].Length
                ? ModuleNames[(int)kind][rank]
                : Compose(kind, rank);

        private static string[][] ModuleNameTable()
        {
            var kinds = (LayerKind[])System.Enum.GetValues(typeof(LayerKind));
            var table = new string[kinds.Length][];
            foreach (LayerKind kind in kinds)
            {
                table[(int)kind] = new string[Names.Length];
                for (int rank = 0; rank < Names.Length; rank++)
                    table[(int)kind][rank] = Compose(kind, rank);
            }
            return table;
        }

        private static string Compose(LayerKind kind, int rank) => kind switch
        {
            LayerKind.Upsample or LayerKind.Flatten or LayerKind.Linear or LayerKind.Identity or LayerKind.GroupNorm
                or LayerKind.PixelShuffle or LayerKind.PixelUnshuffle or LayerKind.CenterCrop or LayerKind.Add or LayerKind.Concat => kind.ToString(),
            _ => kind + Text.N(rank) + "d",
        };
    }
}
