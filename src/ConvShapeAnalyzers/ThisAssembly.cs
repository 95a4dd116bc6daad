namespace ConvShapeAnalyzers
{
    /// <summary>The product version, written into [GeneratedCode]; the package version follows it (Directory.Build.props).</summary>
    internal static class ThisAssembly
    {
        public const string Version = "1.0.0";
    }
}
