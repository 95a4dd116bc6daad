using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConvShapeAnalyzers.Reading
{
    /// <summary>
    /// A layer attribute's arguments read from syntax, matched to the attribute's signature as the compiler matches them
    /// (positional, <c>name:</c>, a params array's expanded form, <c>Property = value</c>); null when an argument is not a
    /// closed constant or the list is one the compiler would refuse, so the reader binds instead.
    /// </summary>
    internal static class SyntaxArguments
    {
        public static LayerArguments? Read(LayerAttributeSyntax layer)
        {
            if (AttributeSignatures.Get(layer.AttributeClass) is not { } signature)
                return null;
            IReadOnlyList<AttributeParameter> parameters = signature.Parameters;
            bool hasParams = parameters.Count > 0 && parameters[parameters.Count - 1].IsParams;
            int fixedCount = hasParams ? parameters.Count - 1 : parameters.Count;
            var values = new ArgumentValue?[fixedCount];
            var paramsItems = new List<ExpressionSyntax>();
            var named = new List<KeyValuePair<string, ArgumentValue>>();
            bool sawName = false;
            foreach (AttributeArgumentSyntax argument in layer.Attribute.ArgumentList?.Arguments ?? default)
            {
                if (argument.NameEquals is { } nameEquals)
                {
                    string property = nameEquals.Name.Identifier.ValueText;
                    if (!signature.Properties.TryGetValue(property, out string? type) || named.Exists(n => n.Key == property)
                        || SyntaxConstants.Evaluate(argument.Expression, type, layer.Scope) is not { } value)
                        return null;
                    named.Add(new KeyValuePair<string, ArgumentValue>(property, value));
                    continue;
                }
                if (named.Count > 0)
                    return null;    // a positional argument after a named one does not compile
                int index;
                if (argument.NameColon is { } nameColon)
                {
                    index = signature.IndexOf(nameColon.Name.Identifier.ValueText);
                    sawName = true;
                    if (index < 0 || index >= fixedCount || values[index] is not null)
                        return null;
                }
                else if (sawName)
                    return null;    // C# allows it only when the names were in position; the binder decides
                else if ((index = NextFree(values)) < 0)
                {
                    if (!hasParams)
                        return null;
                    paramsItems.Add(argument.Expression);
                    continue;
                }
                if ((values[index] = SyntaxConstants.Evaluate(argument.Expression, parameters[index].Type, layer.Scope)) is null)
                    return null;
            }

            var positional = new List<KeyValuePair<string, ArgumentValue>>();
            for (int n = 0; n < fixedCount; n++)
            {
                if (values[n] is not { } value)
                    return null;    // too few arguments
                positional.Add(new KeyValuePair<string, ArgumentValue>(parameters[n].Name, value));
            }
            if (hasParams)
            {
                // One array argument is the normal form (new[] { ... }, null): left to the binder.
                if (paramsItems.Count == 1 && paramsItems[0] is ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or CollectionExpressionSyntax)
                    return null;
                AttributeParameter last = parameters[fixedCount];
                if (SyntaxConstants.ParamsArray(paramsItems, last.Type.TrimEnd(']').TrimEnd('['), layer.Scope) is not { } array)
                    return null;
                positional.Add(new KeyValuePair<string, ArgumentValue>(last.Name, array));
            }
            return new LayerArguments(positional, named);
        }

        private static int NextFree(ArgumentValue?[] values)
        {
            for (int n = 0; n < values.Length; n++)
                if (values[n] is null)
                    return n;
            return -1;
        }
    }
}
