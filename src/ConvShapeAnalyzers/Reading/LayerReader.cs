using System;
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
        /// <summary>The problems of the layer being read, one list per thread: most layers have none, and each read made a list.</summary>
        [ThreadStatic]
        private static List<Refusal>? scratchProblems;

        /// <summary>The layer, or an unreadable one when its arguments do not compile (<paramref name="arguments"/> null).</summary>
        public static LayerSpec Read(string name, LayerKind kind, int rank, LayerArguments? arguments, AttributeSyntax? syntax)
        {
            if (arguments is null)
                return new LayerSpec(name, kind, rank) { Unreadable = true };

            // Arguments are gathered in a draft and the spec built once: a record copied per argument ("with") cost every
            // layer of a large project several copies of its twenty fields.
            var draft = new Draft(kind); // a struct: one per layer, filled in place
            List<Refusal> problems = scratchProblems ??= new List<Refusal>();
            problems.Clear();
            for (int n = 0; n < arguments.Positional.Count; n++)
                Positional(ref draft, rank, arguments.Positional[n].Key, arguments.Positional[n].Value, problems);
            if (kind == LayerKind.Linear && InFeatures(syntax) is BinaryExpressionSyntax product)
                draft.InFeaturesIsProduct = product.IsKind(SyntaxKind.MultiplyExpression);
            for (int n = 0; n < arguments.Named.Count; n++)
                Named(ref draft, arguments.Named[n].Key, arguments.Named[n].Value, problems);
            return new LayerSpec(name, kind, rank)
            {
                InChannels = draft.InChannels,
                OutChannels = draft.OutChannels,
                Kernel = draft.Kernel,
                Stride = draft.Stride,
                Padding = draft.Padding,
                Dilation = draft.Dilation,
                OutputPadding = draft.OutputPadding,
                Size = draft.Size,
                ScaleFactor = draft.ScaleFactor,
                ScaleFactorListOfOne = draft.ScaleFactorListOfOne,
                Groups = draft.Groups,
                Bias = draft.Bias,
                CeilMode = draft.CeilMode,
                PaddingMode = draft.PaddingMode,
                Mode = draft.Mode,
                AlignCorners = draft.AlignCorners,
                RecomputeScaleFactor = draft.RecomputeScaleFactor,
                Affine = draft.Affine,
                TrackRunningStats = draft.TrackRunningStats,
                CountIncludePad = draft.CountIncludePad,
                DivisorOverride = draft.DivisorOverride,
                Factor = draft.Factor,
                From = draft.From,
                Sources = draft.Sources,
                Mirrors = draft.Mirrors,
                InFeaturesIsProduct = draft.InFeaturesIsProduct,
                Problems = problems.Count == 0 ? EquatableArray<Refusal>.Empty : problems.ToEquatableArray(),
            };
        }

        /// <summary>The fields of a <see cref="LayerSpec"/> that arguments set, with its defaults.</summary>
        private struct Draft
        {
            public Draft(LayerKind kind)
            {
                // InstanceNorm, unlike BatchNorm, defaults to neither.
                Affine = TrackRunningStats = kind != LayerKind.InstanceNorm;
            }

            public long InChannels, OutChannels, Groups = LayerSpec.DefaultGroups, Factor;
            public SizeArg? Kernel, Stride, Padding, Dilation, OutputPadding, Size;
            public EquatableArray<double> ScaleFactor;
            public bool ScaleFactorListOfOne;
            public bool Bias = LayerSpec.DefaultBias, CeilMode, InFeaturesIsProduct, RecomputeScaleFactor, Affine, TrackRunningStats, CountIncludePad = true;
            public bool? AlignCorners;
            public long? DivisorOverride;
            public string? From, Mirrors;
            public string PaddingMode = LayerSpec.DefaultPaddingMode, Mode = LayerSpec.DefaultUpsampleMode;
            public EquatableArray<string> Sources;
        }

        private static void Positional(ref Draft layer, int rank, string name, ArgumentValue value, List<Refusal> problems)
        {
            switch (name)
            {
                case "numGroups": layer.Groups = ConstantReader.Integral(value.Value) ?? 0; break;
                case "upscaleFactor" or "downscaleFactor": layer.Factor = ConstantReader.Integral(value.Value) ?? 0; break;
                case "inChannels" or "numFeatures" or "numChannels" or "inFeatures": layer.InChannels = ConstantReader.Integral(value.Value) ?? 0; break;
                case "outChannels" or "outFeatures": layer.OutChannels = ConstantReader.Integral(value.Value) ?? 0; break;
                case "kernelSize": layer.Kernel = ConstantReader.Size(value, "kernelSize", Param.Kernel, problems); break;
                case "outputSize": layer.Size = ConstantReader.OutputSize(value, rank, problems); break;
                case "padding": layer.Padding = ConstantReader.Size(value, "padding", Param.Padding, problems); break;
                case "like": layer.Sources = Names(new[] { value }, Param.Sources, problems); break;
                case "layers": layer.Sources = Names(value.Items, Param.Sources, problems); break;
            }
        }

        /// <summary>Linear's in_features as written: the argument named inFeatures, or else the first positional one.</summary>
        private static ExpressionSyntax? InFeatures(AttributeSyntax? syntax)
        {
            SeparatedSyntaxList<AttributeArgumentSyntax> arguments = syntax?.ArgumentList?.Arguments ?? default;
            return (arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == "inFeatures")
                ?? (arguments.FirstOrDefault() is { NameColon: null, NameEquals: null } first ? first : null))?.Expression;
        }

        private static void Named(ref Draft layer, string name, ArgumentValue value, List<Refusal> problems)
        {
            switch (name)
            {
                case "Stride": layer.Stride = ConstantReader.Size(value, name, Param.Stride, problems); break;
                case "Padding": layer.Padding = ConstantReader.Size(value, name, Param.Padding, problems); break;
                case "Dilation": layer.Dilation = ConstantReader.Size(value, name, Param.Dilation, problems); break;
                case "OutputPadding": layer.OutputPadding = ConstantReader.Size(value, name, Param.OutputPadding, problems); break;
                case "Size": layer.Size = ConstantReader.Size(value, name, Param.Size, problems); break;
                case "ScaleFactor":
                    layer.ScaleFactor = ConstantReader.Scales(value, problems);
                    layer.ScaleFactorListOfOne = value.Kind == ArgumentKind.Array && value.Items.Count == 1;
                    break;
                case "Groups": layer.Groups = ConstantReader.Integral(value.Value) ?? 0; break;
                case "Bias": layer.Bias = value.Value is true; break;
                case "CeilMode": layer.CeilMode = value.Value is true; break;
                case "From": layer.From = value.Value as string; break;
                case "Mirrors": layer.Mirrors = value.Value as string; break;
                case "PaddingMode": layer.PaddingMode = ModeArgument(value, name, Param.PaddingMode, problems) ?? LayerSpec.DefaultPaddingMode; break;
                case "Mode": layer.Mode = ModeArgument(value, name, Param.Mode, problems) ?? LayerSpec.DefaultUpsampleMode; break;
                case "AlignCorners": layer.AlignCorners = value.Value is true; break;
                case "RecomputeScaleFactor": layer.RecomputeScaleFactor = value.Value is true; break;
                case "Affine": layer.Affine = value.Value is true; break;
                case "TrackRunningStats": layer.TrackRunningStats = value.Value is true; break;
                case "CountIncludePad": layer.CountIncludePad = value.Value is true; break;
                case "DivisorOverride": layer.DivisorOverride = ConstantReader.Integral(value.Value) ?? 0; break;
            }
        }

        /// <summary>A mode's string; null is refused here, and the layer keeps the default mode.</summary>
        private static string? ModeArgument(ArgumentValue value, string name, Param param, List<Refusal> problems)
        {
            if (value.Value is string text)
                return text;
            problems.Add(new Refusal(Rule.OutOfRange, param, name + " is null; write one of PyTorch's modes as a string, or leave it out for the default"));
            return null;
        }

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
