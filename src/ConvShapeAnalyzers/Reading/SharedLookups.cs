using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConvShapeAnalyzers.Reading
{
    /// <summary>
    /// Type lookups shared by the network declarations of one compilation whose surroundings answer them alike. A lookup at a
    /// type's attributes or body depends on the type's own members, type parameters and base types, its enclosing types,
    /// its file's file-local types, and the namespaces and using directives around it. For a top-level type without type
    /// parameters, base types or parameters, in a file without file-local types, only the namespaces and usings remain, and
    /// their text is the key; a name the type itself declares is never shared (a nested type, and for an expression any member).
    /// Most projects put each network in a file of its own, so without this every file pays its own lookups.
    /// </summary>
    internal sealed class SharedLookups
    {
        /// <summary>The lookups of one set of surroundings by name: as a type name is read, and as an expression is.</summary>
        private sealed class Tables
        {
            public readonly ConcurrentDictionary<string, ImmutableArray<ISymbol>> Types = new ConcurrentDictionary<string, ImmutableArray<ISymbol>>();
            public readonly ConcurrentDictionary<string, ImmutableArray<ISymbol>> Expressions = new ConcurrentDictionary<string, ImmutableArray<ISymbol>>();
        }

        /// <summary>Per compilation, by the surroundings' text.</summary>
        private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<string, Tables>> ByCompilation =
            new ConditionalWeakTable<Compilation, ConcurrentDictionary<string, Tables>>();

        /// <summary>
        /// The surroundings' text of a declaration, or null when its file declares file-local types. It depends on the tree alone,
        /// and a reading asks for it twice (at the attribute lists and at the brace), so it is made once per declaration node.
        /// </summary>
        private static readonly ConditionalWeakTable<TypeDeclarationSyntax, StrongBox<string?>> SurroundingsOf =
            new ConditionalWeakTable<TypeDeclarationSyntax, StrongBox<string?>>();

        private readonly Tables tables;
        private readonly HashSet<string>? nestedTypes;
        private readonly INamedTypeSymbol type;

        private SharedLookups(Tables tables, HashSet<string>? nestedTypes, INamedTypeSymbol type)
        {
            this.tables = tables;
            this.nestedTypes = nestedTypes;
            this.type = type;
        }

        /// <summary>The lookups shared with the type's look-alikes, or null when its lookups depend on more than its surroundings.</summary>
        public static SharedLookups? For(Compilation compilation, INamedTypeSymbol type, TypeDeclarationSyntax declaration)
        {
            HashSet<string>? nestedTypes = null;
            foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is not TypeDeclarationSyntax { TypeParameterList: null, BaseList: null, ParameterList: null, Parent: BaseNamespaceDeclarationSyntax or CompilationUnitSyntax } part)
                    return null;
                foreach (MemberDeclarationSyntax member in part.Members)
                    if (member is BaseTypeDeclarationSyntax nested)
                        (nestedTypes ??= new HashSet<string>()).Add(nested.Identifier.ValueText);
                    else if (member is DelegateDeclarationSyntax nestedDelegate)
                        (nestedTypes ??= new HashSet<string>()).Add(nestedDelegate.Identifier.ValueText);
            }
            if (SurroundingsOf.GetValue(declaration, static node => new StrongBox<string?>(KeyOf(node))).Value is not { } key)
                return null;
            ConcurrentDictionary<string, Tables> bySurroundings = ByCompilation.GetValue(compilation, static _ => new ConcurrentDictionary<string, Tables>());
            return new SharedLookups(bySurroundings.GetOrAdd(key, static _ => new Tables()), nestedTypes, type);
        }

        /// <summary>The text of the namespaces, externs and usings around a declaration; null in a file with file-local types.</summary>
        private static string? KeyOf(TypeDeclarationSyntax declaration)
        {
            if (declaration.SyntaxTree.GetRoot() is not CompilationUnitSyntax unit || DeclaresFileLocalType(unit.Members))
                return null;
            var key = new StringBuilder(128);
            for (SyntaxNode? node = declaration.Parent; node is not null; node = node.Parent)
            {
                if (node is BaseNamespaceDeclarationSyntax space)
                    Append(key.Append(space is FileScopedNamespaceDeclarationSyntax ? "namespace; " : "namespace { ").Append(space.Name).Append('\n'), space.Externs, space.Usings);
                else if (node is CompilationUnitSyntax)
                    Append(key.Append("unit\n"), unit.Externs, unit.Usings);
            }
            return key.ToString();
        }

        /// <summary>
        /// Whether a lookup of <paramref name="name"/> answers here as for the look-alikes: not when the type declares a
        /// type of that name, nor, for an <paramref name="expression"/>, any member of it (a const Pad hides ConvShape's there).
        /// </summary>
        public bool Shares(string name, bool expression) =>
            (nestedTypes is null || !nestedTypes.Contains(name)) && !(expression && type.MemberNames.Contains(name));

        /// <summary>What a look-alike found for <paramref name="name"/>, as a type name or as an expression.</summary>
        public bool TryGet(string name, bool expression, out ImmutableArray<ISymbol> symbols) =>
            (expression ? tables.Expressions : tables.Types).TryGetValue(name, out symbols);

        /// <summary>Shares what a lookup of <paramref name="name"/> found here.</summary>
        public void Add(string name, bool expression, ImmutableArray<ISymbol> symbols) => (expression ? tables.Expressions : tables.Types).TryAdd(name, symbols);

        private static void Append(StringBuilder key, SyntaxList<ExternAliasDirectiveSyntax> externs, SyntaxList<UsingDirectiveSyntax> usings)
        {
            foreach (ExternAliasDirectiveSyntax alias in externs)
                key.Append(alias).Append('\n');
            foreach (UsingDirectiveSyntax directive in usings)
                key.Append(directive).Append('\n');
        }

        /// <summary>File-local types are visible in their own file only; they are top-level, in namespaces or not.</summary>
        private static bool DeclaresFileLocalType(SyntaxList<MemberDeclarationSyntax> members)
        {
            foreach (MemberDeclarationSyntax member in members)
            {
                if (member is BaseNamespaceDeclarationSyntax space ? DeclaresFileLocalType(space.Members)
                    : member is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax && member.Modifiers.Any(SyntaxKind.FileKeyword))
                    return true;
            }
            return false;
        }
    }
}
