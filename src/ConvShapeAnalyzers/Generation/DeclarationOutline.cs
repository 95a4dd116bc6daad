using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ConvShapeAnalyzers.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConvShapeAnalyzers.Generation
{
    /// <summary>
    /// A digest of everything in one file that can change how a network in another file reads: the usings, namespaces,
    /// type and member declarations, constant values, attributes. Left out: what no other file can see (method and accessor
    /// bodies, the initializers of fields and properties that are not constant, top-level statements) and the arguments of
    /// our own attributes, which only their network reads. Typing inside a body, a comment or a layer's arguments leaves it
    /// equal, so every network of the other files keeps its reading (<see cref="NetworkReadCache"/>).
    /// <see cref="Names"/> digests less: only what a name lookup from another file can find.
    /// </summary>
    public readonly struct DeclarationOutline : IEquatable<DeclarationOutline>
    {
        // 128 bits in two independently mixed lanes per digest: a collision between two versions of a file is not a practical
        // concern. Not SHA-256: .NET Framework hosts (Visual Studio) can refuse its managed implementation under a FIPS policy.
        private readonly ulong high, low, namesHigh, namesLow;

        private DeclarationOutline(ulong high, ulong low, ulong namesHigh, ulong namesLow)
        {
            this.high = high;
            this.low = low;
            this.namesHigh = namesHigh;
            this.namesLow = namesLow;
        }

        /// <summary>
        /// The part of the outline a lookup of a type, namespace or alias name, or of "nameof", can depend on: usings,
        /// namespaces, type and delegate declarations, enums whole, and the members named nameof. Left out besides: the other
        /// members (a method, field or property added, removed, renamed or retyped), constant values, and attributes other than
        /// the assembly's and module's. A network whose every argument is a closed constant reads the same while it is equal.
        /// </summary>
        public DeclarationOutline Names => new DeclarationOutline(namesHigh, namesLow, namesHigh, namesLow);

        public static DeclarationOutline Of(SyntaxNode root, CancellationToken cancellationToken)
        {
            Hasher all = Hasher.Start(), names = Hasher.Start();
            Append(root, ref all, ref names, namesToo: true, cancellationToken);
            return Result(all, names);
        }

        /// <summary>One digest for many (a compilation's files, in order).</summary>
        public static DeclarationOutline Combine(IReadOnlyList<DeclarationOutline> outlines)
        {
            Hasher all = Hasher.Start(), names = Hasher.Start();
            foreach (DeclarationOutline outline in outlines)
            {
                all.Add(outline.high);
                all.Add(outline.low);
                names.Add(outline.namesHigh);
                names.Add(outline.namesLow);
            }
            return Result(all, names);
        }

        private static DeclarationOutline Result(Hasher all, Hasher names)
        {
            (ulong high, ulong low) = all.Result();
            (ulong namesHigh, ulong namesLow) = names.Result();
            return new DeclarationOutline(high, low, namesHigh, namesLow);
        }

        /// <summary>Adds <paramref name="node"/>'s children to the outline, and to its names when <paramref name="namesToo"/>.</summary>
        private static void Append(SyntaxNode node, ref Hasher all, ref Hasher names, bool namesToo, CancellationToken cancellationToken)
        {
            foreach (SyntaxNodeOrToken child in node.ChildNodesAndTokens())
            {
                if (child.IsToken)
                {
                    string text = child.AsToken().Text;
                    all.Add(text);
                    if (namesToo)
                        names.Add(text);
                    continue;
                }
                SyntaxNode inner = child.AsNode()!;
                if (IsHidden(inner))
                {
                    all.Add((ulong)inner.RawKind);    // that something is there, not what
                    if (namesToo)
                        names.Add((ulong)inner.RawKind);
                    continue;
                }
                cancellationToken.ThrowIfCancellationRequested();
                Append(inner, ref all, ref names, namesToo && !IsHiddenFromNames(inner), cancellationToken);
            }
        }

        /// <summary>
        /// What no lookup our reading makes from another file can find: a member that is not a type (unless its name is one
        /// the reading looks up whatever it is: nameof, and Pad, Network and ConvShape, which a member hides where an argument
        /// reads them; a reading that names ours through an alias needs the whole outline), and attribute lists other than
        /// the assembly's and module's. Not even that it is there: adding a method leaves the names as they were.
        /// </summary>
        private static bool IsHiddenFromNames(SyntaxNode node) => node switch
        {
            AttributeListSyntax list => list.Parent is not CompilationUnitSyntax,
            BaseFieldDeclarationSyntax field => !field.Declaration.Variables.Any(variable => LayerKinds.IsArgumentName(variable.Identifier.ValueText)),
            MethodDeclarationSyntax method => !LayerKinds.IsArgumentName(method.Identifier.ValueText),
            PropertyDeclarationSyntax property => !LayerKinds.IsArgumentName(property.Identifier.ValueText),
            EventDeclarationSyntax @event => !LayerKinds.IsArgumentName(@event.Identifier.ValueText),
            IndexerDeclarationSyntax or OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax or ConstructorDeclarationSyntax
                or DestructorDeclarationSyntax or IncompleteMemberSyntax => true,
            _ => false,
        };

        private static bool IsHidden(SyntaxNode node) => node switch
        {
            BlockSyntax or ArrowExpressionClauseSyntax or GlobalStatementSyntax => true,
            EqualsValueClauseSyntax initializer => initializer.Parent switch
            {
                VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } => !field.Modifiers.Any(SyntaxKind.ConstKeyword),
                VariableDeclaratorSyntax { Parent.Parent: EventFieldDeclarationSyntax } => true,
                PropertyDeclarationSyntax => true,
                _ => false,    // enum members, parameter defaults
            },
            AttributeArgumentListSyntax { Parent: AttributeSyntax attribute } => IsOurs(attribute.Name),
            _ => false,
        };

        /// <summary>Written as one of our attributes (Conv2d, ConvShape.Network, ...). Another type of that name is still a declaration the outline holds.</summary>
        private static bool IsOurs(NameSyntax name)
        {
            string written = LayerKinds.WrittenName(name) ?? "";
            string type = written.EndsWith("Attribute", StringComparison.Ordinal) ? written : written + "Attribute";
            return type == "NetworkAttribute" || LayerKinds.TryGet(type, out _);
        }

        public bool Equals(DeclarationOutline other) => high == other.high && low == other.low && namesHigh == other.namesHigh && namesLow == other.namesLow;

        public override bool Equals(object? obj) => obj is DeclarationOutline other && Equals(other);

        public override int GetHashCode() => unchecked((int)low);

        private struct Hasher
        {
            private ulong high, low;
            private long count;

            /// <summary>The high lane is FNV-1a, which starts from its offset basis.</summary>
            public static Hasher Start() => new Hasher { high = 0xCBF29CE484222325UL };

            public void Add(string text)
            {
                foreach (char c in text)
                    Add(c);
                Add(0x1_0000UL);    // a separator no char can be: "ab c" differs from "a bc"
            }

            public void Add(ulong value)
            {
                high = (high ^ value) * 0x100000001B3UL;
                low = (low + value + 1) * 0x9E3779B97F4A7C15UL;
                low ^= low >> 29;
                count++;
            }

            public (ulong High, ulong Low) Result() => (Mix(high ^ (ulong)count), Mix(low + (ulong)count));

            /// <summary>SplitMix64's finalizer: every input bit reaches every output bit.</summary>
            private static ulong Mix(ulong z)
            {
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }
    }
}
