using System.Collections.Generic;

namespace ConvShapeAnalyzers.Figures
{
    /// <summary>A feature map's name and spatial size (one or two axes).</summary>
    public sealed record JoinMap(string Name, IReadOnlyList<long> Size);

    /// <summary>Two maps a Concat or Add would join, and the caption lines explaining where their sizes come from.</summary>
    public sealed record JoinFigure(JoinMap Left, JoinMap Right, IReadOnlyList<string> Caption);
}
