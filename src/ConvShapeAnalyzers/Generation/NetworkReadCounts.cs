using System.Threading;

namespace ConvShapeAnalyzers.Generation
{
    /// <summary>
    /// How often a <see cref="ShapeGenerator"/> given this object read an attributed type declaration, by the way it read
    /// it; a reading kept from an earlier run counts nowhere. For tests and benchmarks: what a run re-read is not visible in
    /// the driver's steps, which hand on the earlier of two equal readings.
    /// </summary>
    public sealed class NetworkReadCounts
    {
        private int withCompiler, fromEdit;

        /// <summary>Declarations read through the compiler (every one on a new driver).</summary>
        public int WithCompiler => Volatile.Read(ref withCompiler);

        /// <summary>Edited networks read again from their syntax with the name lookups of their earlier reading.</summary>
        public int FromEdit => Volatile.Read(ref fromEdit);

        internal void CountWithCompiler() => Interlocked.Increment(ref withCompiler);

        internal void CountFromEdit() => Interlocked.Increment(ref fromEdit);
    }
}
