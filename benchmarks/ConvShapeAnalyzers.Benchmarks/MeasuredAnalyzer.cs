using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConvShapeAnalyzers.Benchmarks;

/// <summary>
/// Runs another analyzer and times each of its symbol callbacks: always its wall time (what the compiler's telemetry sums),
/// and with <c>processorTime</c> also the processor time of the callback's own thread. On a busy machine the wall time of a
/// callback also holds the time its thread waited for a core and every collection pause that stopped it, whoever caused the
/// collection; the thread's processor time is the work the callback itself did (with server GC, collections run on the
/// collector's threads). It also counts the callbacks during which a collection ran and, of the others, those of over a
/// millisecond: most likely their thread waited for a core (a lock held by the compiler would look the same). Reading the
/// thread's clock is a system call, at whose return the scheduler may switch threads: with <c>processorTime</c> the pass is
/// not the one the telemetry measures (the compiler's telemetry of an action that does nothing, wrapped so, was 0.4–1.6 s
/// where the bare action's is 0.1 ms), so the wall time and its census are to be taken from a pass without it, whose wall
/// time is the telemetry's within half a millisecond.
/// </summary>
// Instantiated by the benchmark only, as TypeActionAnalyzer is (which see). Only symbol actions are measured; the analyzers
// measured here register nothing else, and any other registration is refused rather than silently left out.
#pragma warning disable RS1001, RS1025, RS1026
internal sealed class MeasuredAnalyzer(DiagnosticAnalyzer inner, bool processorTime) : DiagnosticAnalyzer
{
    /// <summary>A callback this long did far more than our work: ours averages some 30 µs of processor time per network.</summary>
    private static readonly long Slow = Stopwatch.Frequency / 1000;

    private long wallTicks, processorNs, calls, slowCalls, slowTicks, collectedCalls, collectedTicks;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => inner.SupportedDiagnostics;

    public TimeSpan Wall => TimeSpan.FromTicks(Interlocked.Read(ref wallTicks));

    /// <summary>Null where the thread's processor time cannot be read (only Linux is supported).</summary>
    public TimeSpan? Processor => processorTime && ThreadClock.Supported ? TimeSpan.FromTicks(Interlocked.Read(ref processorNs) / 100) : null;

    public long Calls => Interlocked.Read(ref calls);

    /// <summary>Callbacks of over a millisecond during which no collection ran: most likely their thread waited for a core.</summary>
    public (long Calls, TimeSpan Wall) SlowWithoutCollection => (Interlocked.Read(ref slowCalls), TimeSpan.FromTicks(Interlocked.Read(ref slowTicks)));

    /// <summary>Callbacks during which a collection ran, whichever thread caused it.</summary>
    public (long Calls, TimeSpan Wall) WithCollection => (Interlocked.Read(ref collectedCalls), TimeSpan.FromTicks(Interlocked.Read(ref collectedTicks)));

    public override void Initialize(AnalysisContext context) => inner.Initialize(new Measuring(context, this));

    private void Measure<T>(Action<T> action, T argument)
    {
        long processorBefore = processorTime ? ThreadClock.Nanoseconds() : 0;
        int collectionsBefore = GC.CollectionCount(0);
        long start = Stopwatch.GetTimestamp();
        try
        {
            action(argument);
        }
        finally
        {
            long end = Stopwatch.GetTimestamp();
            bool collected = GC.CollectionCount(0) != collectionsBefore;
            if (processorTime)
                Interlocked.Add(ref processorNs, ThreadClock.Nanoseconds() - processorBefore);
            long ticks = Stopwatch.GetElapsedTime(start, end).Ticks;
            Interlocked.Add(ref wallTicks, ticks);
            Interlocked.Increment(ref calls);
            if (collected)
            {
                Interlocked.Increment(ref collectedCalls);
                Interlocked.Add(ref collectedTicks, ticks);
            }
            else if (end - start > Slow)
            {
                Interlocked.Increment(ref slowCalls);
                Interlocked.Add(ref slowTicks, ticks);
            }
        }
    }

    private sealed class Measuring(AnalysisContext context, MeasuredAnalyzer owner) : AnalysisContext
    {
        public override void EnableConcurrentExecution() => context.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => context.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
            context.RegisterSymbolAction(c => owner.Measure(action, c), symbolKinds);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => throw Unmeasured();

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unmeasured();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unmeasured();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unmeasured();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unmeasured();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unmeasured();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            throw Unmeasured();

        private static NotSupportedException Unmeasured() => new("MeasuredAnalyzer measures symbol actions only");
    }

    /// <summary>The calling thread's processor time, from clock_gettime(CLOCK_THREAD_CPUTIME_ID) on Linux.</summary>
    private static class ThreadClock
    {
        private const int ThreadCpuTimeId = 3;

        public static bool Supported { get; } = OperatingSystem.IsLinux();

        public static long Nanoseconds()
        {
            if (!Supported || clock_gettime(ThreadCpuTimeId, out TimeSpec time) != 0)
                return 0;
            return time.Seconds * 1_000_000_000 + time.Nanoseconds;
        }

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [DllImport("libc", SetLastError = false)]
        private static extern int clock_gettime(int clockId, out TimeSpec time);
    }
}
#pragma warning restore RS1001, RS1025, RS1026
