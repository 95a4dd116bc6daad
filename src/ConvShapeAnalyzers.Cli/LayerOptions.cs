using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using ConvShapeAnalyzers.Core;
using ConvShapeAnalyzers.Figures;

namespace ConvShapeAnalyzers.Cli
{
    /// <summary>
    /// The layer argument and hyper-parameter options `explain` and `draw` share, and their validation: the checks PyTorch
    /// makes (CSA1001, CSA1004, CSA1005) and then the core's own (CSA1002), each failing with one line.
    /// </summary>
    public sealed class LayerOptions
    {
        public Argument<string> Layer { get; } = new Argument<string>("layer") { Description = string.Join(", ", LayerSpec.Names) };

        public Option<string> Input { get; } = new Option<string>("--input") { Description = "Input size: 6, or 6,7 per axis (2-D)", Required = true };

        public Option<string> Kernel { get; } = new Option<string>("--kernel") { Description = "Kernel size, per axis like --input", Required = true };

        public Option<string> Stride { get; } = new Option<string>("--stride") { Description = "Stride (default 1; pooling: the kernel size)" };

        public Option<string> Padding { get; } = new Option<string>("--padding") { Description = "Zero padding on each side (default 0)" };

        public Option<string> Dilation { get; } = new Option<string>("--dilation") { Description = "Dilation (default 1; not for average pooling)" };

        public Option<string> OutputPadding { get; } = new Option<string>("--output-padding") { Description = "Transposed convolution only: a, the extra rows/columns (default 0)" };

        public Option<bool> Ceil { get; } = new Option<bool>("--ceil") { Description = "Pooling only: ceil mode" };

        public void AddTo(Command command)
        {
            command.Arguments.Add(Layer);
            foreach (Option option in new Option[] { Input, Kernel, Stride, Padding, Dilation, OutputPadding, Ceil })
                command.Options.Add(option);
        }

        public LayerSpec Read(ParseResult parse)
        {
            string name = (parse.GetValue(Layer) ?? "").Trim().ToLowerInvariant();
            if (!LayerSpec.Names.Contains(name))
                throw new UsageException("unknown layer '" + parse.GetValue(Layer) + "'; expected one of " + string.Join(", ", LayerSpec.Names));
            int rank = name.EndsWith("2d", System.StringComparison.Ordinal) ? 2 : 1;
            FigureLayer layer = name.StartsWith("convtranspose", System.StringComparison.Ordinal) ? FigureLayer.Transposed
                : name.StartsWith("conv", System.StringComparison.Ordinal) ? FigureLayer.Convolution
                : name.StartsWith("max", System.StringComparison.Ordinal) ? FigureLayer.MaxPool
                : FigureLayer.AvgPool;
            bool pool = layer is FigureLayer.MaxPool or FigureLayer.AvgPool;

            long[] input = Numbers.PerAxis("--input", parse.GetValue(Input), rank, 0);
            long[] kernel = Numbers.PerAxis("--kernel", parse.GetValue(Kernel), rank, 0);
            long[] stride = Numbers.PerAxis("--stride", parse.GetValue(Stride), rank, 1);
            if (pool && parse.GetValue(Stride) is null)
                stride = kernel;
            long[] padding = Numbers.PerAxis("--padding", parse.GetValue(Padding), rank, 0);
            long[] dilation = Numbers.PerAxis("--dilation", parse.GetValue(Dilation), rank, 1);
            long[] outputPadding = Numbers.PerAxis("--output-padding", parse.GetValue(OutputPadding), rank, 0);
            bool ceil = parse.GetValue(Ceil);

            AtLeast("--input", input, 1);
            AtLeast("--kernel", kernel, 1);
            AtLeast("--stride", stride, 1);
            AtLeast("--dilation", dilation, 1);
            AtLeast("--padding", padding, 0);
            AtLeast("--output-padding", outputPadding, 0);
            if (layer != FigureLayer.Transposed && outputPadding.Any(a => a != 0))
                throw new UsageException("--output-padding applies only to convtranspose1d and convtranspose2d");
            if (!pool && ceil)
                throw new UsageException("--ceil applies only to pooling (maxpool1d/2d, avgpool1d/2d)");
            if (layer == FigureLayer.AvgPool && dilation.Any(d => d != 1))
                throw new UsageException("average pooling has no dilation (PyTorch's AvgPool takes none)");

            var axes = new List<FigureAxis>();
            var problems = new List<(string Axis, string Message)>();
            for (int n = 0; n < rank; n++)
            {
                var axis = FigureAxis.Symmetric(input[n], kernel[n], stride[n], padding[n], dilation[n], outputPadding[n]);
                if (Problem(layer, axis, ceil) is { } problem)
                    problems.Add((n == 0 && rank == 2 ? "Height" : "Width", problem));
                axes.Add(axis);
            }
            if (problems.Count > 0)
            {
                // Axes with the same problem are named together: "Height and Width: ...".
                string first = problems[0].Message;
                string names = Axes.Together(problems.Where(p => p.Message == first).Select(p => p.Axis).ToList());
                throw new UsageException((rank == 1 ? "" : names + ": ") + first);
            }
            return new LayerSpec(name, layer, axes, ceil);
        }

        private static void AtLeast(string option, long[] values, long least)
        {
            foreach (long value in values)
            {
                if (value < least)
                    throw new UsageException(option + " must be " + Numbers.Text(least) + " or more, not " + Numbers.Text(value));
            }
        }

        // PyTorch's own refusals first (CSA1004, CSA1005), then the core's arithmetic (output below 1: CSA1002).
        private static string? Problem(FigureLayer layer, FigureAxis axis, bool ceil)
        {
            if (layer == FigureLayer.Transposed && axis.OutputPadding >= System.Math.Max(axis.Stride, axis.Dilation))
            {
                return "--output-padding " + Numbers.Text(axis.OutputPadding) + " must be smaller than the stride or the dilation ("
                    + Numbers.Text(System.Math.Max(axis.Stride, axis.Dilation)) + "), as PyTorch requires (CSA1004)";
            }
            if (layer is FigureLayer.MaxPool or FigureLayer.AvgPool && axis.Padding.Before > axis.Kernel / 2)
            {
                return "pooling padding " + Numbers.Text(axis.Padding.Before) + " is more than half the kernel ("
                    + Numbers.Text(axis.Kernel) + "/2 = " + Numbers.Text(axis.Kernel / 2) + "), which PyTorch refuses (CSA1005)";
            }
            Outcome<AxisResult> outcome = layer switch
            {
                FigureLayer.Transposed => AxisArithmetic.Transposed(axis.Input, axis.Kernel, axis.Stride, axis.Dilation, axis.Padding, axis.OutputPadding),
                FigureLayer.Convolution => AxisArithmetic.Convolution(axis.Input, axis.Kernel, axis.Stride, axis.Dilation, axis.Padding),
                _ => AxisArithmetic.Pool(axis.Input, axis.Kernel, axis.Stride, axis.Dilation, axis.Padding, ceil),
            };
            return outcome.Refusal is { } refusal ? refusal.Message + " (" + refusal.Rule.Id() + ")" : null;
        }
    }
}
