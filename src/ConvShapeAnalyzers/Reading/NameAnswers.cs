using System.Collections.Generic;

namespace ConvShapeAnalyzers.Reading
{
    /// <summary>
    /// The answers a <see cref="SemanticNameScope"/> gave while reading one network declaration, keyed by the text asked
    /// about. They depend only on declarations (usings, types, members, references), not on attribute arguments: while
    /// every file's declarations stay the same, an edited argument list can be read again with them and no compiler.
    /// </summary>
    public sealed class NameAnswers
    {
        internal Dictionary<string, (string? Class, bool Unsure)> AttributeClasses { get; } = new Dictionary<string, (string?, bool)>();
        internal Dictionary<string, bool> Members { get; } = new Dictionary<string, bool>();
        internal Dictionary<string, object?> Constants { get; } = new Dictionary<string, object?>();
        internal bool? NameofIsOperator { get; set; }

        /// <summary>
        /// Which attribute of the declaration, counted across its attribute lists, is the type's first [Network]; -1 when the
        /// network cannot be read from this one declaration (a partial type, layers the name lookup could not settle).
        /// </summary>
        internal int NetworkAttribute { get; set; } = -1;

        internal static string ConstantKey(string type, string typeName, string member) => type + "|" + typeName + "|" + member;
    }
}
