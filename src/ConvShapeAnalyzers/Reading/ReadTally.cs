namespace ConvShapeAnalyzers.Reading
{
    /// <summary>How the reader read a network's layers: from syntax alone, or through the compiler's bound attributes.</summary>
    public sealed class ReadTally
    {
        /// <summary>Layers whose arguments were closed constant expressions, read without binding.</summary>
        public int LayersFromSyntax { get; internal set; }

        /// <summary>Layers read through <c>GetAttributes()</c>: arguments that refer elsewhere, or declarations the syntax cannot settle.</summary>
        public int LayersBound { get; internal set; }
    }
}
