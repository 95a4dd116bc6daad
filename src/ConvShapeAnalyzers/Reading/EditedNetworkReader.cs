using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ConvShapeAnalyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConvShapeAnalyzers.Reading
{
    /// <summary>
    /// Reads a network again from its edited declaration alone, asking the compiler nothing: for an edit that left the names
    /// every file declares (DeclarationOutline.Names) and the outline of the network's own declaration as they were, so
    /// only our attributes' arguments, bodies, comments or members elsewhere changed, and every name lookup answers as it
    /// did (<see cref="NameAnswers"/>). Asking the compiler anything of a new compilation first makes it build the
    /// declarations of every file, most of the generator's time after a keystroke.
    /// Gives null whenever the edited declaration needs the compiler: an argument that is not a closed constant, a name not
    /// looked up before, or a layer whose reading finds a problem (messages quote the compiler's rendering of arguments).
    /// </summary>
    public static class EditedNetworkReader
    {
        /// <param name="previous">The generator's reading (no sites) of the declaration before the edit.</param>
        /// <param name="answers">What the compiler answered in that reading (<see cref="NetworkReader.Read(Compilation, INamedTypeSymbol, NameAnswers, CancellationToken)"/>).</param>
        /// <param name="edited">The declaration after the edit.</param>
        public static NetworkDeclaration? Read(NetworkDeclaration previous, NameAnswers answers, TypeDeclarationSyntax edited, CancellationToken cancellationToken)
        {
            if (answers.NetworkAttribute < 0 || !previous.Sites.IsEmpty || Attributes(edited).ElementAtOrDefault(answers.NetworkAttribute) is not { } network)
                return null;
            var scope = new RecordedNameScope(answers);
            if (FirstNetwork.ReadInput(network, scope, previous.Spec.Input.Sizes.Count + 1) is not { } input)
                return null;
            var found = new List<LayerAttributeSyntax>();
            if (!LayerSyntax.FindIn(edited, () => scope, found))
                return null;
            var layers = new LayerSpec[found.Count];
            for (int n = 0; n < layers.Length; n++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (NetworkLayers.ReadClosed(found[n]) is not { } layer)
                    return null;
                layers[n] = layer;
            }
            return previous with
            {
                Spec = previous.Spec with { Input = input, Layers = layers.ToEquatableArray() },
                Attribute = NetworkReader.Span(network),
            };
        }

        /// <summary>
        /// Where the type's first [Network] is among its declaration's attributes (counted across the attribute lists); -1
        /// when the type has several declarations, which a reading of one edited declaration cannot cover, or is file-local.
        /// </summary>
        internal static int IndexOf(INamedTypeSymbol type, AttributeSyntax? applied)
        {
            for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
                if (t.IsFileLocal)
                    return -1;    // two files of one path may each declare their own
            if (type.DeclaringSyntaxReferences is not { Length: 1 } declarations || applied is null
                || declarations[0].GetSyntax() is not TypeDeclarationSyntax declaration || applied.SyntaxTree != declaration.SyntaxTree)
                return -1;
            int index = 0;
            foreach (AttributeSyntax attribute in Attributes(declaration))
            {
                if (attribute.Span == applied.Span)
                    return index;
                index++;
            }
            return -1;
        }

        private static IEnumerable<AttributeSyntax> Attributes(TypeDeclarationSyntax declaration) => declaration.AttributeLists.SelectMany(list => list.Attributes);
    }
}
