namespace ConvShapeAnalyzers.Core
{
    /// <summary>One spatial axis through one layer: its name, the resolved hyper-parameters and how its output was worked out.</summary>
    public sealed record AxisReport(string Name, long Kernel, long Stride, AxisPadding Padding, long Dilation, long OutputPadding, long Remainder, long Dropped, AxisFormula Arithmetic)
    {
        /// <summary>The formula with the numbers in, written when asked for.</summary>
        public string Formula => Arithmetic.ToString();
    }

    /// <summary>Receptive field size and jump (input positions between neighbouring outputs) on one axis (Araujo et al., Distill 2019).</summary>
    public readonly record struct ReceptiveField(long Size, long Jump);

    /// <summary>
    /// One layer's result. Output is null where the shape cannot be computed; a layer with an error whose shape is still
    /// well defined (a channel mismatch) keeps it, so the layers after it are checked too. Emittable: the layer
    /// and everything it reads is free of errors, so its constants may be generated. ReceptiveField is empty where undefined.
    /// </summary>
    public sealed record LayerReport(int Index, string Name, LayerKind Kind, string Module, string Description, TensorShape? Input, TensorShape? Output,
        EquatableArray<AxisReport> Axes, long Parameters, long MultiplyAdds, EquatableArray<ReceptiveField> ReceptiveField, bool Emittable)
    {
        /// <summary>The layers it reads, as resolved: an index, −1 for the network input, −2 where a name resolves to nothing.</summary>
        internal EquatableArray<int> Sources { get; init; }
    }

    /// <summary>A broken rule located at a layer (-1: the network itself) and one of its arguments.</summary>
    public sealed record Finding(int Layer, Rule Rule, Param Param, int ArgIndex, string Message, string? Fix)
    {
        public string Id => Rule.Id();
    }

    public sealed record NetworkReport(string Name, TensorShape Input, EquatableArray<LayerReport> Layers, EquatableArray<Finding> Findings);
}
