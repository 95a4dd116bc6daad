using System;
using System.IO;

namespace ConvShapeAnalyzers.Tests.Meta;

/// <summary>Files of the repository the tests run from (found by walking up to ConvShapeAnalyzers.sln).</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath)).Replace("\r\n", "\n");

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "ConvShapeAnalyzers.sln")))
                return directory.FullName;
        throw new InvalidOperationException("ConvShapeAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
