using System.Collections.Generic;
using ConvShapeAnalyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConvShapeAnalyzers.Reading
{
    /// <summary>The layer attributes of namespace ConvShape, by class name: which layer and which rank.</summary>
    internal static class LayerKinds
    {
        public const string Namespace = "ConvShape";

        /// <summary>The [Network] attribute's class: named without the suffix, so that layers can write <c>Network.Input</c>.</summary>
        public const string NetworkClass = "Network";

        /// <summary>The enum of padding modes (<c>Pad.Same</c>).</summary>
        public const string PadEnum = "Pad";

        /// <summary>
        /// The names an argument's expression reads ours by (<c>Pad.Same</c>, <c>Network.Input</c>, <c>ConvShape.Pad.Same</c>),
        /// and <c>nameof</c>: a member of any of them, inherited or enclosing, changes what an argument means, so the names'
        /// outline keeps such members. An alias read in an argument is the one other name (NameAnswers.ArgumentAliases).
        /// </summary>
        public static bool IsArgumentName(string name) => name is "nameof" or PadEnum or NetworkClass or Namespace;

        private static readonly Dictionary<string, (LayerKind Kind, int Rank)> ByAttribute = Build();

        public static bool TryGet(INamedTypeSymbol? attribute, out (LayerKind Kind, int Rank) layer)
        {
            layer = default;
            return attribute is not null && ByAttribute.TryGetValue(attribute.Name, out layer)
                && attribute.ContainingNamespace is { Name: Namespace, ContainingNamespace.IsGlobalNamespace: true };
        }

        /// <summary>
        /// The last identifier of an attribute's name as written, which is all that tells syntax alone whether it may be one
        /// of ours: "Conv2d" for <c>Conv2d</c>, <c>ConvShape.Conv2d</c> and <c>CS::Conv2d</c>; null for any other form.
        /// </summary>
        public static string? WrittenName(NameSyntax name) => name switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
            _ => null,
        };

        /// <summary>The layer of one of our attribute classes, by its name ("Conv2dAttribute").</summary>
        public static bool TryGet(string className, out (LayerKind Kind, int Rank) layer) => ByAttribute.TryGetValue(className, out layer);

        private static Dictionary<string, (LayerKind, int)> Build()
        {
            var map = new Dictionary<string, (LayerKind, int)>();
            foreach (LayerKind kind in new[] { LayerKind.Conv, LayerKind.ConvTranspose, LayerKind.MaxPool, LayerKind.AvgPool, LayerKind.AdaptiveAvgPool, LayerKind.AdaptiveMaxPool, LayerKind.BatchNorm,
                LayerKind.InstanceNorm, LayerKind.ZeroPad, LayerKind.ConstantPad, LayerKind.ReflectionPad, LayerKind.ReplicationPad })
                for (int rank = 1; rank <= 3; rank++)
                    map.Add(Axes.ModuleName(kind, rank) + "Attribute", (kind, rank));
            foreach (LayerKind kind in new[] { LayerKind.Upsample, LayerKind.GroupNorm, LayerKind.PixelShuffle, LayerKind.PixelUnshuffle, LayerKind.Flatten, LayerKind.Linear, LayerKind.Identity, LayerKind.CenterCrop, LayerKind.Add, LayerKind.Concat })
                map.Add(kind + "Attribute", (kind, 0));
            return map;
        }
    }
}
