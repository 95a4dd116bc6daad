using System;
using System.Collections;
using System.Collections.Generic;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>An immutable array compared by its elements, so models holding it stay value-equal (incremental caching).</summary>
    public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    {
        public static readonly EquatableArray<T> Empty = new EquatableArray<T>(Array.Empty<T>());

        private readonly T[]? items;

        public EquatableArray(T[] items) => this.items = items;

        public EquatableArray(IEnumerable<T> items) => this.items = System.Linq.Enumerable.ToArray(items);

        private T[] Items => items ?? Array.Empty<T>();

        public int Count => Items.Length;

        public T this[int index] => Items[index];

        public bool IsEmpty => Items.Length == 0;

        public bool Equals(EquatableArray<T> other)
        {
            T[] a = Items, b = other.Items;
            if (a.Length != b.Length) return false;
            EqualityComparer<T> comparer = EqualityComparer<T>.Default;
            for (int n = 0; n < a.Length; n++)
                if (!comparer.Equals(a[n], b[n])) return false;
            return true;
        }

        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            int hash = 17;
            EqualityComparer<T> comparer = EqualityComparer<T>.Default;
            foreach (T item in Items) hash = unchecked(hash * 31 + (item is null ? 0 : comparer.GetHashCode(item)));
            return hash;
        }

        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

        public T[] ToArray() => (T[])Items.Clone();

        /// <summary>A struct enumerator, so that <c>foreach</c> allocates nothing (models are walked for every layer).</summary>
        public Enumerator GetEnumerator() => new Enumerator(Items);

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => Items.GetEnumerator();

        public struct Enumerator
        {
            private readonly T[] items;
            private int index;

            internal Enumerator(T[] items)
            {
                this.items = items;
                index = -1;
            }

            public T Current => items[index];

            public bool MoveNext() => ++index < items.Length;
        }

        public override string ToString() => "[" + string.Join(", ", Items) + "]";
    }

    public static class EquatableArray
    {
        public static EquatableArray<T> Of<T>(params T[] items) => new EquatableArray<T>(items);

        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new EquatableArray<T>(items);
    }
}
