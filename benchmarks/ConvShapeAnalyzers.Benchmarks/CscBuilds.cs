using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ConvShapeAnalyzers.Generation;

namespace ConvShapeAnalyzers.Benchmarks;

/// <summary>
/// (a) as the issue states it and as a user pays it: the SDK's own compiler (csc.dll) building the 1,000 networks with our
/// package (generator and analyzers), against building the same sources with our generated files as plain source and no
/// analyzer. The in-process builds of <see cref="BuildBenchmarks"/> cannot attach analyzers as csc does; csc can, and its
/// <c>/reportanalyzer</c> output is the compiler's own account of the analyzer and generator time. Two ways to run it: through
/// a compiler server, as <c>dotnet build</c> does by default (warm after the warm-ups: our assembly loaded and compiled to
/// native code once), and as a fresh process per build, which pays that each time. Optionally both builds also get the
/// analyzers and generators a default SDK build attaches (<see cref="SdkAnalyzerArguments"/>), as a user's project has them.
/// </summary>
internal static class CscBuilds
{
    /// <summary>A build's wall time, and for a build with our package our analyzer's and generator's time as csc reports them (else 0).</summary>
    public sealed record Build(TimeSpan Elapsed, double AnalyzerSeconds, double GeneratorSeconds);

    public sealed record Pairs(List<double> Ratios, List<Build> Plain, List<Build> Ours);

    private const int Warmups = 2;

