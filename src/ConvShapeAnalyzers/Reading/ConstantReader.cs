using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConvShapeAnalyzers.Core;

namespace ConvShapeAnalyzers.Reading
{
    /// <summary>
    /// Reads attribute constants into core values. Anything a user can write that the compiler accepts (a string where a
    /// size goes, an empty array, an enum value out of range, null) becomes a CSA1001 problem instead of a crash.
    /// </summary>
    internal static class ConstantReader
    {
        /// <summary>An int, an int[] (one per axis, or one marked as a list) or a Pad mode; null with a problem when it is none of these.</summary>
        public static SizeArg? Size(ArgumentValue argument, string name, Param param, List<Refusal> problems)
        {
            if (argument.Kind == ArgumentKind.Pad && Integral(argument.Value) is { } mode)
            {
                if (mode >= (long)PadMode.Valid && mode <= (long)PadMode.Full)
                    return SizeArg.Pad((PadMode)mode);
                problems.Add(new Refusal(Rule.OutOfRange, param, name + " = (Pad)" + Text(mode) + " is not a padding mode; use Pad.Valid, Pad.Same, Pad.SameUpper, Pad.SameLower or Pad.Full"));
                return null;
            }
            if (argument.Kind == ArgumentKind.Array)
            {
                var values = new long[argument.Items.Count];
                for (int n = 0; n < values.Length; n++)
                {
                    if (argument.Items[n].Kind != ArgumentKind.Scalar || Integral(argument.Items[n].Value) is not { } value)
                        return Wrong(name, param, argument.Items[n].Text, problems);
                    values[n] = value;
                }
                if (values.Length == 0)
                {
                    problems.Add(new Refusal(Rule.OutOfRange, param, name + " is an empty array; give one number, or one per axis"));
                    return null;
                }
                return SizeArg.List(values);
            }
            if (argument.Kind == ArgumentKind.Scalar && Integral(argument.Value) is { } scalar)
                return SizeArg.Of(scalar);
            // As written in C# ("2" stays quoted, 1.5 is culture-invariant), so the message does not show a valid-looking value.
            return Wrong(name, param, argument.Text, problems);
        }

        /// <summary>
        /// Adaptive pooling's output size: as <see cref="Size"/>, and in a 2-D or 3-D layer's array of one value per axis, null
        /// (PyTorch's None) for an axis that keeps its input size. PyTorch refuses None elsewhere, and so does this.
        /// </summary>
        public static SizeArg? OutputSize(ArgumentValue argument, int rank, List<Refusal> problems)
        {
            if (argument.Kind != ArgumentKind.Array || !argument.Items.Any(item => item.Kind == ArgumentKind.Null))
                return Size(argument, "outputSize", Param.Size, problems);
            if (rank < 2 || argument.Items.Count != rank)
            {
                string written = "new object[] { " + string.Join(", ", argument.Items.Select(item => item.Text)) + " }";
                problems.Add(new Refusal(Rule.OutOfRange, Param.Size, "outputSize = " + written + " holds null, which keeps an axis's input size (PyTorch's None) only "
                    + (rank < 2 ? "in 2-D and 3-D adaptive pooling; give the size, or use Identity" : "with one value per axis: give " + Text(rank) + " values")));
                return null;
            }
            int kept = 0;
            var items = new ArgumentValue[rank];
            for (int n = 0; n < rank; n++)
            {
                bool none = argument.Items[n].Kind == ArgumentKind.Null;
                kept |= none ? 1 << n : 0;
                items[n] = none ? ArgumentValue.Scalar(1) : argument.Items[n];
            }
            return Size(ArgumentValue.Array(items), "outputSize", Param.Size, problems) is { } size ? size with { Kept = kept } : null;
        }

        /// <summary>A number, or one number per axis, for Upsample's ScaleFactor.</summary>
        public static EquatableArray<double> Scales(ArgumentValue argument, List<Refusal> problems)
        {
            var values = new List<double>();
            IEnumerable<ArgumentValue> items = argument.Kind == ArgumentKind.Array ? argument.Items : new[] { argument };
            foreach (ArgumentValue item in items)
            {
                if (item.Kind != ArgumentKind.Scalar || item.Value is not (double or float or int or long or short or byte or sbyte or ushort or uint or decimal))
                {
                    problems.Add(new Refusal(Rule.OutOfRange, Param.ScaleFactor, "ScaleFactor = " + item.Text + " has the wrong type; give a number, or a double[] with one per axis"));
                    return EquatableArray<double>.Empty;
                }
                values.Add(System.Convert.ToDouble(item.Value, CultureInfo.InvariantCulture));
            }
            if (values.Count == 0)
                problems.Add(new Refusal(Rule.OutOfRange, Param.ScaleFactor, "ScaleFactor is an empty array; give a number, or one per axis"));
            return values.ToEquatableArray();
        }

        /// <summary>Any integral constant as a long (the core checks the range); null for other types.</summary>
        public static long? Integral(object? value) => value switch
        {
            int v => v,
            long v => v,
            short v => v,
            byte v => v,
            sbyte v => v,
            ushort v => v,
            uint v => v,
            ulong v when v <= long.MaxValue => (long)v,
            _ => null,
        };

        private static SizeArg? Wrong(string name, Param param, string shown, List<Refusal> problems)
        {
            problems.Add(new Refusal(Rule.OutOfRange, param, name + " = " + shown + " has the wrong type; give an int, or an int[] with one per axis"
                + (param == Param.Padding ? ", or a Pad mode" : "")));
            return null;
        }

        private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
