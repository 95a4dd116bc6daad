using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ConvShapeAnalyzers.Generation
{
    /// <summary>
    /// Everything outside a network's own file that its reading depends on: the declarations of every file (their
    /// <see cref="DeclarationOutline"/>s), the references, the compilation's options and assembly name. While it stays
    /// equal the driver hands on the same instance, which is what lets <see cref="NetworkReadCache"/> keep readings.
    /// </summary>
    internal sealed class ReadEnvironment : IEquatable<ReadEnvironment>
    {
        private readonly DeclarationOutline outlines;
        private readonly ImmutableArray<MetadataReference> references;
        private readonly CompilationOptions options;
        private readonly string? assemblyName;

        public ReadEnvironment(ImmutableArray<DeclarationOutline> outlines, ImmutableArray<MetadataReference> references, CompilationOptions options, string? assemblyName)
        {
            this.outlines = DeclarationOutline.Combine(outlines);
            this.references = references;
            this.options = options;
            this.assemblyName = assemblyName;
        }

        public bool Equals(ReadEnvironment? other)
        {
            if (other is null)
                return false;
            if (ReferenceEquals(this, other))
                return true;
            if (!outlines.Equals(other.outlines) || assemblyName != other.assemblyName || !options.Equals(other.options) || references.Length != other.references.Length)
                return false;
            for (int n = 0; n < references.Length; n++)
                if (!references[n].Equals(other.references[n]))
                    return false;
            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as ReadEnvironment);

        public override int GetHashCode() => outlines.GetHashCode();
    }
}
