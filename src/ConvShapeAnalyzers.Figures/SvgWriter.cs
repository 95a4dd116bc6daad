using System.Globalization;
using System.Text;

namespace ConvShapeAnalyzers.Figures
{
    /// <summary>
    /// Writes indented SVG markup with "\n" line ends, attributes in the order given and every value escaped, so the same
    /// figure always gives the same bytes. Attributes are name/value pairs.
    /// </summary>
    internal sealed class SvgWriter
    {
        private readonly StringBuilder _text = new StringBuilder();
        private int _depth;
        private int _ids;

        public static string I(long value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>A fraction for keyTimes and opacities: at most six decimals, no exponent, invariant.</summary>
        public static string F(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

        public void Raw(string line) => Line(line);

        /// <summary>A document-unique id, numbered in writing order so the output stays deterministic.</summary>
        public string NewId(string prefix) => prefix + "-" + I(++_ids);

        public void Open(string name, params string[] attributes)
        {
            Line("<" + name + Attributes(attributes) + ">");
            _depth++;
        }

        public void Close(string name)
        {
            _depth--;
            Line("</" + name + ">");
        }

        public void Empty(string name, params string[] attributes) => Line("<" + name + Attributes(attributes) + "/>");

        public void Text(string name, string content, params string[] attributes) =>
            Line("<" + name + Attributes(attributes) + ">" + Escape(content) + "</" + name + ">");

        public override string ToString() => _text.ToString();

        private void Line(string markup) => _text.Append(' ', 2 * _depth).Append(markup).Append('\n');

        private static string Attributes(string[] pairs)
        {
            var text = new StringBuilder();
            for (int n = 0; n + 1 < pairs.Length; n += 2)
                text.Append(' ').Append(pairs[n]).Append("=\"").Append(Escape(pairs[n + 1])).Append('"');
            return text.ToString();
        }

        /// <summary>Escapes markup characters and replaces characters XML 1.0 cannot hold.</summary>
        public static string Escape(string value)
        {
            var text = new StringBuilder(value.Length);
            foreach (char c in value)
            {
                switch (c)
                {
                    case '&': text.Append("&amp;"); break;
                    case '<': text.Append("&lt;"); break;
                    case '>': text.Append("&gt;"); break;
                    case '"': text.Append("&quot;"); break;
                    case '\'': text.Append("&apos;"); break;
                    default: text.Append(c < ' ' || c == '\uFFFE' || c == '\uFFFF' ? '?' : c); break;
                }
            }
            return text.ToString();
        }
    }
}
