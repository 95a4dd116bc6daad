using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConvShapeAnalyzers.Reading
{
    /// <summary>
    /// What a name written in a network type's member attributes refers to, by name lookup only (no attribute binding):
    /// whether <c>Conv2d</c> is ours, what <c>Pad.Same</c> is, whether <c>nameof</c> is the operator. Every answer is
    /// "ours for certain" or "not certain"; the reader binds (or reads anew) when unsure. The compiler answers through
    /// <see cref="SemanticNameScope"/>; a reading of an edited declaration replays its answers through <see cref="RecordedNameScope"/>.
    /// </summary>
    internal abstract class NameScope
    {
        /// <summary>
        /// The class an attribute name certainly binds to, if it is one of ours ("Conv2dAttribute"); <paramref name="unsure"/>
        /// when it might bind to ours in a way this does not follow (an alias, a verbatim name, a type of the same name).
        /// </summary>
        public abstract string? AttributeClass(NameSyntax name, out bool unsure);

        /// <summary>Whether <c>nameof(x)</c> here is the operator, not a call of a method the user named nameof.</summary>
        public abstract bool NameofIsOperator { get; }

        /// <summary>Whether the network type has a member of this name (so that <c>nameof</c> of it is that name).</summary>
        public abstract bool IsMember(string name);

        /// <summary>
        /// The value of constant <paramref name="member"/> of our type <paramref name="typeName"/> ("Pad", "Network") when
        /// <paramref name="type"/> certainly names that type (Pad, ConvShape.Pad, an alias of it); null otherwise.
        /// </summary>
        public abstract object? OurConstant(ExpressionSyntax type, string typeName, string member);
    }
}
