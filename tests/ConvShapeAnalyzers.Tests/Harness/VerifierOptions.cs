using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ConvShapeAnalyzers.Tests.Harness;

/// <summary>Settings of one verification; the defaults suit ConvShapeAnalyzers tests.</summary>
public sealed record VerifierOptions
{
    public static VerifierOptions Default { get; } = new();

    /// <summary>What runs; null means <see cref="TestComponents.Default"/> (found by reflection).</summary>
    public TestComponents? Components { get; init; }

    /// <summary>Only diagnostics whose id starts with this are compared with the expectations.</summary>
    public string DiagnosticIdPrefix { get; init; } = "CSA";

    /// <summary>The id a <c>[|...|]</c> span stands for; null means the single id among the explicit
    /// expectations, or else the single prefixed id the analyzers support.</summary>
    public string? MarkupDiagnosticId { get; init; }

    /// <summary>Opt out of failing on compiler errors, for tests whose source is meant to be broken.</summary>
    public CompilerErrorPolicy CompilerErrors { get; init; } = CompilerErrorPolicy.Fail;

    public ImmutableArray<MetadataReference> AdditionalReferences { get; init; } = ImmutableArray<MetadataReference>.Empty;

    /// <summary>Code fixes: at most this many one-by-one fixes (null: twice the fixable diagnostics first seen, plus one).</summary>
    public int? MaxFixIterations { get; init; }

    /// <summary>Code fixes: fail when a provider has no Fix All provider (on by default: users expect Fix All).</summary>
    public bool RequireFixAll { get; init; } = true;

    public VerifierOptions WithComponents(params object[] components) => this with { Components = TestComponents.Of(components) };

    internal TestComponents ResolvedComponents => Components ?? TestComponents.Default;
}
