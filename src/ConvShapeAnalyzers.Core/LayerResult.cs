using System.Collections.Generic;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>How a layer changes the receptive field: not at all, by a window per axis (k̂, s), or beyond definition.</summary>
    internal enum FieldChange
    {
        PassThrough,
        Window,
        Undefined,
    }

    /// <summary>What a layer rule works out; the network analyzer turns it into a <see cref="LayerReport"/>.</summary>
    internal sealed class LayerResult
    {
        public string Description { get; set; } = "";

        public TensorShape? Output { get; set; }

        public List<AxisReport> Axes { get; } = new List<AxisReport>();

        public long Parameters { get; set; }

        public long MultiplyAdds { get; set; }

        public FieldChange Field { get; set; } = FieldChange.PassThrough;

        /// <summary>Per axis (k̂, s, the padding before) when <see cref="Field"/> is Window; a zero padding or crop is a window of one.</summary>
        public List<(long Span, long Stride, long Before)> Windows { get; } = new List<(long, long, long)>();

        /// <summary>Back to a fresh result: one instance serves every layer of an analysis, which copies what it keeps.</summary>
        public void Reset()
        {
            Description = "";
            Output = null;
            Axes.Clear();
            Parameters = 0;
            MultiplyAdds = 0;
            Field = FieldChange.PassThrough;
            Windows.Clear();
        }
    }
}
