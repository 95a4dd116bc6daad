namespace ConvShapeAnalyzers.Core
{
    /// <summary>
    /// Either a value or the refusal that explains why there is none; the core never throws. The value is a struct
    /// (<see cref="AxisResult"/>, made for every axis of every layer), so an outcome costs no allocation.
    /// </summary>
    public readonly struct Outcome<T> where T : struct
    {
        private Outcome(T? value, Refusal? refusal)
        {
            Value = value;
            Refusal = refusal;
        }

        public T? Value { get; }

        public Refusal? Refusal { get; }

        public bool IsOk => Value.HasValue;

        public static implicit operator Outcome<T>(T value) => new Outcome<T>(value, null);

        public static implicit operator Outcome<T>(Refusal refusal) => new Outcome<T>(null, refusal);

        public override string ToString() => Value?.ToString() ?? Refusal?.Message ?? "";
    }
}
