using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConvShapeAnalyzers.Tests.Harness;

/// <summary>The generators, analyzers and code fixes a verification runs with.</summary>
public sealed record TestComponents(
    ImmutableArray<IIncrementalGenerator> Generators,
    ImmutableArray<DiagnosticAnalyzer> Analyzers,
    ImmutableArray<CodeFixProvider> CodeFixes)
{
    public const string AnalyzerAssemblyName = "ConvShapeAnalyzers";
    public const string CodeFixAssemblyName = "ConvShapeAnalyzers.CodeFixes";

    private static readonly Lazy<(Assembly Analyzers, Assembly CodeFixes)> ProductAssemblies = new(() =>
        (Assembly.Load(new AssemblyName(AnalyzerAssemblyName)), Assembly.Load(new AssemblyName(CodeFixAssemblyName))));

    /// <summary>Fresh instances of everything in the product assemblies (ConvShapeAnalyzers and its code fixes).</summary>
    public static TestComponents Default => FromAssemblies(ProductAssemblies.Value.Analyzers, ProductAssemblies.Value.CodeFixes);

    public static TestComponents Empty { get; } = new(
        ImmutableArray<IIncrementalGenerator>.Empty,
        ImmutableArray<DiagnosticAnalyzer>.Empty,
        ImmutableArray<CodeFixProvider>.Empty);

    /// <summary>Everything found in the assemblies of the given types (e.g. <c>typeof(SomeAnalyzer)</c>).</summary>
    public static TestComponents FromAssemblyOf(Type analyzerType, Type? codeFixType = null) =>
        FromAssemblies(analyzerType.Assembly, codeFixType?.Assembly);

    public static TestComponents FromAssemblies(Assembly analyzerAssembly, Assembly? codeFixAssembly = null) => new(
        ComponentDiscovery.Generators(analyzerAssembly).ToImmutableArray(),
        ComponentDiscovery.Analyzers(analyzerAssembly).ToImmutableArray(),
        codeFixAssembly is null ? ImmutableArray<CodeFixProvider>.Empty : ComponentDiscovery.CodeFixes(codeFixAssembly).ToImmutableArray());

    /// <summary>Explicit instances, sorted by kind: <c>TestComponents.Of(new MyAnalyzer(), new MyFix())</c>.</summary>
    public static TestComponents Of(params object[] components)
    {
        var unknown = components.FirstOrDefault(c => c is not (IIncrementalGenerator or DiagnosticAnalyzer or CodeFixProvider));
        if (unknown is not null)
        {
            throw new ArgumentException($"{unknown.GetType().FullName} is not an IIncrementalGenerator, DiagnosticAnalyzer or CodeFixProvider.", nameof(components));
        }

        return new(
            components.OfType<IIncrementalGenerator>().ToImmutableArray(),
            components.OfType<DiagnosticAnalyzer>().ToImmutableArray(),
            components.OfType<CodeFixProvider>().ToImmutableArray());
    }

    public IEnumerable<string> FixableIds => CodeFixes.SelectMany(f => f.FixableDiagnosticIds).Distinct(StringComparer.Ordinal);
}
