using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConvShapeAnalyzers.Reading
{
    /// <summary>
    /// Evaluates the closed constant expressions real declarations hold (int literals and their arithmetic, number and
    /// int arrays, Pad modes, nameof of a member, Network.Input, string and bool literals) with C#'s own rules, without
    /// binding. Anything else, and anything the compiler would refuse (an overflow, a division by zero, a wrong type for
    /// the parameter), gives null, and the reader asks the compiler instead.
    /// </summary>
    internal static class SyntaxConstants
    {
        /// <summary>The value of <paramref name="expression"/> passed where <paramref name="type"/> ("int", "object?", ...) is expected.</summary>
        public static ArgumentValue? Evaluate(ExpressionSyntax expression, string type, NameScope scope) => type.TrimEnd('?') switch
        {
            "int" => Int(expression) is { } value ? ArgumentValue.Scalar(value) : null,
            "bool" => Bool(expression) is { } flag ? ArgumentValue.Scalar(flag) : null,
            "string" => String(expression, scope) is { } text ? ArgumentValue.Scalar(text) : null,
            // An int constant converts to double, as the compiler converts it (Eps = 1).
            "double" => Double(expression) is { } real ? ArgumentValue.Scalar(real) : Int(expression) is { } whole ? ArgumentValue.Scalar((double)whole) : null,
            "object" => Object(expression, scope),
            _ => null,
        };

        /// <summary>The items of a params array in its expanded form (one argument each), or null.</summary>
        public static ArgumentValue? ParamsArray(IReadOnlyList<ExpressionSyntax> items, string elementType, NameScope scope)
        {
            var values = new ArgumentValue[items.Count];
            for (int n = 0; n < values.Length; n++)
                if ((values[n] = Evaluate(items[n], elementType, scope)!) is null)
                    return null;
            return ArgumentValue.Array(values);
        }

        /// <summary>An int constant expression: literals, parentheses, unary + and −, + − × / %, checked as the compiler checks constants.</summary>
        private static int? Int(ExpressionSyntax expression)
        {
            switch (expression)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression):
                    return literal.Token.Value is int value ? value : null;
                case ParenthesizedExpressionSyntax parenthesized:
                    return Int(parenthesized.Expression);
                case PrefixUnaryExpressionSyntax unary when Int(unary.Operand) is { } operand:
                    return unary.Kind() switch
                    {
                        SyntaxKind.UnaryPlusExpression => operand,
                        SyntaxKind.UnaryMinusExpression => Checked(-(long)operand),
                        _ => null,
                    };
                case BinaryExpressionSyntax binary when Int(binary.Left) is { } left && Int(binary.Right) is { } right:
                    return binary.Kind() switch
                    {
                        SyntaxKind.AddExpression => Checked((long)left + right),
                        SyntaxKind.SubtractExpression => Checked((long)left - right),
                        SyntaxKind.MultiplyExpression => Checked((long)left * right),
                        // C# truncates toward zero and gives the remainder the dividend's sign, as long arithmetic does.
                        SyntaxKind.DivideExpression when right != 0 => Checked((long)left / right),
                        SyntaxKind.ModuloExpression when right != 0 => Checked((long)left % right),
                        _ => null,
                    };
                default:
                    return null;
            }
        }

        private static int? Checked(long value) => value >= int.MinValue && value <= int.MaxValue ? (int)value : null;

        /// <summary>A double literal, possibly negated.</summary>
        private static double? Double(ExpressionSyntax expression) => expression switch
        {
            LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression) => literal.Token.Value is double value ? value : null,
            ParenthesizedExpressionSyntax parenthesized => Double(parenthesized.Expression),
            PrefixUnaryExpressionSyntax unary when unary.IsKind(SyntaxKind.UnaryMinusExpression) => -Double(unary.Operand),
            PrefixUnaryExpressionSyntax unary when unary.IsKind(SyntaxKind.UnaryPlusExpression) => Double(unary.Operand),
            _ => null,
        };

        private static bool? Bool(ExpressionSyntax expression) => expression.Kind() switch
        {
            SyntaxKind.TrueLiteralExpression => true,
            SyntaxKind.FalseLiteralExpression => false,
            _ => null,
        };

        /// <summary>A string literal, nameof(member) of the network type, or Network.Input.</summary>
        private static string? String(ExpressionSyntax expression, NameScope scope)
        {
            switch (expression)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    return literal.Token.Value as string;
                case ParenthesizedExpressionSyntax parenthesized:
                    return String(parenthesized.Expression, scope);
                case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: "nameof" }, ArgumentList.Arguments: { Count: 1 } arguments }
                    when arguments[0] is { NameColon: null, RefKindKeyword.RawKind: 0, Expression: IdentifierNameSyntax { Arity: 0 } name }
                         && !name.Identifier.Text.StartsWith("@") && scope.IsMember(name.Identifier.ValueText) && scope.NameofIsOperator:
                    return name.Identifier.ValueText;
                case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax member } access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression):
                    return scope.OurConstant(access.Expression, LayerKinds.NetworkClass, member.Identifier.ValueText) as string;
                default:
                    return null;
            }
        }

        /// <summary>What an object-typed property or parameter holds: an int, a double, a Pad mode, an int[] or double[], a string or a bool.</summary>
        private static ArgumentValue? Object(ExpressionSyntax expression, NameScope scope)
        {
            if (Int(expression) is { } number)
                return ArgumentValue.Scalar(number);
            if (Double(expression) is { } real)
                return ArgumentValue.Scalar(real);
            if (Bool(expression) is { } flag)
                return ArgumentValue.Scalar(flag);
            if (String(expression, scope) is { } text)
                return ArgumentValue.Scalar(text);
            switch (expression)
            {
                case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax member } access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression):
                    return ConstantReader.Integral(scope.OurConstant(access.Expression, LayerKinds.PadEnum, member.Identifier.ValueText)) is { } mode ? ArgumentValue.PadMode(mode) : null;
                case ImplicitArrayCreationExpressionSyntax implicitArray:
                    // new[] { ... }: int[] when every item is an int, double[] when every item is a double literal.
                    return Array(implicitArray.Initializer.Expressions, "int") ?? Array(implicitArray.Initializer.Expressions, "double");
                case ArrayCreationExpressionSyntax { Initializer: { } initializer, Type: { ElementType: PredefinedTypeSyntax element, RankSpecifiers: { Count: 1 } ranks } }
                    when ranks[0].Sizes.All(size => size is OmittedArraySizeExpressionSyntax):
                    return element.Keyword.Kind() switch
                    {
                        SyntaxKind.IntKeyword => Array(initializer.Expressions, "int"),
                        SyntaxKind.DoubleKeyword => Array(initializer.Expressions, "double"),
                        _ => null,
                    };
                default:
                    return null;
            }
        }

        private static ArgumentValue? Array(SeparatedSyntaxList<ExpressionSyntax> items, string element)
        {
            if (items.Count == 0)
                return null;
            var values = new ArgumentValue[items.Count];
            for (int n = 0; n < values.Length; n++)
            {
                // Boxed on each branch: a conditional of int? and double? would make every int a double.
                object? value = element == "int" ? (object?)Int(items[n]) : Double(items[n]);
                if (value is null)
                    return null;
                values[n] = ArgumentValue.Scalar(value);
            }
            return ArgumentValue.Array(values);
        }
    }
}
