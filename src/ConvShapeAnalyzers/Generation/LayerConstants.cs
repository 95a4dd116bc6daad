using System;
using System.Globalization;
using System.Linq;
using ConvShapeAnalyzers.Core;
using Microsoft.CodeAnalysis.CSharp;

namespace ConvShapeAnalyzers.Generation
{
    /// <summary>A layer's resolved hyper-parameters, counts and receptive field as constants; per axis only where the axes differ.</summary>
    internal static class LayerConstants
    {
        public static void Write(CodeWriter code, LayerReport layer, LayerSpec spec)
        {
            switch (layer.Kind)
            {
                case LayerKind.Conv:
                case LayerKind.ConvTranspose:
                    ShapesWriter.Constant(code, "InChannels", spec.InChannels);
                    ShapesWriter.Constant(code, "OutChannels", spec.OutChannels);
                    Windows(code, layer);
                    if (layer.Kind == LayerKind.ConvTranspose)
                        PerAxis(code, layer, "OutputPadding", a => a.OutputPadding);
                    ShapesWriter.Constant(code, "Groups", spec.Groups);
                    Flag(code, "Bias", spec.Bias);
                    if (layer.Kind == LayerKind.Conv)
                        Text(code, "PaddingMode", spec.PaddingMode);
                    break;
                case LayerKind.MaxPool:
                case LayerKind.AvgPool:
                    Windows(code, layer);
                    Flag(code, "CeilMode", spec.CeilMode);
                    if (layer.Kind == LayerKind.AvgPool)
                        Flag(code, "CountIncludePad", spec.CountIncludePad);
                    if (spec.DivisorOverride is { } divisor)
                        ShapesWriter.Constant(code, "DivisorOverride", divisor);
                    break;
                case LayerKind.ZeroPad:
                case LayerKind.ConstantPad:
                case LayerKind.ReflectionPad:
                case LayerKind.ReplicationPad:
                case LayerKind.CenterCrop:    // a crop is negative padding, as ZeroPad writes one: what to slice off each side
                    PerAxis(code, layer, "PaddingBefore", a => a.Padding.Before);
                    PerAxis(code, layer, "PaddingAfter", a => a.Padding.After);
                    break;
                case LayerKind.BatchNorm:
                case LayerKind.InstanceNorm:
                    ShapesWriter.Constant(code, "NumFeatures", spec.InChannels);
                    Flag(code, "Affine", spec.Affine);
                    break;
                case LayerKind.GroupNorm:
                    ShapesWriter.Constant(code, "NumGroups", spec.Groups);
                    ShapesWriter.Constant(code, "NumChannels", spec.InChannels);
                    Flag(code, "Affine", spec.Affine);
                    break;
                case LayerKind.Upsample:    // the scale as given, one or one per axis (the core refused other counts); none for a Size
                    PerAxis(code, spec.ScaleFactor, "ScaleFactor", static scale => scale, WriteReal);
                    Text(code, "Mode", spec.Mode);
                    if (ModeRules.Interpolates(spec.Mode))
                        Flag(code, "AlignCorners", spec.AlignCorners ?? false);
                    break;
                case LayerKind.PixelShuffle:
                    ShapesWriter.Constant(code, "UpscaleFactor", spec.Factor);
                    break;
                case LayerKind.PixelUnshuffle:
                    ShapesWriter.Constant(code, "DownscaleFactor", spec.Factor);
                    break;
                case LayerKind.Linear:
                    ShapesWriter.Constant(code, "InFeatures", spec.InChannels);
                    ShapesWriter.Constant(code, "OutFeatures", spec.OutChannels);
                    Flag(code, "Bias", spec.Bias);
                    break;
            }
            ShapesWriter.Constant(code, "long", "Parameters", layer.Parameters);
            ShapesWriter.Constant(code, "long", "MultiplyAdds", layer.MultiplyAdds);
            PerAxis(code, layer.ReceptiveField, "ReceptiveField", static f => f.Size);
            PerAxis(code, layer.ReceptiveField, "Jump", static f => f.Jump);
        }

        /// <summary>Kernel, stride, padding and dilation of a sliding window.</summary>
        private static void Windows(CodeWriter code, LayerReport layer)
        {
            PerAxis(code, layer, "Kernel", a => a.Kernel);
            PerAxis(code, layer, "Stride", a => a.Stride);
            if (layer.Axes.All(a => a.Padding.IsSymmetric))
            {
                PerAxis(code, layer, "Padding", a => a.Padding.Before);
            }
            else
            {
                PerAxis(code, layer, "PaddingBefore", a => a.Padding.Before);
                PerAxis(code, layer, "PaddingAfter", a => a.Padding.After);
            }
            PerAxis(code, layer, "Dilation", a => a.Dilation);
        }

        private static void PerAxis(CodeWriter code, LayerReport layer, string name, Func<AxisReport, long> value) =>
            PerAxis(code, layer.Axes, name, value, WriteInteger);

        private static void PerAxis<T>(CodeWriter code, EquatableArray<T> axes, string name, Func<T, long> value) =>
            PerAxis(code, axes, name, value, WriteInteger);

        /// <summary>"Stride = 2" when every axis agrees, else "StrideHeight = 2", "StrideWidth = 1"; nothing where there is no axis.</summary>
        private static void PerAxis<T, TValue>(CodeWriter code, EquatableArray<T> axes, string name, Func<T, TValue> value, Action<CodeWriter, string, TValue> write)
            where TValue : IEquatable<TValue>
        {
            if (axes.IsEmpty)
                return;
            TValue first = value(axes[0]);
            bool agree = true;
            for (int a = 1; a < axes.Count && agree; a++)
                agree = value(axes[a]).Equals(first);
            if (agree)
            {
                write(code, name, first);
                return;
            }
            string[] names = Axes.For(axes.Count);
            for (int a = 0; a < axes.Count; a++)
                write(code, name + names[a], value(axes[a]));
        }

        // Cached once: a method group passed on every call would allocate a delegate per layer.
        private static readonly Action<CodeWriter, string, long> WriteInteger = ShapesWriter.Constant;
        private static readonly Action<CodeWriter, string, double> WriteReal = Real;

        /// <summary>A double constant that reads back as the same double ("R": 0.3333333333333333, 1E-05).</summary>
        private static void Real(CodeWriter code, string name, double value) =>
            code.Start().Append("public const double ").Append(name).Append(" = ").Append(value.ToString("R", CultureInfo.InvariantCulture)).Append(';').End();

        /// <summary>A string constant, escaped as C# escapes it (the core has refused any mode PyTorch does not know, but the writer trusts no text).</summary>
        private static void Text(CodeWriter code, string name, string value) =>
            code.Start().Append("public const string ").Append(name).Append(" = ").Append(SymbolDisplay.FormatLiteral(value, quote: true)).Append(';').End();

        private static void Flag(CodeWriter code, string name, bool value) =>
            code.Start().Append("public const bool ").Append(name).Append(value ? " = true;" : " = false;").End();
    }
}
