using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Linq;

namespace ConvShapeAnalyzers.Benchmarks;

/// <summary>
/// <c>--allocations=CoreBenchmarks.ReadBound_All[:N]</c>: one benchmark's global setup, then the benchmark N times (20 by
/// default) while the runtime samples its allocations, and a table of the types allocated most. The runtime reports one
/// sample (an allocation tick) about every 100 KB a thread allocates, naming the type of the object that crossed the mark,
/// so a type's share of the samples estimates its share of the bytes; small counts are rough. Every thread's allocations
/// count, so a benchmark that runs the compiler shows the compiler's too. The same samples a trace's GC events carry,
/// without a tool to install.
/// </summary>
internal static class Allocations
{
    public static int Run(string target)
    {
        if (Repeat.Prepare(target, defaultTimes: 20, option: "--allocations") is not { } run)
            return 2;
        var ticks = new AllocationTicks();
        long before = GC.GetTotalAllocatedBytes(precise: true);
        for (int n = 0; n < run.Times; n++)
            run.Invoke();
        double megabytes = (GC.GetTotalAllocatedBytes(precise: true) - before) / 1048576.0 / run.Times;
        ticks.Dispose();
        Print(ticks.ByType, run.Times, megabytes);
        return 0;
    }

    private static void Print(Dictionary<string, long> byType, int times, double megabytes)
    {
        long sampled = byType.Values.Sum();
        CultureInfo invariant = CultureInfo.InvariantCulture;
        Console.WriteLine("allocated per run: " + megabytes.ToString("0.0", invariant) + " MB; sampled " + (sampled / 1048576.0 / times).ToString("0.0", invariant) + " MB per run");
        Console.WriteLine("| type | share of the samples | MB per run (estimate) |");
        Console.WriteLine("|---|---|---|");
        foreach (KeyValuePair<string, long> type in byType.OrderByDescending(t => t.Value).Take(30))
            Console.WriteLine("| " + type.Key + " | " + (100.0 * type.Value / sampled).ToString("0.0", invariant) + " % | "
                + (megabytes * type.Value / sampled).ToString("0.00", invariant) + " |");
    }

    /// <summary>The runtime's GC allocation ticks (event 10, keyword GC, level verbose), summed by type name.</summary>
    private sealed class AllocationTicks : EventListener
    {
        private const int AllocationTickEvent = 10;
        private readonly object gate = new();
        private bool stopped;

        public Dictionary<string, long> ByType { get; } = new();

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }

        protected override void OnEventWritten(EventWrittenEventArgs data)
        {
            if (data.EventId != AllocationTickEvent || data.PayloadNames is null)
                return;
            int name = data.PayloadNames.IndexOf("TypeName"), amount = data.PayloadNames.IndexOf("AllocationAmount64");
            if (name < 0 || amount < 0)
                return;
            string type = data.Payload![name] as string ?? "?";
            long bytes = Convert.ToInt64(data.Payload[amount], CultureInfo.InvariantCulture);
            lock (gate)
            {
                if (!stopped)
                    ByType[type] = ByType.TryGetValue(type, out long sum) ? sum + bytes : bytes;
            }
        }

        public override void Dispose()
        {
            lock (gate)
                stopped = true;
            base.Dispose();
        }
    }
}
