namespace ConvShapeAnalyzers.Figures
{
    /// <summary>The guide's colours (blue input, white dashed zeros, cyan output, shaded kernel) and the figure's spacing.</summary>
    internal static class Palette
    {
        public const string Font = "DejaVu Sans, Verdana, Arial, sans-serif";
        public const string Background = "#ffffff";
        public const string Ink = "#1a1a1a";
        public const string Muted = "#555555";

        public const string InputFill = "#6fa8dc";
        public const string InputStroke = "#2f5f8f";
        public const string ZeroFill = "#ffffff";
        public const string ZeroStroke = "#7f7f7f";
        public const string StretchFill = "#eef4fb";
        public const string ExtraStroke = "#e07b00";
        public const string BeyondStroke = "#b8b8b8";
        public const string DroppedStroke = "#d62728";
        public const string OutputFill = "#7ed3e0";
        public const string OutputStroke = "#2a8c9a";
        public const string OutputHighlight = "#1b8fa3";
        public const string Kernel = "#0b2e59";
        public const string KernelOverhang = "#d62728";

        public const string HatchId = "never-read";
        public const string Dash = "4 3";

        public const int Margin = 16;
        public const int FontSize = 13;
        public const int TitleSize = 15;
        public const int LineHeight = 19;

        /// <summary>Frame length of an animated figure, in milliseconds.</summary>
        public const int FrameMilliseconds = 800;

        /// <summary>A generous width for text in the figure's font, so captions never run past the edge.</summary>
        public static int TextWidth(string text, int fontSize) => (text.Length * fontSize * 56 + 99) / 100;
    }
}
