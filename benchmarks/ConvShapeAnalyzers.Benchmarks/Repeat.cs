using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace ConvShapeAnalyzers.Benchmarks;

/// <summary>
/// <c>--repeat=GeneratorBenchmarks.ShapeGenerator_AfterOneLayerEdit[:N]</c>: one benchmark's global setup, then the benchmark
/// N times (300 by default) and nothing else, so that a sampling profiler (dotnet-trace) started with the process sees mostly
/// that work. Many runs, because the runtime optimizes hot code fully only after some 100 to 200 calls (tiered compilation):
/// the driver's own loops ran ten times slower in the first 50 runs than after 200. Not a measurement: BenchmarkDotNet, which
/// warms up, and the telemetry step are.
/// </summary>
internal static class Repeat
{
    public static int Run(string target)
    {
        if (Prepare(target, defaultTimes: 300, option: "--repeat") is not { } run)
            return 2;
        for (int n = 1; n <= run.Times; n++)
        {
            TimeSpan paused = GC.GetTotalPauseDuration();
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            run.Invoke();
            Console.WriteLine(run.Name + " " + n.ToString(CultureInfo.InvariantCulture) + ": " + watch.Elapsed.TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture)
                + " ms, of which collection pauses " + (GC.GetTotalPauseDuration() - paused).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms; allocated "
                + ((GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB");
        }
        return 0;
    }

    /// <summary>One benchmark, named <c>Class.Method[:N]</c>, after its global setup; null (and a message) for a name that is not one.</summary>
    public static Prepared? Prepare(string target, int defaultTimes, string option)
    {
        string[] parts = target.Split(':');
        int times = defaultTimes;
        string[] name = parts[0].Split('.');
        Type? type = name.Length == 2 ? typeof(Repeat).Assembly.GetTypes().SingleOrDefault(t => t.Name == name[0]) : null;
        MethodInfo? benchmark = type?.GetMethod(name[1]);
        if (type is null || benchmark is null || !benchmark.IsDefined(typeof(BenchmarkAttribute))
            || parts.Length > 2 || (parts.Length == 2 && !(int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out times) && times > 0)))
        {
            Console.Error.WriteLine(option + " takes Class.Method[:N] of a benchmark, e.g. GeneratorBenchmarks.ShapeGenerator_Cold:" + defaultTimes + "; got " + target);
            return null;
        }
        object instance = Activator.CreateInstance(type)!;
        foreach (MethodInfo setup in type.GetMethods().Where(m => m.IsDefined(typeof(GlobalSetupAttribute))))
            setup.Invoke(instance, null);
        return new Prepared(parts[0], times, () => benchmark.Invoke(instance, null));
    }

    /// <summary>A benchmark ready to run: its name, how many times it is asked for, and one run of it.</summary>
    public sealed record Prepared(string Name, int Times, Action Invoke);
}
