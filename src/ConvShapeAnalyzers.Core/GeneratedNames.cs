using System.Collections.Generic;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>
    /// Names the generator writes. A layer may not take one (its class would collide with them), which the core reports as
    /// CSA1009; the generator uses the same list, so what it emits always compiles.
    /// </summary>
    public static class GeneratedNames
    {
        public const string Shapes = "Shapes";
        public const string Input = "Input";
        public const string Output = "Output";
        public const string Summary = "Summary";

        /// <summary>Constants of a layer's class written once per layer.</summary>
        public static readonly string[] LayerConstants =
        {
            "Channels", "Features", "Length", "Depth", "Height", "Width", "Parameters", "MultiplyAdds", "Module",
            "InChannels", "OutChannels", "Groups", "Bias", "CeilMode", "InFeatures", "OutFeatures", "NumFeatures", "NumGroups", "NumChannels",
            "UpscaleFactor", "DownscaleFactor",
            "PaddingMode", "CountIncludePad", "DivisorOverride", "Affine", "Mode", "AlignCorners",
        };

        /// <summary>Constants of a layer's class written per axis: "Stride" when all axes agree, else "StrideHeight", ...</summary>
        public static readonly string[] AxisConstants =
        {
            "Kernel", "Stride", "Padding", "PaddingBefore", "PaddingAfter", "Dilation", "OutputPadding", "ScaleFactor", "ReceptiveField", "Jump",
        };

        /// <summary>Every member name a layer's class may hold; a nested class may not share its member's name (CS0542).</summary>
        private static readonly HashSet<string> LayerMembers = AllLayerMembers();

        public static bool IsLayerMember(string name) => LayerMembers.Contains(name);

        private static HashSet<string> AllLayerMembers()
        {
            var names = new HashSet<string>(LayerConstants);
            foreach (string constant in AxisConstants)
            {
                names.Add(constant);
                for (int rank = 1; rank <= 3; rank++)
                    foreach (string axis in Axes.For(rank))
                        names.Add(constant + axis);
            }
            return names;
        }

        /// <summary>Why a layer name cannot be used, or null when it can.</summary>
        public static string? Collision(string layerName)
        {
            if (layerName == Shapes || layerName == Input || layerName == Output || layerName == Summary)
                return "'" + layerName + "' is a name the generator uses (" + (layerName == Shapes ? "the class Shapes" : "Shapes." + layerName) + ")";
            return LayerMembers.Contains(layerName)
                ? "'" + layerName + "' is the name of a constant the generator writes inside every layer's class"
                : null;
        }
    }
}
