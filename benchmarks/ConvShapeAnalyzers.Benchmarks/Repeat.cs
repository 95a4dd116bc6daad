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
        string[] parts = target.Split(':');
        int times = 300;
        string[] name = parts[0].Split('.');
        Type? type = name.Length == 2 ? typeof(Repeat).Assembly.GetTypes().SingleOrDefault(t => t.Name == name[0]) : null;
        MethodInfo? benchmark = type?.GetMethod(name[1]);
        if (type is null || benchmark is null || !benchmark.IsDefined(typeof(BenchmarkAttribute))
            || parts.Length > 2 || (parts.Length == 2 && !(int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out times) && times > 0)))
        {
            Console.Error.WriteLine("--repeat takes Class.Method[:N] of a benchmark, e.g. GeneratorBenchmarks.ShapeGenerator_Cold:300; got " + target);
            return 2;
        }
        object instance = Activator.CreateInstance(type)!;
        foreach (MethodInfo setup in type.GetMethods().Where(m => m.IsDefined(typeof(GlobalSetupAttribute))))
            setup.Invoke(instance, null);
        for (int run = 1; run <= times; run++)
        {
            TimeSpan paused = GC.GetTotalPauseDuration();
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            benchmark.Invoke(instance, null);
            Console.WriteLine(parts[0] + " " + run.ToString(CultureInfo.InvariantCulture) + ": " + watch.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)
                + " ms, of which collection pauses " + (GC.GetTotalPauseDuration() - paused).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms; allocated "
                + ((GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB");
        }
        return 0;
    }
}
