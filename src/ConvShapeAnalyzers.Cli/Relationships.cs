namespace ConvShapeAnalyzers.Cli
{
    /// <summary>The case each of the guide's relationships covers (Dumoulin &amp; Visin, sections 2–5).</summary>
    public static class Relationships
    {
        public static string Describe(int number) => number switch
        {
            1 => "1 — no zero padding, unit strides",
            2 => "2 — zero padding, unit strides",
            3 => "3 — half (same) padding",
            4 => "4 — full padding",
            5 => "5 — no zero padding, non-unit strides",
            6 => "6 — zero padding, non-unit strides",
            7 => "7 — pooling",
            8 => "8 — transposed, no zero padding, unit strides",
            9 => "9 — transposed, zero padding, unit strides",
            10 => "10 — transposed, half (same) padding",
            11 => "11 — transposed, full padding",
            12 => "12 — transposed, no zero padding, non-unit strides",
            13 => "13 — transposed, zero padding, non-unit strides",
            14 => "14 — transposed, zero padding, non-unit strides, output padding a",
            15 => "15 — dilated convolution",
            _ => "none of the guide's (they cover symmetric padding, floor-mode unpadded pooling and undilated transposed convolution)",
        };
    }
}
