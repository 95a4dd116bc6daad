using System.Threading.Tasks;
using Xunit;
using Fix = ConvShapeAnalyzers.Tests.Harness.CodeFixVerifier;
using Verify = ConvShapeAnalyzers.Tests.Harness.AnalyzerVerifier;

namespace ConvShapeAnalyzers.Tests.Analyzers;

/// <summary>
/// CSA1009: a network type that is not partial (the generator then emits nothing for it), a layer attribute on a type
/// without [Network], and layer names that collide with what the generator writes. Only "not partial" has a fix.
/// </summary>
public class CSA1009Tests
{
    [Fact]
    public async Task Network_NotPartial_Errors()
    {
        // Compiles: the generator adds nothing to a non-partial type, so nothing refers to Closed.Shapes.
        await Verify.VerifyAsync("""
            using ConvShape;

            [{|#0:Network(3, 32, 32)|}]
            public class Closed
            {
                [Conv2d(3, 16, 3)] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1009").WithLocation(0)
                .WithMessage("Closed is not partial, so the generator cannot add Closed.Shapes; declare it partial"));
    }

    [Fact]
    public async Task Network_InsideNonPartialType_ErrorsNamingTheEnclosingType()
    {
        await Verify.VerifyAsync("""
            using ConvShape;

            public class Outer
            {
                [{|#0:Network(3, 32, 32)|}]
                public partial class Inner
                {
                    [Conv2d(3, 16, 3)] public object? conv;
                }
            }
            """,
            Verify.Diagnostic("CSA1009").WithLocation(0)
                .WithMessage("Outer is not partial, so the generator cannot add Inner.Shapes; declare it partial (every enclosing type must be partial)"));
    }

    [Fact]
    public Task Fix_NotPartial_AddsPartialAfterTheModifiers() =>
        Fix.VerifyFixAsync("""
            using ConvShape;

            [{|#0:Network(3, 32, 32)|}]
            public sealed class Closed
            {
                [Conv2d(3, 16, 3)] public object? conv;
            }
            """, """
            using ConvShape;

            [Network(3, 32, 32)]
            public sealed partial class Closed
            {
                [Conv2d(3, 16, 3)] public object? conv;
            }
            """,
            Fix.Diagnostic("CSA1009").WithLocation(0)
                .WithMessage("Closed is not partial, so the generator cannot add Closed.Shapes; declare it partial"));

    [Fact]
    public Task Fix_NotPartialWithoutModifiers_KeepsTheLineLayout() =>
        Fix.VerifyFixAsync("""
            using ConvShape;

            /// <summary>A record struct, no modifier.</summary>
            [{|#0:Network(3, 32, 32)|}]
            record struct Closed
            {
                [Conv2d(3, 16, 3)] public object? conv;
            }
            """, """
            using ConvShape;

            /// <summary>A record struct, no modifier.</summary>
            [Network(3, 32, 32)]
            partial record struct Closed
            {
                [Conv2d(3, 16, 3)] public object? conv;
            }
            """,
            Fix.Diagnostic("CSA1009").WithLocation(0)
                .WithMessage("Closed is not partial, so the generator cannot add Closed.Shapes; declare it partial"));

    [Fact]
    public Task Fix_InsideNonPartialTypes_DeclaresEveryEnclosingTypePartial() =>
        Fix.VerifyFixAsync("""
            using ConvShape;

            public static class Models
            {
                internal class Vision
                {
                    [{|#0:Network(3, 32, 32)|}]
                    public class Inner
                    {
                        [Conv2d(3, 16, 3)] public object? conv;
                    }
                }
            }
            """, """
            using ConvShape;

            public static partial class Models
            {
                internal partial class Vision
                {
                    [Network(3, 32, 32)]
                    public partial class Inner
                    {
                        [Conv2d(3, 16, 3)] public object? conv;
                    }
                }
            }
            """,
            Fix.Diagnostic("CSA1009").WithLocation(0)
                .WithMessage("Models is not partial, so the generator cannot add Inner.Shapes; declare it partial (every enclosing type must be partial)"));

    [Fact]
    public Task Fix_NameCollision_IsNotOffered() =>
        Fix.VerifyNoFixAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [{|#0:Conv2d(3, 16, 3)|}] public object? Input;
            }
            """,
            Fix.Diagnostic("CSA1009").WithLocation(0)
                .WithMessage("Input: 'Input' is a name the generator uses (Shapes.Input); rename the layer"));

    [Fact]
    public async Task Network_PartialInsidePartial_IsFine()
    {
        await Verify.VerifyAsync("""
            using ConvShape;

            public partial class Outer
            {
                [Network(3, 32, 32)]
                public partial class Inner
                {
                    [Conv2d(3, 16, 3)] public object? conv;
                }
            }
            """);
    }

    [Fact]
    public async Task Layer_NamedInput_Errors()
    {
        // Shapes.Input is the network input's class; a layer class named Input would collide.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [{|#0:Conv2d(3, 16, 3)|}] public object? Input;
            }
            """,
            Verify.Diagnostic("CSA1009").WithLocation(0)
                .WithMessage("Input: 'Input' is a name the generator uses (Shapes.Input); rename the layer"));
    }

    [Fact]
    public async Task Layer_NamedLikeALayerConstant_Errors()
    {
        // Shapes.Height would hold its own constant Height, which C# refuses (CS0542: a member named like its type).
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [{|#0:Conv2d(3, 16, 3)|}] public object? Height;
            }
            """,
            Verify.Diagnostic("CSA1009").WithLocation(0)
                .WithMessage("Height: 'Height' is the name of a constant the generator writes inside every layer's class; rename the layer"));
    }

    [Fact]
    public async Task Layer_NamedLikeButNotAGeneratedName_IsFine()
    {
        // Names are compared exactly: "input" and "Inputs" are free.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3, Padding = 1)] public object? input;
                [Conv2d(16, 16, 3, Padding = 1)] public object? Inputs;
            }
            """);
    }

    [Fact]
    public async Task LayerAttribute_OnTypeWithoutNetwork_Errors()
    {
        await Verify.VerifyAsync("""
            using ConvShape;

            public class Plain
            {
                [{|#0:Conv2d(3, 16, 3)|}] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1009").WithLocation(0)
                .WithMessage("conv: [Conv2d] is on a member of Plain, which has no [Network], so no shape is computed; add [Network(channels, sizes...)] to Plain"));
    }

    [Fact]
    public async Task LayerAttribute_OnPropertyOfTypeWithoutNetwork_Errors()
    {
        await Verify.VerifyAsync("""
            using ConvShape;

            public struct Plain
            {
                [{|#0:MaxPool2d(2)|}] public object? Pool { get; set; }
            }
            """,
            Verify.Diagnostic("CSA1009").WithLocation(0)
                .WithMessage("Pool: [MaxPool2d] is on a member of Plain, which has no [Network], so no shape is computed; add [Network(channels, sizes...)] to Plain"));
    }

    [Fact]
    public async Task Network_WithAMemberNamedShapes_Errors()
    {
        await Verify.VerifyAsync("""
            using ConvShape;

            [{|#0:Network(3, 32, 32)|}]
            public partial class Net
            {
                public int Shapes;
                [Conv2d(3, 16, 3)] public object? conv;
            }
            """,
            Verify.Diagnostic("CSA1009").WithLocation(0)
                .WithMessage("Net already has a member named Shapes, the class the generator adds; rename the member"));
    }

    [Fact]
    public async Task Layer_OnIndexer_ErrorsInsteadOfUncompilableConstants()
    {
        // An indexer's name is "this[]": no constant class can carry it, so the layer is refused, not emitted.
        await Verify.VerifyAsync("""
            using ConvShape;

            [Network(3, 32, 32)]
            public partial class Net
            {
                [Conv2d(3, 16, 3)] public object? conv;
                [{|#0:MaxPool2d(2)|}] public object? this[int i] => null;
            }
            """,
            Verify.Diagnostic("CSA1009").WithLocation(0)
                .WithMessage("this[]: [MaxPool2d] is on an indexer, whose name no generated constant can take; put it on a field or property"));
    }

    [Fact]
    public async Task Layer_OnExplicitInterfaceProperty_Errors()
    {
        await Verify.VerifyAsync("""
            using ConvShape;

            public interface IHasLayer { object? Layer { get; } }

            [Network(3, 32, 32)]
            public partial class Net : IHasLayer
            {
                [Conv2d(3, 16, 3)] public object? conv;
                [{|#0:MaxPool2d(2)|}] object? IHasLayer.Layer => null;
            }
            """,
            Verify.Diagnostic("CSA1009").WithLocation(0)
                .WithMessage("IHasLayer.Layer: [MaxPool2d] is on an explicit interface implementation, whose name no generated constant can take; put it on a field or property"));
    }

    [Fact]
    public Task FixAll_TwoNetworksInOneClosedType_DeclaresItPartialOnce_PastAFindingWithoutFix() =>
        // The stray layer attribute comes first: its CSA1009 has no fix, so dotnet format asks Fix All with a null key.
        // Both networks' fixes declare Models partial; it must be written once.
        Fix.VerifyFixAsync(
            Harness.VerifierOptions.Default,
            new[]
            {
                """
                using ConvShape;

                public class Loose
                {
                    [{|#0:Conv2d(3, 16, 3)|}] public object? conv;
                }

                public static class Models
                {
                    [{|#1:Network(3, 32, 32)|}]
                    public class First
                    {
                        [Conv2d(3, 16, 3)] public object? conv;
                    }

                    [{|#2:Network(1, 28, 28)|}]
                    public class Second
                    {
                        [Conv2d(1, 8, 5)] public object? conv;
                    }
                }
                """,
            },
            new[]
            {
                """
                using ConvShape;

                public class Loose
                {
                    [{|#0:Conv2d(3, 16, 3)|}] public object? conv;
                }

                public static partial class Models
                {
                    [Network(3, 32, 32)]
                    public partial class First
                    {
                        [Conv2d(3, 16, 3)] public object? conv;
                    }

                    [Network(1, 28, 28)]
                    public partial class Second
                    {
                        [Conv2d(1, 8, 5)] public object? conv;
                    }
                }
                """,
            },
            new[]
            {
                Fix.Diagnostic("CSA1009").WithLocation(0).WithMessage(
                    "conv: [Conv2d] is on a member of Loose, which has no [Network], so no shape is computed; add [Network(channels, sizes...)] to Loose"),
                Fix.Diagnostic("CSA1009").WithLocation(1).WithMessage(
                    "Models is not partial, so the generator cannot add First.Shapes; declare it partial (every enclosing type must be partial)"),
                Fix.Diagnostic("CSA1009").WithLocation(2).WithMessage(
                    "Models is not partial, so the generator cannot add Second.Shapes; declare it partial (every enclosing type must be partial)"),
            },
            new[]
            {
                Fix.Diagnostic("CSA1009").WithLocation(0).WithMessage(
                    "conv: [Conv2d] is on a member of Loose, which has no [Network], so no shape is computed; add [Network(channels, sizes...)] to Loose"),
            });
}
