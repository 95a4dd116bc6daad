using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConvShapeAnalyzers.Tests.Meta;
using Xunit;
using Xunit.Abstractions;

namespace ConvShapeAnalyzers.Tests.Reliability;

/// <summary>
/// Half-typed code, as the IDE analyzes it on every keystroke: every prefix of each sample's source, character by
/// character, through the generator and the analyzers — no exception, no error in generated code, nothing dropped silently.
/// Past the first <see cref="EveryCharacter"/> characters a file is cut at every line end only: every prefix is a
/// compilation of its own, and the long samples (MobileNetV2's seventeen blocks) repeat what came before.
/// </summary>
public class TypingSimulationTests(ITestOutputHelper output)
{
    private const int EveryCharacter = 4_000;

    public static IEnumerable<object[]> Samples() =>
        Directory.GetFiles(RepositoryFiles.PathOf("samples"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
            .Select(path => Path.GetRelativePath(RepositoryFiles.Root, path).Replace('\\', '/'))
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(path => new object[] { path });

    [Theory]
    [MemberData(nameof(Samples))]
    public void EveryPrefixOfASample_IsHandledGracefully(string sample)
    {
        string text = RepositoryFiles.Read(sample);
        var failures = new List<string>();
        int checkedPrefixes = 0;
        for (int length = 0; length <= text.Length && failures.Count == 0; length++)
        {
            if (length > EveryCharacter && length < text.Length && text[length] != '\n')
                continue;
            checkedPrefixes++;
            foreach (string failure in RobustnessCheck.Failures(new[] { text.Substring(0, length) }))
                failures.Add("after " + length + " characters: " + failure);
        }
        output.WriteLine($"{sample}: {checkedPrefixes} prefixes checked");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
