using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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

        /// <summary>By the text naming the type and the type it must be ("Pad|Pad"): every constant of it, or null when it is not ours for certain.</summary>
        internal Dictionary<string, Dictionary<string, object?>?> Constants { get; } = new Dictionary<string, Dictionary<string, object?>?>();
        internal HashSet<string>? MemberNames { get; set; }
        internal bool? NameofIsOperator { get; set; }

        /// <summary>
        /// Which attribute of the declaration, counted across its attribute lists, is the type's first [Network]; -1 when the
        /// network cannot be read from this one declaration (a partial type, layers the name lookup could not settle).
        /// </summary>
        internal int NetworkAttribute { get; set; } = -1;

        /// <summary>
        /// Every argument of the [Network] and the layer attributes was a closed constant, read from syntax: the reading
        /// depended on nothing but the declaration and these answers, so it holds while the names they looked up stay the same.
        /// </summary>
        internal bool AllArgumentsClosed { get; set; }

        /// <summary>
        /// An argument looked up a name other than those <see cref="LayerKinds.IsArgumentName"/> lists: in a reading from
        /// syntax, an alias of ours (<c>using P = ConvShape.Pad;</c> … <c>P.Same</c>). A member named like it hides it, and
        /// the names' outline leaves such members out: the reading then holds only while every file's whole outline does.
        /// </summary>
        internal bool ArgumentAliases { get; set; }

        internal static string TypeKey(ExpressionSyntax type, string typeName) => type.ToString() + "|" + typeName;
    }
}
