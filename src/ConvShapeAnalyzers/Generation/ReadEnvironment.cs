using System;

namespace ConvShapeAnalyzers.Generation
{
    /// <summary>
    /// Everything outside a network's own file that its reading depends on: the declarations of every file (their
    /// <see cref="DeclarationOutline"/>s) and the <see cref="NameEnvironment"/> (which holds the references and options).
    /// While it stays equal the driver hands on the same instance, which is what lets <see cref="NetworkReadCache"/> keep readings.
    /// </summary>
    internal sealed class ReadEnvironment : IEquatable<ReadEnvironment>
    {
        private readonly DeclarationOutline outline;

        /// <param name="outline">Every file's outline, combined.</param>
        public ReadEnvironment(DeclarationOutline outline, NameEnvironment names)
        {
            this.outline = outline;
            Names = names;
        }

        /// <summary>The part of this environment the name lookups depend on.</summary>
        public NameEnvironment Names { get; }

        public bool Equals(ReadEnvironment? other) =>
            other is not null && (ReferenceEquals(this, other) || (outline.Equals(other.outline) && Names.Equals(other.Names)));

        public override bool Equals(object? obj) => Equals(obj as ReadEnvironment);

        public override int GetHashCode() => outline.GetHashCode();
    }
}
