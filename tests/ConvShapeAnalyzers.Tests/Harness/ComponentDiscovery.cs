using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConvShapeAnalyzers.Tests.Harness;

/// <summary>Finds generators, analyzers and code-fix providers in an assembly by reflection, and insists on the
/// attribute that makes the compiler or the IDE load them (a missing one passes unit tests and ships nothing).</summary>
public static class ComponentDiscovery
{
    public static IEnumerable<Type> ConcreteTypes(Assembly assembly)
    {
        Type?[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types;
        }

        return types.OfType<Type>()
            .Where(t => t.IsClass && !t.IsAbstract && !t.ContainsGenericParameters && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
    }

    public static IEnumerable<IIncrementalGenerator> Generators(Assembly assembly) =>
        Create<IIncrementalGenerator>(assembly, t => t.GetCustomAttribute<GeneratorAttribute>() is { } a && a.Languages.Contains(LanguageNames.CSharp), "[Generator]");

    public static IEnumerable<DiagnosticAnalyzer> Analyzers(Assembly assembly) =>
        Create<DiagnosticAnalyzer>(assembly, t => t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is { } a && a.Languages.Contains(LanguageNames.CSharp), "[DiagnosticAnalyzer(LanguageNames.CSharp)]");

    public static IEnumerable<CodeFixProvider> CodeFixes(Assembly assembly) =>
        Create<CodeFixProvider>(assembly, t => t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is { } a && a.Languages.Contains(LanguageNames.CSharp), "[ExportCodeFixProvider(LanguageNames.CSharp)]");

    private static IEnumerable<T> Create<T>(Assembly assembly, Func<Type, bool> hasLoaderAttribute, string attributeText)
        where T : class
    {
        foreach (var type in ConcreteTypes(assembly).Where(typeof(T).IsAssignableFrom))
        {
            if (!hasLoaderAttribute(type))
            {
                throw new InvalidOperationException($"{type.FullName} is a {typeof(T).Name} without {attributeText}: the compiler or IDE would never load it.");
            }

            yield return (T)Activator.CreateInstance(type)!;
        }
    }
}
