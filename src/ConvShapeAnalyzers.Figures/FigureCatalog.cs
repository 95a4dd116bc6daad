using System;
using System.Collections.Generic;
using System.Globalization;
using ConvShapeAnalyzers.Core;

namespace ConvShapeAnalyzers.Figures
{
    /// <summary>A figure of docs/figures: its file name and how to draw it.</summary>
    public sealed record NamedFigure(string FileName, Func<string> Render);

    /// <summary>
    /// Every figure in docs/figures: the guide's figures 2.1–2.7, 4.1–4.7 and 5.1 (DESIGN 3.1) as animations, and the
    /// pictures of the rule pages. `convshape figures DIR` writes them; a test checks the committed files match.
    /// </summary>
    public static class FigureCatalog
    {
        public static IReadOnlyList<NamedFigure> All { get; } = new List<NamedFigure>
        {
            Guide("2.1", "no zero padding, unit strides", FigureLayer.Convolution, 4, 3, 1, 0),
            Guide("2.2", "arbitrary zero padding, unit strides", FigureLayer.Convolution, 5, 4, 1, 2),
            Guide("2.3", "half (same) padding", FigureLayer.Convolution, 5, 3, 1, 1),
            Guide("2.4", "full padding", FigureLayer.Convolution, 5, 3, 1, 2),
            Guide("2.5", "no zero padding, non-unit strides", FigureLayer.Convolution, 5, 3, 2, 0),
            Guide("2.6", "zero padding, non-unit strides", FigureLayer.Convolution, 5, 3, 2, 1),
            Guide("2.7", "zero padding, non-unit strides, an input one larger: the same output", FigureLayer.Convolution, 6, 3, 2, 1),
            Guide("4.1", "the transpose of figure 2.1", FigureLayer.Transposed, 2, 3, 1, 0),
            Guide("4.2", "the transpose of figure 2.2", FigureLayer.Transposed, 6, 4, 1, 2),
            Guide("4.3", "the transpose of figure 2.3 (half padding)", FigureLayer.Transposed, 5, 3, 1, 1),
            Guide("4.4", "the transpose of figure 2.4 (full padding)", FigureLayer.Transposed, 7, 3, 1, 2),
            Guide("4.5", "the transpose of figure 2.5", FigureLayer.Transposed, 2, 3, 2, 0),
            Guide("4.6", "the transpose of figure 2.6", FigureLayer.Transposed, 3, 3, 2, 1),
            Guide("4.7", "the transpose of figure 2.7: output padding a = 1", FigureLayer.Transposed, 3, 3, 2, 1, outputPadding: 1),
            Guide("5.1", "dilated convolution, d = 2", FigureLayer.Convolution, 7, 3, 1, 0, dilation: 2),
            new NamedFigure("csa1002.svg", InputSmallerThanKernel),
            new NamedFigure("csa2004.svg", ConcatOfDifferentSizes),
            new NamedFigure("csa3001.svg", StrideRemainder),
            new NamedFigure("csa3002.svg", MirrorOutputPadding),
        };

        private static NamedFigure Guide(string number, string title, FigureLayer layer, long input, long kernel, long stride, long padding, long dilation = 1, long outputPadding = 0)
        {
            FigureAxis axis = FigureAxis.Symmetric(input, kernel, stride, padding, dilation, outputPadding);
            var request = new FigureRequest(layer, new[] { axis, axis }, Animate: true, Title: "Figure " + number + ": " + title);
            return new NamedFigure("fig-" + number + ".svg", () => FigureRenderer.Render(request));
        }

        // The MNIST mistake of the rule page, small: a 5×5 kernel on a 4×4 map.
        private static string InputSmallerThanKernel()
        {
            FigureAxis axis = FigureAxis.Symmetric(4, 5);
            return FigureRenderer.Render(new FigureRequest(FigureLayer.Convolution, new[] { axis, axis }, Title: "CSA1002: the input is smaller than the kernel"));
        }

        // The rule page's 224 with k = 3, s = 2, p = 0, drawn on 6: the last row and column are never read.
        private static string StrideRemainder()
        {
            FigureAxis axis = FigureAxis.Symmetric(6, 3, 2);
            return FigureRenderer.Render(new FigureRequest(FigureLayer.Convolution, new[] { axis, axis }, Position: 3,
                Title: "CSA3001: the stride remainder leaves the last row and column unread"));
        }

        // The guide's 4.6 and 4.7: the convolution of figure 2.7 reads 6, and only a = 1 gives 6 back.
        private static string MirrorOutputPadding()
        {
            const long mirrored = 6, kernel = 3, stride = 2, padding = 1;
            long input = Output(AxisArithmetic.Convolution(mirrored, kernel, stride, 1, AxisPadding.Symmetric(padding)));
            long a = AxisArithmetic.MirrorOutputPadding(mirrored, kernel, stride, 1, AxisPadding.Symmetric(padding));
            FigureAxis without = FigureAxis.Symmetric(input, kernel, stride, padding);
            FigureAxis with = without with { OutputPadding = a };
            long short_ = Output(AxisArithmetic.Transposed(input, kernel, stride, 1, AxisPadding.Symmetric(padding), 0));
            return FigureRenderer.RenderStack("CSA3002: a transposed convolution restores its mirror's input only with the right output padding", new[]
            {
                new FigureRequest(FigureLayer.Transposed, new[] { without, without }, Position: short_ * short_ - 1,
                    Title: "CSA3002, without output padding: " + Square(input) + " → " + Square(short_) + ", but the mirrored convolution read " + Square(mirrored)),
                new FigureRequest(FigureLayer.Transposed, new[] { with, with }, Position: mirrored * mirrored - 1,
                    Title: "With OutputPadding = " + N(a) + ": " + Square(input) + " → " + Square(mirrored) + ", the mirror's input restored"),
            });
        }

        // The rule page's U-Net with an odd input, small: 5 → pool → 2 → ×2 up → 4, and the skip branch is still 5.
        private static string ConcatOfDifferentSizes()
        {
            const long input = 5;
            AxisResult down = Ok(AxisArithmetic.Pool(input, 2, 2, 1, AxisPadding.Symmetric(0), false));
            AxisResult up = Ok(AxisArithmetic.Transposed(down.Output, 2, 2, 1, AxisPadding.Symmetric(0), 0));
            var join = new JoinFigure(new JoinMap("enc1", new[] { input, input }), new JoinMap("up", new[] { up.Output, up.Output }), new[]
            {
                "enc1 keeps the input size " + N(input) + "; down = MaxPool2d(2): " + down.Formula,
                "up = ConvTranspose2d(k = 2, s = 2): " + up.Formula,
                "Concat(enc1, up) needs equal spatial sizes: " + Square(input) + " ≠ " + Square(up.Output) + " (CSA2004); the hatched row and column have no partner.",
                "An even input, or CenterCrop of enc1 to up, makes them match.",
            });
            return FigureRenderer.RenderJoin("CSA2004: Concat of feature maps of different sizes", join);
        }

        private static long Output(Outcome<AxisResult> outcome) => Ok(outcome).Output;

        private static AxisResult Ok(Outcome<AxisResult> outcome) => outcome.Value ?? throw new InvalidOperationException(outcome.ToString());

        private static string Square(long size) => N(size) + "×" + N(size);

        private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
