using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ConvShapeAnalyzers.Tests.Harness;

/// <summary>One test source file (markup already removed).</summary>
public sealed record TestSource(string Path, string Text)
{
    /// <summary>The Microsoft.CodeAnalysis.Testing naming: /0/Test0.cs, /0/Test1.cs, ...</summary>
    public static string DefaultPath(int index) => $"/0/Test{index}.cs";
}

/// <summary>Builds the compilation every test starts from: a C# latest, nullable-enabled net10.0 library.</summary>
public static class CompilationFactory
{
    public const string AssemblyName = "TestProject";

    public static CSharpParseOptions ParseOptions { get; } =
        new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse);

    public static CSharpCompilationOptions CompilationOptions { get; } =
        new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            deterministic: true);

    public static CSharpCompilation Create(params string[] sources) =>
        Create(sources.Select((s, i) => new TestSource(TestSource.DefaultPath(i), s)));

    public static CSharpCompilation Create(
        IEnumerable<TestSource> sources,
        IEnumerable<MetadataReference>? additionalReferences = null,
        CSharpCompilationOptions? options = null)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(
            SourceText.From(s.Text, Encoding.UTF8), ParseOptions, s.Path));
        var references = TestReferences.Net10.AddRange(additionalReferences ?? ImmutableArray<MetadataReference>.Empty);
        return CSharpCompilation.Create(AssemblyName, trees, references, options ?? CompilationOptions);
    }

    /// <summary>The compilation with the text of its <paramref name="index"/>th file replaced, parsed as that file was: an edit.</summary>
    public static Compilation EditFile(this Compilation compilation, int index, string text) =>
        compilation.EditFile(compilation.SyntaxTrees.ElementAt(index), text);

    /// <summary>The compilation with the text of the file at <paramref name="path"/> replaced, parsed as that file was: an edit.</summary>
    public static Compilation EditFile(this Compilation compilation, string path, string text) =>
        compilation.EditFile(compilation.SyntaxTrees.Single(t => t.FilePath == path), text);

    private static Compilation EditFile(this Compilation compilation, SyntaxTree old, string text) =>
        compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)old.Options, old.FilePath));
}
