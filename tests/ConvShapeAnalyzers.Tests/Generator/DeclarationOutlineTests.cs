using System.Threading;
using ConvShapeAnalyzers.Generation;
using ConvShapeAnalyzers.Tests.Harness;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Generator;

/// <summary>
/// A file's outline stays equal under edits no other file can see, and changes under every edit that can change how a
/// network in another file reads (ReadCacheTests shows the generator relying on both).
/// </summary>
public class DeclarationOutlineTests
{
    private const string File = """
        using ConvShape;
        using System;
        namespace Nets;
        [AttributeUsage(AttributeTargets.Field)]
        public sealed class TagAttribute : Attribute { }
        public enum Mode { Fast = 1, Slow = 2 }
        public static class Sizes
        {
            public const int Kernel = 3;
            public static readonly int[] Table = { 1, 2 };
            public static int Twice(int x) { return 2 * x; }
            public static int Half(int x) => x / 2;
            public static int Count { get; } = 4;
            public static int Size { get { return 1; } }
        }
        [Network(3, 32, 32)]
        public partial class A
        {
            [Conv2d(3, 16, 3, Padding = 1)] public object? conv1;
            [ConvShape.MaxPool2dAttribute(2)] public object? pool1;
        }
        """;

    [Theory]
    [InlineData("return 2 * x;", "return x + x;")]                                  // a method body
    [InlineData("=> x / 2;", "=> x >> 1;")]                                           // an expression body
    [InlineData("{ 1, 2 }", "{ 1, 2, 3 }")]                                            // a field initializer that is not constant
    [InlineData("{ get; } = 4;", "{ get; } = 5;")]                                     // a property initializer
    [InlineData("get { return 1; }", "get { return 2; }")]                            // an accessor body
    [InlineData("Padding = 1)]", "Padding = 2)]")]                                    // a layer's arguments
    [InlineData("[Network(3, 32, 32)]", "[Network(1, 32, 32)]")]                      // the network's input
    [InlineData("MaxPool2dAttribute(2)", "MaxPool2dAttribute(3)")]                    // a layer written in full
    [InlineData("public partial class A", "// the encoder\npublic partial class A")]  // a comment
    public void EditNoOtherFileCanSee_KeepsTheOutline(string before, string after)
    {
        DeclarationOutline edited = Outline(Edited(before, after));
        Assert.Equal(Outline(File), edited);
        Assert.Equal(Outline(File).Names, edited.Names);
    }

    [Theory]
    [InlineData("Kernel = 3;", "Kernel = 5;")]                                        // a constant's value
    [InlineData("Fast = 1", "Fast = 3")]                                              // an enum member's value
    [InlineData("using System;", "using System;\nusing static System.Math;")]        // a using
    [InlineData("public static int Twice", "public static int nameof")]              // a member's name
    [InlineData("class Sizes", "class Conv2d")]                                       // a type's name
    [InlineData("(AttributeTargets.Field)", "(AttributeTargets.Property)")]            // another attribute's arguments
    [InlineData("namespace Nets;", "namespace Nets.Inner;")]                           // the namespace
    [InlineData("[Conv2d(3, 16, 3, Padding = 1)] public object? conv1;", "")]        // a layer removed
    public void EditAnotherFileCanSee_ChangesTheOutline(string before, string after) =>
        Assert.NotEqual(Outline(File), Outline(Edited(before, after)));

    // What a lookup of a type, namespace or alias name, or of nameof, cannot find: the names stay, the outline does not.
    [Theory]
    [InlineData("Kernel = 3;", "Kernel = 5;")]                                                    // a constant's value
    [InlineData("public static int Twice(int x)", "public static long Twice(long x, int y)")]    // a signature
    [InlineData("public static int Half", "public static int Third")]                            // a member's name
    [InlineData("public static int Count { get; } = 4;\n", "")]                                  // a member removed
    [InlineData("public static int Size", "static Sizes() { }\n    public static int Size")]    // a constructor added
    [InlineData("public static int Size", "public static event System.Action? Changed;\n    public static int Size")] // an event added
    [InlineData("(AttributeTargets.Field)", "(AttributeTargets.Property)")]                        // another attribute's arguments
    [InlineData("[Conv2d(3, 16, 3, Padding = 1)] public object? conv1;", "")]                    // a layer removed
    [InlineData("public partial class A", "[System.Obsolete]\npublic partial class A")]       // an attribute of a type
    public void EditOfAMemberOrAValue_KeepsTheNames(string before, string after)
    {
        DeclarationOutline edited = Outline(Edited(before, after));
        Assert.NotEqual(Outline(File), edited);
        Assert.Equal(Outline(File).Names, edited.Names);
    }

    [Theory]
    [InlineData("Fast = 1", "Fast = 3")]                                                          // an enum member's value (a Pad of the user's)
    [InlineData("using System;", "using System;\nusing static System.Math;")]                   // a using
    [InlineData("using System;", "using System;\nusing Conv = ConvShape.Conv1dAttribute;")]     // an alias
    [InlineData("public static int Twice", "public static int nameof")]                          // a member named nameof
    [InlineData("public static int Count", "public static int @nameof")]                         // ... written verbatim
    [InlineData("public static readonly int[] Table", "public static readonly int[] nameof")]    // ... a field
    [InlineData("public static int Twice", "public static int Pad")]                             // a member that hides Pad in an argument
    [InlineData("public static int Twice(int x)", "public static int Network(int x)")]           // ... Network (Network.Input)
    [InlineData("public static int Count", "public static int ConvShape")]                       // ... ConvShape (ConvShape.Pad.Same)
    [InlineData("class Sizes", "class Conv2d")]                                                   // a type's name
    [InlineData("public static class Sizes", "internal static class Sizes")]                      // a type's accessibility
    [InlineData("public partial class A", "public partial class A : Base")]                       // a base type
    [InlineData("public static int Size", "public sealed class Conv2dAttribute : Attribute { }\n    public static int Size")] // a nested type
    [InlineData("public enum Mode", "public delegate void Pad();\npublic enum Mode")]           // a delegate
    [InlineData("namespace Nets;", "namespace Nets.Inner;")]                                       // the namespace
    [InlineData("namespace Nets;", "[assembly: System.CLSCompliant(true)]\nnamespace Nets;")]    // an assembly attribute
    public void EditOfANameALookupCanFind_ChangesTheNames(string before, string after) =>
        Assert.NotEqual(Outline(File).Names, Outline(Edited(before, after)).Names);

    [Fact]
    public void TokensRunTogether_AreNotConfused() =>
        Assert.NotEqual(Outline("class A { const int ab = 1; }"), Outline("class A { const int a = 1; }"));

    private static string Edited(string before, string after)
    {
        Assert.Contains(before, File);
        return File.Replace(before, after);
    }

    private static DeclarationOutline Outline(string text) =>
        DeclarationOutline.Of(CSharpSyntaxTree.ParseText(text, CompilationFactory.ParseOptions).GetRoot(), CancellationToken.None);
}
