using System.Collections.Generic;
using System.Linq;
using ConvShapeAnalyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Generator;

/// <summary>Reads the constants the generator wrote, through the compiler's own semantic model.</summary>
internal static class GeneratedConstants
{
    /// <summary>Runs the generator; the harness fails the test on a generator exception or on any error in the output.</summary>
    public static GeneratorRun Generate(params string[] sources) => GeneratorHarness.Run(CompilationFactory.Create(sources));

    /// <summary>The constants of a generated class, e.g. "Nets.LeNet+Shapes+conv1".</summary>
    public static IReadOnlyDictionary<string, object?> Constants(this GeneratorRun run, string metadataName)
    {
        INamedTypeSymbol? type = run.OutputCompilation.GetTypeByMetadataName(metadataName);
        Assert.True(type is not null, "no generated class " + metadataName);
        return type!.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst).ToDictionary(f => f.Name, f => f.ConstantValue);
    }

    public static bool HasClass(this GeneratorRun run, string metadataName) => run.OutputCompilation.GetTypeByMetadataName(metadataName) is not null;

    /// <summary>
    /// A generated class's shape as "16×8×8" (Channels, then Length, or Depth, Height and Width) or "2048" (Features), for
    /// comparing with a framework's; null when no such class was generated.
    /// </summary>
    public static string? ShapeText(this GeneratorRun run, string metadataName)
    {
        if (!run.HasClass(metadataName))
            return null;
        IReadOnlyDictionary<string, object?> constants = run.Constants(metadataName);
        return string.Join("×", ShapeNames.Where(constants.ContainsKey).Select(name => constants[name]));
    }

    private static readonly string[] ShapeNames = { "Channels", "Features", "Length", "Depth", "Height", "Width" };

    /// <summary>Asserts the listed constants (others may exist) of a generated class.</summary>
    public static void AssertConstants(this GeneratorRun run, string metadataName, params (string Name, object Value)[] expected)
    {
        IReadOnlyDictionary<string, object?> actual = run.Constants(metadataName);
        foreach ((string name, object value) in expected)
        {
            Assert.True(actual.ContainsKey(name), metadataName + " has no constant " + name + "; it has " + string.Join(", ", actual.Keys));
            Assert.True(Equals(value, actual[name]), metadataName + "." + name + ": expected " + value + ", got " + actual[name]);
        }
    }
}
