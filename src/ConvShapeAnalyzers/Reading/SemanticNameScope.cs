using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConvShapeAnalyzers.Reading
{
    /// <summary>
    /// The compiler's answers for one type declaration, by name lookup at its opening brace (for its members' attributes)
    /// or at its attribute lists (for its own); recorded into <see cref="NameAnswers"/> when given one.
    /// </summary>
    internal sealed class SemanticNameScope : NameScope
    {
        private readonly int position;
        private readonly Dictionary<string, ImmutableArray<ISymbol>> lookups = new Dictionary<string, ImmutableArray<ISymbol>>();
        private readonly Dictionary<string, ImmutableArray<ISymbol>> expressionLookups = new Dictionary<string, ImmutableArray<ISymbol>>();
        private readonly SemanticModel model;
        private readonly INamedTypeSymbol network;
        private readonly NameAnswers? record;
        private readonly SharedLookups? shared;
        private readonly Dictionary<string, Dictionary<string, object?>?> constants = new Dictionary<string, Dictionary<string, object?>?>();
        private HashSet<string>? memberNames;
        private bool? nameofIsOperator;

        /// <summary>The names its members' attributes see.</summary>
        public SemanticNameScope(SemanticModel model, TypeDeclarationSyntax declaration, INamedTypeSymbol type, NameAnswers? record)
            : this(model, declaration, declaration.OpenBraceToken.Span.End, type, record)
        {
        }

        /// <summary>The names seen at <paramref name="position"/> in <paramref name="declaration"/>; at its attribute lists, what its own attributes see.</summary>
        public SemanticNameScope(SemanticModel model, TypeDeclarationSyntax declaration, int position, INamedTypeSymbol type, NameAnswers? record)
        {
            this.model = model;
            this.position = position;
            network = type;
            this.record = record;
            shared = SharedLookups.For(model.Compilation, type, declaration);
        }

        public override bool NameofIsOperator
        {
            get
            {
                nameofIsOperator ??= Lookup("nameof", expression: true).IsEmpty;    // shared with look-alikes, as any lookup
                if (record is not null)
                    record.NameofIsOperator = nameofIsOperator;
                return nameofIsOperator.Value;
            }
        }

        public override bool IsMember(string name)
        {
            // All of them, not the one asked: an edited argument may take nameof of another member.
            HashSet<string> names = memberNames ??= new HashSet<string>(network.MemberNames);
            if (record is not null)
                record.MemberNames = names;
            return names.Contains(name);
        }

        public override object? OurConstant(ExpressionSyntax type, string typeName, string member)
        {
            string key = NameAnswers.TypeKey(type, typeName);
            if (!constants.TryGetValue(key, out Dictionary<string, object?>? values))
            {
                values = OurType(type) is { } ours && ours.Name == typeName && (typeName != LayerKinds.PadEnum || ours.TypeKind == TypeKind.Enum) ? ConstantsOf(ours) : null;
                constants.Add(key, values);
                if (record is not null)
                    record.Constants[key] = values;
            }
            return values is not null && values.TryGetValue(member, out object? value) ? value : null;
        }

        /// <summary>Every constant field of a type whose name no other member shares (Pad.Same, Network.Input).</summary>
        private static Dictionary<string, object?> ConstantsOf(INamedTypeSymbol type)
        {
            var values = new Dictionary<string, object?>();
            foreach (IGrouping<string, ISymbol> named in type.GetMembers().GroupBy(m => m.Name))
                if (named.Count() == 1 && named.First() is IFieldSymbol { HasConstantValue: true } field)
                    values.Add(field.Name, field.ConstantValue);
            return values;
        }

        public override string? AttributeClass(NameSyntax name, out bool unsure)
        {
            string? found = Classify(name, IsLayerClass, out unsure);
            if (record is not null)
                record.AttributeClasses[name.ToString()] = (found, unsure);
            return found;
        }

        /// <summary>
        /// Whether an attribute name certainly binds to our [Network]; <paramref name="unsure"/> when it might in a way this
        /// does not follow. Not recorded: an edited declaration is read again only while its own attributes kept their outline.
        /// </summary>
        public bool IsNetwork(NameSyntax name, out bool unsure) => Classify(name, IsNetworkClass, out unsure) is not null;

        /// <summary>
        /// The class of the <paramref name="family"/> (layer attribute classes, or [Network]'s) a name certainly binds to, or
        /// null; <paramref name="unsure"/> when it might bind to one of them in a way this does not follow.
        /// </summary>
        private string? Classify(NameSyntax name, System.Func<string, bool> family, out bool unsure)
        {
            unsure = false;
            SimpleNameSyntax last;
            INamespaceOrTypeSymbol? container = null;
            switch (name)
            {
                case IdentifierNameSyntax identifier:
                    last = identifier;
                    break;
                case QualifiedNameSyntax { Right: IdentifierNameSyntax right } qualified:
                    last = right;
                    container = Namespace(qualified.Left);
                    break;
                case GenericNameSyntax generic:
                    unsure = IsKnown(generic.Identifier.ValueText, family);    // Conv2d<int> does not compile; the binder says what it still reads
                    return null;
                case AliasQualifiedNameSyntax aliased:
                    unsure = IsKnown(aliased.Name.Identifier.ValueText, family);    // CS::Conv2d through a namespace alias: left to the binder
                    return null;
                default:
                    return null;
            }
            string written = last.Identifier.ValueText;
            bool known = IsKnown(written, family);
            if (last.Identifier.Text.StartsWith("@"))
            {
                unsure = known;
                return null;
            }
            if (container is null && name is QualifiedNameSyntax)
            {
                unsure = known;    // a qualifier we cannot follow (an extern alias, a type)
                return null;
            }
            if (!known)
            {
                // Only an alias can give one of ours another name.
                unsure = container is null && (Lookup(written).Any(s => IsOurs(s, family)) || Lookup(written + "Attribute").Any(s => IsOurs(s, family)));
                return null;
            }
            // The compiler tries the name and the name + "Attribute"; ours is certain when exactly one of them finds exactly ours.
            ImmutableArray<ISymbol> plain = Find(container, written);
            ImmutableArray<ISymbol> suffixed = Find(container, written + "Attribute");
            if (plain.Length + suffixed.Length == 1 && (Ours(plain) ?? Ours(suffixed)) is { } found && family(found))
                return found;
            unsure = true;
            return null;
        }

        /// <summary>Our type a written type name refers to for certain ("Pad", "ConvShape.Network"), or null.</summary>
        private INamedTypeSymbol? OurType(ExpressionSyntax name)
        {
            switch (name)
            {
                case IdentifierNameSyntax identifier when !identifier.Identifier.Text.StartsWith("@"):
                    return Single(Lookup(identifier.Identifier.ValueText, expression: true)) is INamedTypeSymbol type && IsOurs(type) ? type : null;
                case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax right } access
                    when Namespace(access.Expression, expression: true) is { } container:
                    return Single(container.GetTypeMembers(right.Identifier.ValueText).CastArray<ISymbol>()) is INamedTypeSymbol member && IsOurs(member) ? member : null;
                default:
                    return null;
            }
        }

        /// <summary>Our namespace, written as ConvShape, global::ConvShape or an alias of it; null for anything else.</summary>
        /// <param name="expression">Written in an argument's expression (ConvShape.Pad.Same), not in an attribute's name.</param>
        private INamespaceSymbol? Namespace(SyntaxNode qualifier, bool expression = false)
        {
            INamespaceSymbol? found = qualifier switch
            {
                IdentifierNameSyntax identifier when !identifier.Identifier.Text.StartsWith("@") => Single(Lookup(identifier.Identifier.ValueText, expression)) as INamespaceSymbol,
                AliasQualifiedNameSyntax { Alias.Identifier.ValueText: "global", Name: IdentifierNameSyntax name } =>
                    model.Compilation.GlobalNamespace.GetNamespaceMembers().FirstOrDefault(n => n.Name == name.Identifier.ValueText),
                _ => null,
            };
            return found is { Name: LayerKinds.Namespace, ContainingNamespace.IsGlobalNamespace: true } ? found : null;
        }

        private ImmutableArray<ISymbol> Find(INamespaceOrTypeSymbol? container, string name) =>
            container is null ? Lookup(name) : container.GetMembers(name).CastArray<ISymbol>();

        /// <param name="expression">
        /// Looked up as an argument's expression reads it, where any member of that name hides the types (a const Pad makes
        /// Pad.Same an error); otherwise as an attribute's name is, among namespaces and types only.
        /// </param>
        private ImmutableArray<ISymbol> Lookup(string name, bool expression = false)
        {
            if (expression && record is not null && !LayerKinds.IsArgumentName(name))
                record.ArgumentAliases = true;
            Dictionary<string, ImmutableArray<ISymbol>> done = expression ? expressionLookups : lookups;
            if (!done.TryGetValue(name, out ImmutableArray<ISymbol> symbols))
            {
                bool share = shared is not null && shared.Shares(name, expression);
                if (!share || !shared!.TryGet(name, expression, out symbols))
                {
                    // An alias stands for its target, as the compiler reads it.
                    symbols = expression ? model.LookupSymbols(position, name: name) : model.LookupNamespacesAndTypes(position, name: name);
                    for (int n = 0; n < symbols.Length; n++)
                        if (symbols[n] is IAliasSymbol alias)
                            symbols = symbols.SetItem(n, alias.Target);
                    if (share)
                        shared!.Add(name, expression, symbols);
                }
                done.Add(name, symbols);
            }
            return symbols;
        }

        private static string? Ours(ImmutableArray<ISymbol> symbols) =>
            symbols.Length == 1 && IsOurs(symbols[0]) ? symbols[0].Name : null;

        /// <summary>One of our types, declared once (a user's second ConvShape.Conv2dAttribute does not compile, and binds oddly).</summary>
        private static bool IsOurs(ISymbol symbol) =>
            symbol is INamedTypeSymbol type && type.Locations.Length == 1 && type.ContainingType is null && type.ContainingNamespace is { Name: LayerKinds.Namespace, ContainingNamespace.IsGlobalNamespace: true };

        private static bool IsLayerClass(string name) => AttributeSignatures.Get(name) is not null;

        private static bool IsNetworkClass(string name) => name == LayerKinds.NetworkClass;

        private static bool IsKnown(string written, System.Func<string, bool> family) => family(written) || family(written + "Attribute");

        private static bool IsOurs(ISymbol symbol, System.Func<string, bool> family) => IsOurs(symbol) && family(symbol.Name);

        private static ISymbol? Single(ImmutableArray<ISymbol> symbols) => symbols.Length == 1 ? symbols[0] : null;
    }
}
