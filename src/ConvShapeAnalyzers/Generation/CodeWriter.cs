using System;
using System.Text;
using ConvShapeAnalyzers.Core;

namespace ConvShapeAnalyzers.Generation
{
    /// <summary>
    /// Indented text with "\n" line ends, so the output is byte-identical on every platform. A line is either written whole
    /// (<see cref="Line"/>) or in parts (<see cref="Start"/>, <see cref="Append(string)"/>..., <see cref="End"/>), which
    /// spares the generator a temporary string per line: it writes some 20 KB per network.
    /// </summary>
    internal sealed class CodeWriter
    {
        /// <summary>
        /// The buffer of the last file written on this thread, kept for the next: a build writes hundreds of files, and a
        /// new buffer each time would be as much garbage again as the text itself. Big buffers are not kept.
        /// </summary>
        [ThreadStatic]
        private static StringBuilder? spare;
        private const int KeptCapacity = 1 << 16;    // characters: a network of about 60 layers

        private readonly StringBuilder text;
        private int depth;

        public CodeWriter(int capacity = 1024)
        {
            text = spare ?? new StringBuilder(capacity);
            spare = null;
            text.EnsureCapacity(capacity);
        }

        public CodeWriter Line(string line = "") => line.Length == 0 ? End() : Start().Append(line).End();

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

        /// <summary>Indents a new line; its parts follow, then <see cref="End"/>.</summary>
        public CodeWriter Start()
        {
            text.Append(' ', depth * 4);
            return this;
        }

        public CodeWriter Append(string part)
        {
            text.Append(part);
            return this;
        }

        /// <summary>The <paramref name="count"/> characters of <paramref name="part"/> from <paramref name="start"/>, without a substring.</summary>
        public CodeWriter Append(string part, int start, int count)
        {
            text.Append(part, start, count);
            return this;
        }

        /// <summary>The <paramref name="count"/> characters of <paramref name="part"/> from <paramref name="start"/>.</summary>
        public CodeWriter Append(char[] part, int start, int count)
        {
            text.Append(part, start, count);
            return this;
        }

        public CodeWriter Append(char part)
        {
            text.Append(part);
            return this;
        }

        /// <summary>A number in the invariant culture (<see cref="Text.Number"/>).</summary>
        public CodeWriter Append(long value)
        {
            text.Number(value);
            return this;
        }

        /// <summary>A shape ("16×32×32") written straight into the file.</summary>
        public CodeWriter Append(TensorShape shape)
        {
            shape.WriteTo(text);
            return this;
        }

        /// <summary>
        /// A formula written straight into the file for an XML comment. Only a given size's wording is free text, and escaped; a
        /// computed formula is numbers and fixed words, none of them holding a character XML reserves (AxisFormulaTests).
        /// </summary>
        public CodeWriter AppendXml(AxisFormula formula)
        {
            if (formula.Kind == FormulaKind.Given)
                return AppendXml(formula.Given ?? "");
            formula.WriteTo(text);
            return this;
        }

        /// <summary>Text for a doc comment: the three characters XML reserves are escaped.</summary>
        public CodeWriter AppendXml(string part)
        {
            int plain = 0;
            for (int n = 0; n < part.Length; n++)
            {
                string? escaped = part[n] switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => null };
                if (escaped is null)
                    continue;
                text.Append(part, plain, n - plain).Append(escaped);
                plain = n + 1;
            }
            text.Append(part, plain, part.Length - plain);
            return this;
        }

        public CodeWriter End()
        {
            text.Append('\n');
            return this;
        }

        /// <summary>The text written; the writer is done and gives its buffer back for the next file on this thread.</summary>
        public string Finish()
        {
            string written = text.ToString();
            if (text.Capacity <= KeptCapacity)
            {
                text.Clear();
                spare = text;
            }
            return written;
        }
    }
}
