using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ConvShapeAnalyzers.Reading
{
    /// <summary>A layer attribute's arguments as values: positional ones by parameter name (a params array as one array), then named ones in source order.</summary>
    internal sealed class LayerArguments
    {
        public LayerArguments(IReadOnlyList<KeyValuePair<string, ArgumentValue>> positional, IReadOnlyList<KeyValuePair<string, ArgumentValue>> named)
        {
            Positional = positional;
            Named = named;
        }

        public IReadOnlyList<KeyValuePair<string, ArgumentValue>> Positional { get; }

        public IReadOnlyList<KeyValuePair<string, ArgumentValue>> Named { get; }

        /// <summary>The compiler's binding of the attribute, or null when it does not compile (the compiler reports that).</summary>
        public static LayerArguments? FromBound(AttributeData attribute)
        {
            if (attribute.AttributeConstructor is not { } constructor)
                return null;
            var positional = new List<KeyValuePair<string, ArgumentValue>>();
            for (int n = 0; n < attribute.ConstructorArguments.Length; n++)
            {
                if (ArgumentValue.FromBound(attribute.ConstructorArguments[n]) is not { } value)
                    return null;
                positional.Add(new KeyValuePair<string, ArgumentValue>(constructor.Parameters[n].Name, value));
            }
            var named = new List<KeyValuePair<string, ArgumentValue>>();
            foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
            {
                if (ArgumentValue.FromBound(argument.Value) is not { } value)
                    return null;
                named.Add(new KeyValuePair<string, ArgumentValue>(argument.Key, value));
            }
            return new LayerArguments(positional, named);
        }
    }
}
