using System.IO;

namespace ConvShapeAnalyzers.Generation
{
    /// <summary>The attributes' source, kept as a real C# file (Attributes/ConvShapeAttributes.cs) and embedded as a resource.</summary>
    internal static class AttributeSource
    {
        public const string HintName = "ConvShape.Attributes.g.cs";

        public static string Text { get; } = Load();

        private static string Load()
        {
            using Stream stream = typeof(AttributeSource).Assembly.GetManifestResourceStream("ConvShapeAnalyzers.Attributes.ConvShapeAttributes.cs")!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd().Replace("\r\n", "\n");
        }
    }
}
