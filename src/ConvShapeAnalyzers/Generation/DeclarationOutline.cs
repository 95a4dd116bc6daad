using System;
using System.Collections.Generic;
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
    /// </summary>
    public readonly struct DeclarationOutline : IEquatable<DeclarationOutline>
    {
        // 128 bits in two independently mixed lanes: a collision between two versions of a file is not a practical concern.
        // Not SHA-256: .NET Framework hosts (Visual Studio) can refuse its managed implementation under a FIPS policy.
        private readonly ulong high, low;

        private DeclarationOutline(ulong high, ulong low)
        {
            this.high = high;
            this.low = low;
        }

        public static DeclarationOutline Of(SyntaxNode root, CancellationToken cancellationToken)
        {
            Hasher hash = Hasher.Start();
            Append(root, ref hash, cancellationToken);
            return hash.Result();
        }

        /// <summary>One digest for many (a compilation's files, in order).</summary>
        public static DeclarationOutline Combine(IReadOnlyList<DeclarationOutline> outlines)
        {
            Hasher hash = Hasher.Start();
            foreach (DeclarationOutline outline in outlines)
            {
                hash.Add(outline.high);
                hash.Add(outline.low);
            }
            return hash.Result();
        }

        private static void Append(SyntaxNode node, ref Hasher hash, CancellationToken cancellationToken)
        {
            foreach (SyntaxNodeOrToken child in node.ChildNodesAndTokens())
            {
                if (child.IsToken)
                {
                    hash.Add(child.AsToken().Text);
                    continue;
                }
                SyntaxNode inner = child.AsNode()!;
                if (IsHidden(inner))
                {
                    hash.Add((ulong)inner.RawKind);    // that something is there, not what
                    continue;
                }
                cancellationToken.ThrowIfCancellationRequested();
                Append(inner, ref hash, cancellationToken);
            }
        }

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

        public bool Equals(DeclarationOutline other) => high == other.high && low == other.low;

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

            public DeclarationOutline Result() => new DeclarationOutline(Mix(high ^ (ulong)count), Mix(low + (ulong)count));

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
