using System.Text;

namespace ConvShapeAnalyzers.Generation
{
    /// <summary>Indented text with "\n" line ends, so the output is byte-identical on every platform.</summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder text = new StringBuilder();
        private int depth;

        public CodeWriter Line(string line = "")
        {
            if (line.Length > 0)
                text.Append(' ', depth * 4).Append(line);
            text.Append('\n');
            return this;
        }

        public CodeWriter Open(string header)
        {
            Line(header).Line("{");
            depth++;
            return this;
        }

        public CodeWriter Close()
        {
            depth--;
            return Line("}");
        }

        public override string ToString() => text.ToString();
    }
}