    /// <summary>Times the two builds back to back <paramref name="runs"/> times after two warm-ups, alternating which goes first.</summary>
    /// <param name="server">Through a compiler server of this run's own (shut down at the end), else a csc process per build.</param>
    /// <param name="sdkAnalyzers">Both builds with the analyzers of a default SDK build, else with none but ours.</param>
    public static Pairs Run(NetworkProject project, int runs, bool server, bool sdkAnalyzers)
    {
        string id = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        string root = Path.Combine(Path.GetTempPath(), "convshape-csc-" + id);
        string? pipe = server ? "convshape-bench-" + id : null;
        try
        {
            string[] common = sdkAnalyzers ? SdkAnalyzerArguments() : Array.Empty<string>();
            string plain = Write(root, "plain", project.Texts.Concat(project.GeneratedTexts), common);
            string ours = Write(root, "ours", project.Texts, common.Concat(new[] { "/analyzer:" + Quote(typeof(ShapeGenerator).Assembly.Location), "/reportanalyzer" }));
            var pairs = new Pairs(new List<double>(), new List<Build>(), new List<Build>());
            for (int run = 0; run < Warmups + runs; run++)
            {
                Build p, o;
                if (run % 2 == 0) { p = Compile(plain, pipe, reported: false); o = Compile(ours, pipe, reported: true); }
                else { o = Compile(ours, pipe, reported: true); p = Compile(plain, pipe, reported: false); }
                if (run < Warmups)
                    continue;   // the files into the page cache; the server's code compiled to native code
                pairs.Plain.Add(p);
                pairs.Ours.Add(o);
                pairs.Ratios.Add(o.Elapsed.TotalMilliseconds / p.Elapsed.TotalMilliseconds);
            }
            return pairs;
        }
        finally
        {
            if (pipe is not null)
            {
                using Process shutdown = Run(Path.Combine(Path.GetDirectoryName(CscPath.Value)!, "VBCSCompiler.dll"), "-shutdown", "-pipename:" + pipe);
                shutdown.WaitForExit();
            }
            if (Directory.Exists(root))
                Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The sources under <paramref name="root"/>/<paramref name="name"/> and a response file naming them, as the SDK's Csc task writes one.</summary>
    private static string Write(string root, string name, IEnumerable<(string Path, string Text)> files, IEnumerable<string> analyzerArguments)
    {
        string directory = Path.Combine(root, name);
        var arguments = new List<string>
        {
            "/nologo", "/target:library", "/langversion:latest", "/nullable:enable", "/optimize+", "/deterministic+",
            "/nowarn:CS1591", "/out:" + Quote(Path.Combine(directory, "Synthetic.dll")),
        };
        arguments.AddRange(Directory.GetFiles(Path.Combine(Sdk.ReferencePackDirectory, "ref", "net10.0"), "*.dll").OrderBy(p => p, StringComparer.Ordinal).Select(p => "/reference:" + Quote(p)));
        arguments.AddRange(analyzerArguments);
        foreach ((string path, string text) in files)
        {
            string file = Path.Combine(directory, path.TrimStart('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
            arguments.Add(Quote(file));
        }
        string responseFile = Path.Combine(directory, name + ".rsp");
        File.WriteAllLines(responseFile, arguments);
        return responseFile;
    }

    /// <param name="reported">The build runs our package with /reportanalyzer, so its report must be there.</param>
    private static Build Compile(string responseFile, string? pipe, bool reported)
    {
        // /noconfig: csc's default csc.rsp would add references; it is only honoured outside a response file.
        var watch = Stopwatch.StartNew();
        using Process process = pipe is null
            ? Run(CscPath.Value, "/noconfig", "@" + responseFile)
            : Run(CscPath.Value, "/noconfig", "/shared:" + pipe, "@" + responseFile);
        System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        TimeSpan elapsed = watch.Elapsed;
        if (process.ExitCode != 0 || Regex.IsMatch(output, @"\b(error|warning) (CS|CSA)\d{4}"))
            throw new InvalidOperationException("csc " + responseFile + " exited with " + process.ExitCode + " or reported a diagnostic:\n"
                + string.Join("\n", output.Split('\n').Take(20)) + error.Result);
        if (!reported)
            return new Build(elapsed, 0, 0);
        int analyzers = output.IndexOf(AnalyzerTotal, StringComparison.Ordinal), generators = output.IndexOf(GeneratorTotal, StringComparison.Ordinal);
        if (analyzers < 0 || generators < analyzers)
            throw new InvalidOperationException("csc's /reportanalyzer output has no analyzer and generator sections:\n" + output);
        return new Build(elapsed, OurSeconds(output.Substring(analyzers, generators - analyzers)), OurSeconds(output.Substring(generators)));
    }

    private const string AnalyzerTotal = "Total analyzer execution time", GeneratorTotal = "Total generator execution time";

    /// <summary>
    /// What a default SDK build of a net10.0 project passes to csc besides ours: the reference pack's generators and analyzers,
    /// the SDK's code-analysis analyzers (EnableNETAnalyzers) and their default global configuration.
    /// </summary>
    private static string[] SdkAnalyzerArguments()
    {
        string sdkAnalyzers = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(CscPath.Value)!, "..", "..", "Sdks", "Microsoft.NET.Sdk", "analyzers"));
        return Directory.GetFiles(Path.Combine(Sdk.ReferencePackDirectory, "analyzers", "dotnet", "cs"), "*.dll").OrderBy(p => p, StringComparer.Ordinal)
            .Concat(new[] { "Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll" }.Select(n => Path.Combine(sdkAnalyzers, n)))
            .Select(path => File.Exists(path) ? "/analyzer:" + Quote(path) : throw new InvalidOperationException("no " + path))
            .Append("/analyzerconfig:" + Quote(Path.Combine(sdkAnalyzers, "build", "config", "analysislevel_10_default.globalconfig")))
            .ToArray();
    }

    /// <summary>Starts <c>dotnet exec</c> of <paramref name="assembly"/>, its output redirected.</summary>
    private static Process Run(string assembly, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(assembly);
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet exec " + assembly + " did not start");
    }

    /// <summary>Our assembly's line of one /reportanalyzer section ("   0.554   61   ConvShapeAnalyzers, Version=..."); "&lt;0.001" reads 0.</summary>
    private static double OurSeconds(string section) =>
        Regex.Match(section, @"^\s*(<?)([0-9.,]+)\s+\S+\s+" + Regex.Escape(typeof(ShapeGenerator).Assembly.GetName().Name + ", Version="), RegexOptions.Multiline) is { Success: true } m
            && double.TryParse(m.Groups[2].Value.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds)
            ? (m.Groups[1].Length > 0 ? 0 : seconds) : throw new InvalidOperationException("csc's /reportanalyzer section has no line for our assembly:\n" + section);

    private static string Quote(string path) => "\"" + path + "\"";

    /// <summary>csc.dll of the newest SDK beside the running runtime: &lt;dotnet root&gt;/sdk/&lt;version&gt;/Roslyn/bincore/csc.dll.</summary>
    private static readonly Lazy<string> CscPath = new(() =>
    {
        string runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? throw new InvalidOperationException("no runtime directory");
        string sdks = Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", "..", "sdk"));
        return Directory.GetDirectories(sdks)
            .OrderByDescending(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out Version? v) ? v : new Version(0, 0))
            .Select(d => Path.Combine(d, "Roslyn", "bincore", "csc.dll"))
            .FirstOrDefault(File.Exists) ?? throw new InvalidOperationException("no csc.dll under " + sdks);
    });
}
