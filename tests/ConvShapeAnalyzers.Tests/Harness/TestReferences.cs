using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ConvShapeAnalyzers.Tests.Harness;

/// <summary>
/// Metadata references for a net10.0 test compilation. Taken from the SDK's reference pack on this
/// machine (never downloaded), so tests see the same API surface a user project compiles against.
/// </summary>
public static class TestReferences
{
    private const string RefPackName = "Microsoft.NETCore.App.Ref";
    private const int TargetMajor = 10;

    private static readonly Lazy<(ImmutableArray<MetadataReference> References, string Source)> Cached = new(Load);

    /// <summary>The net10.0 reference assemblies (or, without a reference pack, the running runtime's).</summary>
    public static ImmutableArray<MetadataReference> Net10 => Cached.Value.References;

    /// <summary>Where the references came from: a reference-pack folder, or "TRUSTED_PLATFORM_ASSEMBLIES".</summary>
    public static string Source => Cached.Value.Source;

    private static (ImmutableArray<MetadataReference>, string) Load()
    {
        var refDir = FindReferencePackDirectory();
        if (refDir is null)
        {
            return (RuntimeAssemblies(), "TRUSTED_PLATFORM_ASSEMBLIES");
        }

        var references = Directory.GetFiles(refDir, "*.dll")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
        return (references, refDir);
    }

    // typeof(object) lives in <dotnet root>/shared/Microsoft.NETCore.App/<version>/.
    private static string? FindReferencePackDirectory()
    {
        var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location);
        if (string.IsNullOrEmpty(runtimeDir))
        {
            return null;
        }

        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", ".."));
        var packDir = Path.Combine(dotnetRoot, "packs", RefPackName);
        if (!Directory.Exists(packDir))
        {
            return null;
        }

        var best = Directory.GetDirectories(packDir)
            .Select(d => (Dir: d, Version: ParseVersion(Path.GetFileName(d))))
            .Where(x => x.Version is not null && x.Version.Major == TargetMajor)
            .OrderByDescending(x => x.Version)
            .Select(x => Path.Combine(x.Dir, "ref", "net" + TargetMajor + ".0"))
            .FirstOrDefault(Directory.Exists);
        return best;
    }

    // "10.0.0-rc.2.25502.107" sorts by its numeric part; a prerelease of the same number is rare enough to ignore.
    private static Version? ParseVersion(string name)
    {
        var dash = name.IndexOf('-');
        return Version.TryParse(dash < 0 ? name : name.Substring(0, dash), out var v) ? v : null;
    }

    // The trusted platform list also holds the test's own dependencies; keep only the runtime folder's.
    private static ImmutableArray<MetadataReference> RuntimeAssemblies()
    {
        var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? "";
        var tpa = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "";
        return tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => string.Equals(Path.GetDirectoryName(p), runtimeDir, StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }
}
