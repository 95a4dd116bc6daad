using System;

namespace ConvShapeAnalyzers.Figures
{
    /// <summary>A request that cannot be drawn; the message is one line, fit to show a user as it is.</summary>
    public sealed class FigureException : Exception
    {
        public FigureException(string message)
            : base(message)
        {
        }
    }
}
