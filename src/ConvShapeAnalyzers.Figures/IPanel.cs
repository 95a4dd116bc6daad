namespace ConvShapeAnalyzers.Figures
{
    /// <summary>A measured part of a figure; documents stack panels top to bottom.</summary>
    internal interface IPanel
    {
        int Width { get; }

        int Height { get; }

        void Draw(SvgWriter svg, int x, int y);
    }
}
