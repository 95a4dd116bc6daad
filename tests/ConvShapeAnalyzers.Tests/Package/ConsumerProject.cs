using System;
using System.IO;
using ConvShapeAnalyzers.Tests.Meta;
using ConvShapeAnalyzers.Tests.Samples;
using Xunit;

namespace ConvShapeAnalyzers.Tests.Package;

/// <summary>
/// A fresh consumer of the packed package, as a user meets it: a local folder feed holding only our package, an isolated
/// packages folder (so no stale cache is used), and a console project with a PackageReference.
/// </summary>
internal sealed class ConsumerProject : IDisposable
{
    public const string ProgramSource = """
        using System;
        using ConvShape;

        namespace Consumer;

        [Network(3, 32, 32)]
        public partial class Net
        {
            [Conv2d(3, 16, 3, Padding = 1)] public object? conv1;
            [MaxPool2d(2)] public object? pool1;
            [Flatten] public object? flat;
            [Linear(16 * 16 * 16, 10)] public object? fc;
        }

        [Network(3, 224, 224)]
        public partial class Stem
        {
            [Conv2d(3, 32, 3, Stride = 2)] public object? conv1;
        }

        public static class Program
        {
            public static void Main()
            {
                float[] buffer = new float[Net.Shapes.flat.Features];
                Console.WriteLine($"flat={buffer.Length} pool1={Net.Shapes.pool1.Channels}x{Net.Shapes.pool1.Height}x{Net.Shapes.pool1.Width} stem={Stem.Shapes.conv1.Height} params={Net.Shapes.fc.Parameters}");
            }
        }
        """;

    public ConsumerProject()
    {
        Root = Path.Combine(Path.GetTempPath(), "convshape-consumer-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Feed);
        System.IO.Directory.CreateDirectory(Directory);
        (int packExit, string packOutput) = DotnetCli.Run(RepositoryFiles.Root, "pack", "src/ConvShapeAnalyzers.Package", "-c", "Release", "-o", Feed, "-nologo");
        Assert.True(packExit == 0, "pack failed:\n" + packOutput);
        File.WriteAllText(Path.Combine(Directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(Root, "packages")}" />
              </config>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(Directory, "Consumer.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ConvShapeAnalyzers" Version="1.0.0" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Directory, "Program.cs"), ProgramSource);
    }

    public string Root { get; }

    public string Feed => Path.Combine(Root, "feed");

    public string Directory => Path.Combine(Root, "consumer");

    public (int ExitCode, string Output) Dotnet(params string[] arguments) => DotnetCli.Run(Directory, arguments);

    public void WriteEditorConfig(string? rules) =>
        WriteOrDelete(Path.Combine(Directory, ".editorconfig"), rules is null ? null : "root = true\n\n[*.cs]\n" + rules + "\n");

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static void WriteOrDelete(string path, string? text)
    {
        if (text is null)
            File.Delete(path);
        else
            File.WriteAllText(path, text);
    }
}
