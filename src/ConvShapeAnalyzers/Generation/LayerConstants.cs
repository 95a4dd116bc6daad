using System;
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
                    PerAxis(code, layer, "PaddingBefore", a => a.Padding.Before);
                    PerAxis(code, layer, "PaddingAfter", a => a.Padding.After);
                    break;
                case LayerKind.BatchNorm:
                    ShapesWriter.Constant(code, "NumFeatures", spec.InChannels);
                    break;
                case LayerKind.Linear:
                    ShapesWriter.Constant(code, "InFeatures", spec.InChannels);
                    ShapesWriter.Constant(code, "OutFeatures", spec.OutChannels);
                    Flag(code, "Bias", spec.Bias);
                    break;
            }
            code.Line("public const long Parameters = " + Text(layer.Parameters) + ";");
            code.Line("public const long MultiplyAdds = " + Text(layer.MultiplyAdds) + ";");
            if (!layer.ReceptiveField.IsEmpty)
            {
                PerAxis(code, layer, "ReceptiveField", layer.ReceptiveField.Select(f => f.Size).ToArray());
                PerAxis(code, layer, "Jump", layer.ReceptiveField.Select(f => f.Jump).ToArray());
            }
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
            PerAxis(code, layer, name, layer.Axes.Select(value).ToArray());

        /// <summary>"Stride = 2" when every axis agrees, else "StrideHeight = 2", "StrideWidth = 1".</summary>
        private static void PerAxis(CodeWriter code, LayerReport layer, string name, long[] values)
        {
            if (values.Length == 0)
                return;
            if (values.All(v => v == values[0]))
            {
                ShapesWriter.Constant(code, name, values[0]);
                return;
            }
            string[] axes = Axes.For(values.Length);
            for (int a = 0; a < values.Length; a++)
                ShapesWriter.Constant(code, name + axes[a], values[a]);
        }

        private static void Flag(CodeWriter code, string name, bool value) => code.Line("public const bool " + name + " = " + (value ? "true" : "false") + ";");

        private static string Text(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
