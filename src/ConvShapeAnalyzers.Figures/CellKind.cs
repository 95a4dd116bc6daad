namespace ConvShapeAnalyzers.Figures
{
    /// <summary>What one drawn cell of the (padded) input holds. Declared in drawing priority: a later kind wins where axes disagree.</summary>
    internal enum CellKind
    {
        Input,
        /// <summary>A zero the transposed convolution's stretching inserts between input units (guide section 4.5).</summary>
        Zero,
        Padding,
        /// <summary>Output padding: the a extra zero rows/columns on the bottom/right (Relationship 14).</summary>
        Extra,
        /// <summary>Outside the padded input: where a ceil-mode window or a too-large kernel reaches.</summary>
        Beyond,
    }
}
