using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConvShapeAnalyzers.Reading
{
    internal enum ArgumentKind
    {
        /// <summary>A number, bool or string.</summary>
        Scalar,
        /// <summary>A <c>Pad</c> mode; <see cref="ArgumentValue.Value"/> holds its number.</summary>
        Pad,
        Array,
        Null,
        /// <summary>Anything else the compiler accepts (a typeof, another enum): always the wrong type for us.</summary>
        Other,
    }

    /// <summary>
    /// An attribute argument's constant, read from syntax or bound by the compiler: the one form the layer reader reads, so
    /// both ways of reading are interpreted by the same code.
    /// </summary>
    internal sealed class ArgumentValue
    {
        private static readonly IReadOnlyList<ArgumentValue> NoItems = new ArgumentValue[0];
        private readonly TypedConstant? bound;

        private ArgumentValue(ArgumentKind kind, object? value, IReadOnlyList<ArgumentValue> items, TypedConstant? bound)
        {
            Kind = kind;
            Value = value;
            Items = items;
            this.bound = bound;
        }

        public ArgumentKind Kind { get; }

        public object? Value { get; }

        public IReadOnlyList<ArgumentValue> Items { get; }

        /// <summary>
        /// The value as C# source, for messages: the compiler's rendering when bound. Values read from syntax never reach a
        /// message, because a layer whose reading finds a problem is read again through the compiler (NetworkReader).
        /// </summary>
        public string Text => bound is { } constant ? constant.ToCSharpString()
            : Kind == ArgumentKind.Array ? "{ " + string.Join(", ", Items.Select(i => i.Text)) + " }"
            : Kind == ArgumentKind.Null ? "null"
            : SymbolDisplay.FormatPrimitive(Value!, quoteStrings: true, useHexadecimalNumbers: false);

        public static ArgumentValue Scalar(object value) => new ArgumentValue(ArgumentKind.Scalar, value, NoItems, null);

        public static ArgumentValue PadMode(long mode) => new ArgumentValue(ArgumentKind.Pad, mode, NoItems, null);

        public static ArgumentValue Array(IReadOnlyList<ArgumentValue> items) => new ArgumentValue(ArgumentKind.Array, null, items, null);

        /// <summary>The compiler's constant, or null when it is in error (the compiler reports that; the layer is unreadable).</summary>
        public static ArgumentValue? FromBound(TypedConstant constant)
        {
            switch (constant.Kind)
            {
                case TypedConstantKind.Error:
                    return null;
                case TypedConstantKind.Array when !constant.IsNull:
                    var items = new ArgumentValue[constant.Values.Length];
                    for (int n = 0; n < items.Length; n++)
                    {
                        if (FromBound(constant.Values[n]) is not { } item)
                            return null;
                        items[n] = item;
                    }
                    return new ArgumentValue(ArgumentKind.Array, null, items, constant);
                case var _ when constant.IsNull:
                    return new ArgumentValue(ArgumentKind.Null, null, NoItems, constant);
                case TypedConstantKind.Enum when constant.Type is { Name: LayerKinds.PadEnum, ContainingNamespace: { Name: LayerKinds.Namespace, ContainingNamespace.IsGlobalNamespace: true } }
                                                 && ConstantReader.Integral(constant.Value) is { } mode:
                    return new ArgumentValue(ArgumentKind.Pad, mode, NoItems, constant);
                case TypedConstantKind.Primitive:
                    return new ArgumentValue(ArgumentKind.Scalar, constant.Value, NoItems, constant);
                default:
                    return new ArgumentValue(ArgumentKind.Other, constant.Value, NoItems, constant);
            }
        }
    }
}
