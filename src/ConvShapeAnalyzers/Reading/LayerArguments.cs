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
            // Arrays of the exact size: this runs for every layer attribute of a project.
            var positional = new KeyValuePair<string, ArgumentValue>[attribute.ConstructorArguments.Length];
            for (int n = 0; n < positional.Length; n++)
            {
                if (ArgumentValue.FromBound(attribute.ConstructorArguments[n]) is not { } value)
                    return null;
                positional[n] = new KeyValuePair<string, ArgumentValue>(constructor.Parameters[n].Name, value);
            }
            var named = new KeyValuePair<string, ArgumentValue>[attribute.NamedArguments.Length];
            for (int n = 0; n < named.Length; n++)
            {
                if (ArgumentValue.FromBound(attribute.NamedArguments[n].Value) is not { } value)
                    return null;
                named[n] = new KeyValuePair<string, ArgumentValue>(attribute.NamedArguments[n].Key, value);
            }
            return new LayerArguments(positional, named);
        }
    }
}
