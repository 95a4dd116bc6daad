using System;
using System.Globalization;
using System.Linq;
using ConvShapeAnalyzers.Core;

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
                    break;
                case LayerKind.MaxPool:
                case LayerKind.AvgPool:
                    Windows(code, layer);
                    Flag(code, "CeilMode", spec.CeilMode);
                    break;
                case LayerKind.ZeroPad:
                case LayerKind.CenterCrop:    // a crop is negative padding, as ZeroPad writes one: what to slice off each side
                    PerAxis(code, layer, "PaddingBefore", a => a.Padding.Before);
                    PerAxis(code, layer, "PaddingAfter", a => a.Padding.After);
                    break;
                case LayerKind.BatchNorm:
                    ShapesWriter.Constant(code, "NumFeatures", spec.InChannels);
                    break;
                case LayerKind.Upsample:
                    ScaleFactors(code, layer, spec.ScaleFactor);
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
            PerAxis(code, layer.Axes, name, value);

        /// <summary>"Stride = 2" when every axis agrees, else "StrideHeight = 2", "StrideWidth = 1"; nothing where there is no axis.</summary>
        private static void PerAxis<T>(CodeWriter code, EquatableArray<T> axes, string name, Func<T, long> value)
        {
            if (axes.IsEmpty)
                return;
            long first = value(axes[0]);
            bool agree = true;
            for (int a = 1; a < axes.Count && agree; a++)
                agree = value(axes[a]) == first;
            if (agree)
            {
                ShapesWriter.Constant(code, name, first);
                return;
            }
            string[] names = Axes.For(axes.Count);
            for (int a = 0; a < axes.Count; a++)
                ShapesWriter.Constant(code, name + names[a], value(axes[a]));
        }

        /// <summary>Upsample's scale per axis as given (a double: 1.5 or 1/3); none when the output size was given instead.</summary>
        private static void ScaleFactors(CodeWriter code, LayerReport layer, EquatableArray<double> scales)
        {
            if (scales.IsEmpty || layer.Axes.IsEmpty)
                return;
            bool agree = true;
            for (int a = 1; a < scales.Count && agree; a++)
                agree = scales[a] == scales[0];
            if (agree)
            {
                Real(code, "ScaleFactor", scales[0]);
                return;
            }
            string[] names = Axes.For(layer.Axes.Count);
            for (int a = 0; a < names.Length && a < scales.Count; a++)    // the core refused any other count
                Real(code, "ScaleFactor" + names[a], scales[a]);
        }

        /// <summary>A double constant that reads back as the same double ("R": 0.3333333333333333, 1E-05).</summary>
        private static void Real(CodeWriter code, string name, double value) =>
            code.Start().Append("public const double ").Append(name).Append(" = ").Append(value.ToString("R", CultureInfo.InvariantCulture)).Append(';').End();

        private static void Flag(CodeWriter code, string name, bool value) =>
            code.Start().Append("public const bool ").Append(name).Append(value ? " = true;" : " = false;").End();
    }
}
