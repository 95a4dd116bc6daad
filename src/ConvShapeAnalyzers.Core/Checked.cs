namespace ConvShapeAnalyzers.Core
{
    /// <summary>64-bit counting that reports overflow instead of throwing: −1 stands for "overflowed" and spreads through.</summary>
    internal static class Checked
    {
        public const long Overflowed = -1;

        public static long Product(params long[] factors)
        {
            long product = 1;
            foreach (long factor in factors)
                product = Product(product, factor);
            return product;
        }

        // Two- and three-factor forms, so the counts of every layer do not each allocate a params array.
        public static long Product(long a, long b, long c) => Product(Product(a, b), c);

        public static long Product(long a, long b)
        {
            if (a < 0 || b < 0)
                return Overflowed;
            if (b != 0 && a > long.MaxValue / b)
                return Overflowed;
            return a * b;
        }

        public static long Sum(long a, long b) => a < 0 || b < 0 || a > long.MaxValue - b ? Overflowed : a + b;

        /// <summary>C × Π sizes: the elements of one sample.</summary>
        public static long Elements(TensorShape shape)
        {
            long elements = shape.Channels;
            foreach (long size in shape.Sizes)
                elements = Product(elements, size);
            return elements;
        }

        public static void ReportCounts(LayerScope scope, LayerResult result)
        {
            if (result.Parameters == Overflowed || result.MultiplyAdds == Overflowed)
                scope.Report(Rule.Overflow, Param.Layer, (result.Parameters == Overflowed ? "the parameter count" : "the multiply-add count")
                    + " overflows 64 bits; reduce the channels or the kernel");
        }

        /// <summary>A size (channels, features) beyond 32 bits is CSA1008.</summary>
        public static bool FitsSize(LayerScope scope, long size, string what)
        {
            if (size >= 0 && size <= AxisArithmetic.MaxSize)
                return true;
            scope.Report(Rule.Overflow, Param.Layer, what + (size < 0 ? " overflows 64 bits" : " = " + Text.N(size) + " overflows a 32-bit size") + "; reduce the sizes");
            return false;
        }
    }
}
