using ConvShapeAnalyzers.Core;
using ConvShapeAnalyzers.Reading;

namespace ConvShapeAnalyzers.Generation
{
    /// <summary>
    /// What the generator's output depends on, and nothing more: no spans, so an edit that only moves code (a comment
    /// above the network) leaves it equal and the output cached.
    /// </summary>
    internal sealed record GeneratorModel(string HintName, string? Namespace, EquatableArray<TypeShell> Types, NetworkSpec Spec)
    {
        public static GeneratorModel? From(NetworkDeclaration? declaration) =>
            declaration is { CanExtend: true } d ? new GeneratorModel(HintNameOf(d), d.Namespace, d.Types, d.Spec) : null;

        /// <summary>"&lt;Namespace&gt;.&lt;Type&gt;.Shapes.g.cs", with characters a file name cannot hold replaced.</summary>
        private static string HintNameOf(NetworkDeclaration declaration)
        {
            var name = new System.Text.StringBuilder();
            if (declaration.Namespace is not null)
                name.Append(declaration.Namespace).Append('.');
            foreach (TypeShell type in declaration.Types)
                name.Append(type.Name.TrimStart('@')).Append('.');
            for (int n = 0; n < name.Length; n++)
                if (!char.IsLetterOrDigit(name[n]) && name[n] != '.' && name[n] != '_')
                    name[n] = '_';
            return name.Append("Shapes.g.cs").ToString();
        }
    }
}
