namespace ConvShapeAnalyzers.Reading
{
    /// <summary>How the reader read a network's [Network] and layers: from syntax alone, or through the compiler's bound attributes.</summary>
    public sealed class ReadTally
    {
        /// <summary>[Network] was read from the type's declaration, without binding the type's attributes.</summary>
        public bool NetworkFromSyntax { get; internal set; }

        /// <summary>Layers whose arguments were closed constant expressions, read without binding.</summary>
        public int LayersFromSyntax { get; internal set; }

        /// <summary>Layers read through <c>GetAttributes()</c>: arguments that refer elsewhere, or declarations the syntax cannot settle.</summary>
        public int LayersBound { get; internal set; }
    }
}
