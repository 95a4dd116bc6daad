using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConvShapeAnalyzers.Generation;
using ConvShapeAnalyzers.Tests.Meta;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Generator;

/// <summary>
/// The generator finds the attributed type declarations of a file through its member lists alone; it must find exactly
/// what a walk of every node finds (the syntax provider it replaced), in the same order.
/// </summary>
public class AttributedTypesTests
{
    private const string Nested = """
        using ConvShape;
        [Network(3, 8, 8)]
        public partial class Top { [Conv2d(3, 4, 3)] public object? c; }
        namespace Outer
        {
            [System.Serializable]
            public partial class Holder
            {
                [Network(1, 16)] public partial record Inner { [Conv1d(1, 2, 3)] public object? c; }
                public partial struct Plain { [Network(1, 4)] private partial interface Deep { } }
                public int Method() { return 1; }
                public enum Mode { A }
                public delegate void Handler();
            }
            namespace Again { [Network(3, 4, 4)] partial record struct Pair; }
        }
        class Unattributed { class AlsoUnattributed { } }
        """;

    private const string FileScoped = """
        namespace Nets;
        [ConvShape.Network(3, 32, 32)]
        public partial class A { [ConvShape.Flatten] public object? f; }
        public static class Helpers { public static int Twice(int x) => 2 * x; }
        [System.Obsolete] public partial class B { }
        """;

    private const string TopLevelStatements = """
        using System;
        Console.WriteLine(1);
        [Obsolete] partial class Program { }
        """;

    [Theory]
    [InlineData(Nested)]
    [InlineData(FileScoped)]
    [InlineData(TopLevelStatements)]
    [InlineData("")]
    [InlineData("class C { void M() { [ConvShape.Network(1, 4)] class X { } } }")]                                         // errors: a type in a body
    [InlineData("class C { [ConvShape.Network(1, 4)] namespace N { [ConvShape.Network(1, 4)] class X { } } }")]              // a namespace in a type
    [InlineData("[ConvShape.Network(1, 4)] partial class C { int x = new { [ConvShape.Network(1, 4)] class X { } }; }")]   // a type in an initializer
    public void FindsWhatAWalkOfEveryNodeFinds(string source) => AssertSameAsWalk(CSharpSyntaxTree.ParseText(source).GetRoot());

    [Fact]
    public void Nested_FindsEveryAttributedTypeInSourceOrder() =>
        Assert.Equal(["Top", "Holder", "Inner", "Deep", "Pair"],
            AttributedTypes.In(CSharpSyntaxTree.ParseText(Nested).GetRoot()).Select(t => t.Identifier.ValueText));

    [Fact]
    public void SamplesAndSyntheticProject_FindWhatAWalkOfEveryNodeFinds()
    {
        IEnumerable<string> sources = Directory.GetFiles(RepositoryFiles.PathOf("samples"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
            .Select(File.ReadAllText)
            .Concat(SyntheticProject.Files(8, 2).Select(file => file.Text));
        foreach (string source in sources)
            AssertSameAsWalk(CSharpSyntaxTree.ParseText(source).GetRoot());
    }

    private static void AssertSameAsWalk(SyntaxNode root)
    {
        TypeDeclarationSyntax[] walked = root.DescendantNodesAndSelf().OfType<TypeDeclarationSyntax>().Where(t => t.AttributeLists.Count > 0).ToArray();
        Assert.Equal(walked, AttributedTypes.In(root));
    }
}
