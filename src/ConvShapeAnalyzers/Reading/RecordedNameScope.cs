using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConvShapeAnalyzers.Reading
{
    /// <summary>
    /// The answers a <see cref="SemanticNameScope"/> recorded for the same declaration, replayed. A question never asked
    /// before gets the "not certain" answer, so the reading gives up and the caller reads with the compiler.
    /// </summary>
    internal sealed class RecordedNameScope : NameScope
    {
        private readonly NameAnswers answers;

        public RecordedNameScope(NameAnswers answers) => this.answers = answers;

        public override bool NameofIsOperator => answers.NameofIsOperator == true;

        public override bool IsMember(string name) => answers.MemberNames?.Contains(name) == true;

        public override object? OurConstant(ExpressionSyntax type, string typeName, string member) =>
            answers.Constants.TryGetValue(NameAnswers.TypeKey(type, typeName), out var constants) && constants is not null
            && constants.TryGetValue(member, out object? value) ? value : null;

        public override string? AttributeClass(NameSyntax name, out bool unsure)
        {
            if (answers.AttributeClasses.TryGetValue(name.ToString(), out var answer))
            {
                unsure = answer.Unsure;
                return answer.Class;
            }
            unsure = true;
            return null;
        }
    }
}
