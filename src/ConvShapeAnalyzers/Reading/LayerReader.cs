using System.Collections.Generic;
using System.Linq;
using ConvShapeAnalyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConvShapeAnalyzers.Reading
{
    /// <summary>Reads one layer attribute into a <see cref="LayerSpec"/>: PyTorch's positional arguments, then the named ones.</summary>
    internal static class LayerReader
    {
        /// <summary>The layer, or an unreadable one when its arguments do not compile (<paramref name="arguments"/> null).</summary>
        public static LayerSpec Read(string name, LayerKind kind, int rank, LayerArguments? arguments, AttributeSyntax? syntax)
        {
            var layer = new LayerSpec(name, kind, rank);
            if (arguments is null)
                return layer with { Unreadable = true };

            var problems = new List<Refusal>();
            foreach (KeyValuePair<string, ArgumentValue> argument in arguments.Positional)
                layer = Positional(layer, argument.Key, argument.Value, problems);
            if (layer.Kind == LayerKind.Linear && InFeatures(syntax) is BinaryExpressionSyntax product)
                layer = layer with { InFeaturesIsProduct = product.IsKind(SyntaxKind.MultiplyExpression) };
            foreach (KeyValuePair<string, ArgumentValue> argument in arguments.Named)
                layer = Named(layer, argument.Key, argument.Value, problems);
            return layer with { Problems = problems.ToEquatableArray() };
        }

        private static LayerSpec Positional(LayerSpec layer, string name, ArgumentValue value, List<Refusal> problems) => name switch
        {
            "inChannels" or "numFeatures" or "inFeatures" => layer with { InChannels = ConstantReader.Integral(value.Value) ?? 0 },
            "outChannels" or "outFeatures" => layer with { OutChannels = ConstantReader.Integral(value.Value) ?? 0 },
            "kernelSize" => layer with { Kernel = ConstantReader.Size(value, "kernelSize", Param.Kernel, problems) },
            "outputSize" => layer with { Size = ConstantReader.Size(value, "outputSize", Param.Size, problems) },
            "padding" => layer with { Padding = ConstantReader.Size(value, "padding", Param.Padding, problems) },
            "like" => layer with { Sources = Names(new[] { value }, Param.Sources, problems) },
            "layers" => layer with { Sources = Names(value.Items, Param.Sources, problems) },
            _ => layer,
        };

        /// <summary>Linear's in_features as written: the argument named inFeatures, or else the first positional one.</summary>
        private static ExpressionSyntax? InFeatures(AttributeSyntax? syntax)
        {
            SeparatedSyntaxList<AttributeArgumentSyntax> arguments = syntax?.ArgumentList?.Arguments ?? default;
            return (arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == "inFeatures")
                ?? (arguments.FirstOrDefault() is { NameColon: null, NameEquals: null } first ? first : null))?.Expression;
        }

        private static LayerSpec Named(LayerSpec layer, string name, ArgumentValue value, List<Refusal> problems) => name switch
        {
            "Stride" => layer with { Stride = ConstantReader.Size(value, name, Param.Stride, problems) },
            "Padding" => layer with { Padding = ConstantReader.Size(value, name, Param.Padding, problems) },
            "Dilation" => layer with { Dilation = ConstantReader.Size(value, name, Param.Dilation, problems) },
            "OutputPadding" => layer with { OutputPadding = ConstantReader.Size(value, name, Param.OutputPadding, problems) },
            "Size" => layer with { Size = ConstantReader.Size(value, name, Param.Size, problems) },
            "ScaleFactor" => layer with { ScaleFactor = ConstantReader.Scales(value, problems) },
            "Groups" => layer with { Groups = ConstantReader.Integral(value.Value) ?? 0 },
            "Bias" => layer with { Bias = value.Value is true },
            "CeilMode" => layer with { CeilMode = value.Value is true },
            "From" => layer with { From = value.Value as string },
            "Mirrors" => layer with { Mirrors = value.Value as string },
            _ => layer,
        };

        private static EquatableArray<string> Names(IReadOnlyList<ArgumentValue> values, Param param, List<Refusal> problems)
        {
            var names = new List<string>();
            for (int n = 0; n < values.Count; n++)
            {
                if (values[n].Value is string name)
                    names.Add(name);
                else
                    problems.Add(new Refusal(Rule.UnknownLayer, param, "a layer name is null; use nameof() of an earlier layer", null, n));
            }
            return names.ToEquatableArray();
        }
    }
}
