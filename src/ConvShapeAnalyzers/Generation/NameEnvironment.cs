using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ConvShapeAnalyzers.Generation
{
    /// <summary>
    /// What the name lookups of a network's reading depend on, outside its own declaration: every file's
    /// <see cref="DeclarationOutline.Names"/>, the references, the compilation's options and assembly name. A reading whose
    /// every argument is a closed constant depends on nothing more, so it holds while this stays equal, even when a member
    /// or a constant's value changed elsewhere. While it stays equal the driver hands on the same instance.
    /// </summary>
    internal sealed class NameEnvironment : IEquatable<NameEnvironment>
    {
        private readonly DeclarationOutline names;
        private readonly ImmutableArray<MetadataReference> references;
        private readonly CompilationOptions options;
        private readonly string? assemblyName;

        /// <param name="outline">Every file's outline, combined.</param>
        public NameEnvironment(DeclarationOutline outline, ImmutableArray<MetadataReference> references, CompilationOptions options, string? assemblyName)
        {
            names = outline.Names;
            this.references = references;
            this.options = options;
            this.assemblyName = assemblyName;
        }

        public bool Equals(NameEnvironment? other)
        {
            if (other is null)
                return false;
            if (ReferenceEquals(this, other))
                return true;
            if (!names.Equals(other.names) || assemblyName != other.assemblyName || !options.Equals(other.options) || references.Length != other.references.Length)
                return false;
            for (int n = 0; n < references.Length; n++)
                if (!references[n].Equals(other.references[n]))
                    return false;
            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as NameEnvironment);

        public override int GetHashCode() => names.GetHashCode();
    }
}
