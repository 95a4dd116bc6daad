using System.Linq;
using System.Threading;
using ConvShapeAnalyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConvShapeAnalyzers.Reading
{
    /// <summary>A type's first [Network] attribute: where it is written and the input it declares.</summary>
    internal sealed class FirstNetwork
    {
        private FirstNetwork(AttributeSyntax? syntax, TensorShape input, bool fromSyntax)
        {
            Syntax = syntax;
            Input = input;
            FromSyntax = fromSyntax;
        }

        /// <summary>The attribute as written (null only for a type without source).</summary>
        public AttributeSyntax? Syntax { get; }

        public TensorShape Input { get; }

        /// <summary>Read from the declaration with name lookups, not through the bound attributes.</summary>
        public bool FromSyntax { get; }

        /// <summary>
        /// The type's first [Network], or null when it has none or its arguments do not compile (the compiler reports that).
        /// With <paramref name="compilation"/>, read from the type's declaration with name lookups when they settle it: binding
        /// the type's attributes on the generator's compilation is work nobody reuses. Without, through the bound attributes.
        /// </summary>
        public static FirstNetwork? Find(INamedTypeSymbol type, Compilation? compilation, CancellationToken cancellationToken)
        {
            if (compilation is not null && TryFromSyntax(type, compilation, out FirstNetwork? found, cancellationToken))
                return found;
            AttributeData? network = NetworkReader.NetworkAttribute(type);
            if (network is null || network.AttributeConstructor is null || network.ConstructorArguments.Any(a => a.Kind == TypedConstantKind.Error))
                return null;
            long[] numbers = network.ConstructorArguments.Select(a => ConstantReader.Integral(a.Value) ?? 0).ToArray();
            return new FirstNetwork(network.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax,
                new TensorShape(numbers[0], new EquatableArray<long>(numbers.Skip(1).ToArray())), fromSyntax: false);
        }

        /// <summary>
        /// True when the declaration alone settles the type's first [Network] (<paramref name="found"/>, or null when certainly
        /// none of its attributes is one); false when only the binder can: attributes on several declarations (ordered by
        /// file), an attribute target, a name that might be ours under another name, arguments that are not as many int
        /// constants as a constructor takes.
        /// </summary>
        private static bool TryFromSyntax(INamedTypeSymbol type, Compilation compilation, out FirstNetwork? found, CancellationToken cancellationToken)
        {
            found = null;
            if (AttributedDeclaration(type, cancellationToken) is not { } declaration)
                return false;
            SemanticNameScope? scope = null;
            foreach (AttributeListSyntax list in declaration.AttributeLists)
            {
                if (list.Target is not null)
                    return false;
                foreach (AttributeSyntax attribute in list.Attributes)
                {
                    // Looked up where the attributes are written: the compiler binds them there (they see the type's own
                    // members, base types' members and type parameters too: a nested class Network hides ours).
                    scope ??= new SemanticNameScope(compilation.GetSemanticModel(declaration.SyntaxTree), declaration, list.SpanStart, type, record: null);
                    if (!scope.IsNetwork(attribute.Name, out bool unsure))
                    {
                        if (unsure)
                            return false;
                        continue;
                    }
                    int count = attribute.ArgumentList?.Arguments.Count ?? 0;
                    if (!AttributeSignatures.NetworkArities.Contains(count) || ReadInput(attribute, scope, count) is not { } input)
                        return false;
                    found = new FirstNetwork(attribute, input, fromSyntax: true);
                    return true;
                }
            }
            return true;
        }

        /// <summary>The one declaration of the type that carries attributes, or null when several do or none does.</summary>
        private static TypeDeclarationSyntax? AttributedDeclaration(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            TypeDeclarationSyntax? attributed = null;
            foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
                if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax { AttributeLists.Count: > 0 } declaration)
                {
                    if (attributed is not null)
                        return null;
                    attributed = declaration;
                }
            return attributed;
        }

        /// <summary>[Network]'s arguments when they are <paramref name="count"/> positional int constants, so they bind the constructor of that many.</summary>
        internal static TensorShape? ReadInput(AttributeSyntax network, NameScope scope, int count)
        {
            SeparatedSyntaxList<AttributeArgumentSyntax> arguments = network.ArgumentList?.Arguments ?? default;
            if (arguments.Count != count)
                return null;
            var numbers = new long[count];
            for (int n = 0; n < count; n++)
            {
                if (arguments[n] is not { NameColon: null, NameEquals: null } argument || SyntaxConstants.Evaluate(argument.Expression, "int", scope)?.Value is not int number)
                    return null;
                numbers[n] = number;
            }
            return new TensorShape(numbers[0], new EquatableArray<long>(numbers.Skip(1).ToArray()));
        }
    }
}
