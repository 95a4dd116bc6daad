namespace ConvShapeAnalyzers.Core
{
    /// <summary>How padding is chosen. The values match the user-facing <c>ConvShape.Pad</c> enum; Explicit means numbers were given.</summary>
    public enum PadMode
    {
        Explicit = 0,
        Valid = 1,
        /// <summary>PyTorch "same": stride 1 only, total d(k − 1), the extra position on the right.</summary>
        Same = 2,
        /// <summary>TensorFlow / ONNX SAME_UPPER: o = ⌈i/s⌉, the extra position on the right.</summary>
        SameUpper = 3,
        /// <summary>ONNX SAME_LOWER: o = ⌈i/s⌉, the extra position on the left.</summary>
        SameLower = 4,
        /// <summary>The guide's full padding: p = k̂ − 1.</summary>
        Full = 5,
    }

    public static class PadModeInfo
    {
        public static string SourceName(this PadMode mode) => "Pad." + mode;
    }
}
