using System.Collections.Generic;
using System.Linq;

namespace ConvShapeAnalyzers.Figures
{
    /// <summary>Renders layer figures to SVG text. Throws <see cref="FigureException"/> for a request that cannot be drawn.</summary>
    public static class FigureRenderer
    {
        public static string Render(FigureRequest request)
        {
            var panel = new LayerPanel(request);
            return SvgDocument.Render(request.Title ?? panel.Summary, new[] { panel });
        }

        /// <summary>Several layers stacked top to bottom in one picture, e.g. a layer without and with a fix.</summary>
        public static string RenderStack(string title, IReadOnlyList<FigureRequest> requests) =>
            SvgDocument.Render(title, requests.Select(r => (IPanel)new LayerPanel(r)).ToList());

        /// <summary>Two feature maps side by side, the positions the smaller lacks hatched: why a Concat or an Add cannot join them.</summary>
        public static string RenderJoin(string title, JoinFigure join) => SvgDocument.Render(title, new[] { new JoinPanel(title, join) });
    }
}
