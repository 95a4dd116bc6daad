using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ConvShapeAnalyzers.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace ConvShapeAnalyzers.Benchmarks;

/// <summary>
/// Runs the BenchmarkDotNet benchmarks selected by the arguments (<c>--filter '*'</c> for all), then prints the ratios the
/// targets of docs/performance.md are stated in and the analyzers' execution time from the compiler's own telemetry.
/// <c>--no-telemetry</c> skips the telemetry; <c>--telemetry-only</c> skips BenchmarkDotNet; <c>--runs=N</c> measures the telemetry
/// and the paired builds N times (5 by default) after two warm-ups; <c>--no-csc</c> leaves out the builds with the SDK's
/// compiler (most of the telemetry's time); <c>--repeat=Class.Method[:N]</c> only repeats one benchmark
/// for a profiler (<see cref="Repeat"/>); <c>--allocations=Class.Method[:N]</c> lists the types one benchmark allocates most
/// (<see cref="Allocations"/>).
/// </summary>
public static class Program
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Main(string[] args)
    {
        if (args.FirstOrDefault(a => a.StartsWith("--repeat=", StringComparison.Ordinal)) is { } repeat)
            return Repeat.Run(repeat.Substring("--repeat=".Length));
        if (args.FirstOrDefault(a => a.StartsWith("--allocations=", StringComparison.Ordinal)) is { } allocations)
            return Allocations.Run(allocations.Substring("--allocations=".Length));
        bool telemetry = !args.Contains("--no-telemetry"), benchmarks = !args.Contains("--telemetry-only"), csc = !args.Contains("--no-csc");
        string? runsArgument = args.FirstOrDefault(a => a.StartsWith("--runs=", StringComparison.Ordinal));
        int runs = runsArgument is null ? 5 : int.Parse(runsArgument.Substring("--runs=".Length), Invariant);
        string[] rest = args.Where(a => a is not ("--no-telemetry" or "--telemetry-only" or "--no-csc") && a != runsArgument).ToArray();
        var summaries = new List<Summary>();
        if (benchmarks)
            summaries.AddRange(BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest));

        var report = new StringBuilder();
        report.AppendLine("## Ratios (from the BenchmarkDotNet means)").AppendLine();
        report.AppendLine("| figure | value | target |").AppendLine("|---|---|---|");
        double? plain = Mean(summaries, nameof(BuildBenchmarks.Emit_PlainSource));
        double? withGenerator = Mean(summaries, nameof(BuildBenchmarks.Emit_WithGenerator));
        double? withAll = Mean(summaries, nameof(BuildBenchmarks.Emit_WithGeneratorAndAnalyzers));
        double? compilerOnly = Mean(summaries, nameof(BuildBenchmarks.Diagnostics_CompilerOnly));
        double? withAnalyzers = Mean(summaries, nameof(BuildBenchmarks.Diagnostics_WithAnalyzers));
        double? analyzerCost = withAnalyzers - compilerOnly;
        double? theirsIncremental = Mean(summaries, nameof(GeneratorBenchmarks.LibraryImportGenerator_AfterOneEdit));
        double? ours = Mean(summaries, nameof(GeneratorBenchmarks.ShapeGenerator_Cold));
        double? theirs = Mean(summaries, nameof(GeneratorBenchmarks.LibraryImportGenerator_Cold));
        double? incremental = Mean(summaries, nameof(GeneratorBenchmarks.ShapeGenerator_AfterOneLayerEdit));
        double? chains = Mean(summaries, nameof(CoreBenchmarks.Analyze_Chains));
        double? residual = Mean(summaries, nameof(CoreBenchmarks.Analyze_Residual));
        Row(report, "(a) generator + emit / plain emit", Ratio(withGenerator, plain), "≤ 1.05");
        Row(report, "(a) generator + CompilationWithAnalyzers + emit / plain emit (upper bound)", Ratio(withAll, plain), "≤ 1.05");
        Row(report, "analyzers' cost: (diagnostics with analyzers − compiler diagnostics)", Ms(analyzerCost), "");
        Row(report, "(c) analyzers' cost / plain emit", Percent(analyzerCost, plain), "≤ 5%");
        double? emptyAnalyzerCost = Mean(summaries, nameof(BuildBenchmarks.Diagnostics_WithEmptyTypeAnalyzer)) - compilerOnly;
        Row(report, "(c) floor: an empty named-type analyzer's cost (the driver's routing) / plain emit", Percent(emptyAnalyzerCost, plain), "");
        Row(report, "(c) our analyzer above that floor / plain emit", Percent(analyzerCost - emptyAnalyzerCost, plain), "");
        Row(report, "(a) csc-like estimate: (generator + emit + analyzers' cost) / plain emit", Ratio(withGenerator + analyzerCost, plain), "≤ 1.05");
        Row(report, "(b) ShapeGenerator per [Network] / LibraryImportGenerator per [LibraryImport]", Ratio(ours, theirs), "≤ 1.0");
        Row(report, "(b) ShapeGenerator per [Network]", Per(ours, NetworkProject.Networks), "");
        Row(report, "(b) ShapeGenerator per layer", Per(ours, NetworkProject.Networks * Tests.Generator.SyntheticProject.LayersPerNetwork), "");
        Row(report, "(b) LibraryImportGenerator per [LibraryImport]", Per(theirs, LibraryImportProject.Declarations), "");
        Row(report, "(c) incremental run after a one-layer edit / cold run", Percent(incremental, ours), "≤ 1%");
        Row(report, "(c) the same, the compilation's declaration state made (as when another generator asks for the trees first) / cold run",
            Percent(Mean(summaries, nameof(GeneratorBenchmarks.ShapeGenerator_AfterOneLayerEdit_StateMade)), ours), "");
        Row(report, "LibraryImportGenerator: incremental run after one edit / cold run", Percent(theirsIncremental, theirs), "");
        Row(report, "core: residual network / chain, per network (CSA3003 search)", Ratio(residual / 250, chains / 750), "");
        double? floorCold = Mean(summaries, nameof(GeneratorProfileBenchmarks.Floor_Cold));
        double? floorIncremental = Mean(summaries, nameof(GeneratorProfileBenchmarks.Floor_AfterOneLayerEdit));
        Row(report, "profile: ShapeGenerator cold run", Ms(ours), "");
        Row(report, "profile: ForAttributeWithMetadataName alone (no reading), cold run", Ms(floorCold), "");
        Row(report, "profile: ForAttributeWithMetadataName alone, incremental run after a one-layer edit", Ms(floorIncremental), "");
        Row(report, "profile: binding the 20,000 layer attributes on a fresh compilation", Ms(Mean(summaries, nameof(GeneratorProfileBenchmarks.BindLayerAttributes))), "");
        Row(report, "profile: NetworkReader.Read of the 1,000 networks on a fresh compilation (layers from syntax, [Network] bound)", Ms(Mean(summaries, nameof(CoreBenchmarks.Read_All))), "");
        Row(report, "profile: NetworkReader.ReadBound of the 1,000 networks, attributes already bound (the analyzer's reading)", Ms(Mean(summaries, nameof(CoreBenchmarks.ReadBound_All))), "");
        Row(report, "profile: NetworkAnalyzer.Analyze of the 1,000 networks", Ms(chains + residual), "");
        Row(report, "(c) floor: ForAttributeWithMetadataName alone, incremental / ShapeGenerator cold", Percent(floorIncremental, ours), "");
        double? outputsIncremental = Mean(summaries, nameof(GeneratorProfileBenchmarks.CachedOutputs_AfterOneLayerEdit));
        Row(report, "profile: the driver alone with our 1,000 files (syntax-keyed pipeline), incremental run after a one-layer edit", Ms(outputsIncremental), "");
        Row(report, "(c) floor of one file per network: that run / ShapeGenerator cold", Percent(outputsIncremental, ours), "");
        Row(report, "(d) allocated by one cold ShapeGenerator run", Bytes(Allocated(summaries, nameof(GeneratorBenchmarks.ShapeGenerator_Cold))), "");
        Row(report, "(d) allocated by one incremental ShapeGenerator run", Bytes(Allocated(summaries, nameof(GeneratorBenchmarks.ShapeGenerator_AfterOneLayerEdit))), "");
        Row(report, "(d) allocated by one cold LibraryImportGenerator run", Bytes(Allocated(summaries, nameof(GeneratorBenchmarks.LibraryImportGenerator_Cold))), "");

        if (telemetry)
            Telemetry(report, plain, runs, csc);

        string text = report.ToString();
        Console.WriteLine();
        Console.WriteLine(text);
        string directory = Path.Combine("BenchmarkDotNet.Artifacts", "results");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "ratios.md"), text);
        Console.WriteLine("Written to " + Path.GetFullPath(Path.Combine(directory, "ratios.md")));
        return 0;
    }

    /// <summary>
    /// (c) The analyzers' execution time as the compiler measures it (logAnalyzerExecutionTime), over N runs after 2 warm-ups,
    /// each on a new compilation of the 1,000 networks with our generated files; and the generator's own timing info.
    /// </summary>
    private static void Telemetry(StringBuilder report, double? plainEmitNs, int runs, bool csc)
    {
        const int warmups = 2;
        var project = new NetworkProject();
        GeneratorDriver driver = Compilations.Driver(new ShapeGenerator().AsSourceGenerator());
        // (a) paired: BuildBenchmarks' two builds timed back to back, in alternating order, so that the drift of a shared
        // machine, which BenchmarkDotNet's one-benchmark-after-the-other runs take in, cancels out.
        var builds = new BuildBenchmarks();
        builds.Setup();
        var execution = new List<TimeSpan>();
        var bindingExecution = new List<TimeSpan>();
        List<TimeSpan> timedWall = [], timedTelemetry = [], measuredProcessor = [], slowWall = [], collectedWall = [];
        List<long> slowCalls = [], collectedCalls = [];
        MeasuredAnalyzer? lastMeasured = null;
        var generatorCold = new List<TimeSpan>();
        var generatorIncremental = new List<TimeSpan>();
        var generatorIncrementalWithState = new List<TimeSpan>();
        var emit = new List<TimeSpan>();
        var pairedRatios = new List<double>();
        var coldPauses = new List<TimeSpan>();
        var analyzerAllocations = new List<long>();
        var coldCollections = new List<int>();
        AnalyzerTelemetryInfo? last = null, lastEdited = null;
        var editedExecution = new List<TimeSpan>();
        int diagnostics = 0, editedDiagnostics = 0;
        for (int run = 0; run < warmups + runs; run++)
        {
            Compilation compilation = Compilations.Create(project.Trees);
            // The collections a cold run causes: each has the compilation's live heap around it, so allocation costs twice.
            TimeSpan pausedBefore = GC.GetTotalPauseDuration();
            int collectionsBefore = GC.CollectionCount(0);
            GeneratorDriver ran = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
            TimeSpan cold = ran.GetTimingInfo().ElapsedTime;
            TimeSpan paused = GC.GetTotalPauseDuration() - pausedBefore;
            int collections = GC.CollectionCount(0) - collectionsBefore;
            SyntaxTree editedTree = project.EditedAfter();
            TimeSpan incremental = ran.RunGeneratorsAndUpdateCompilation(compilation.ReplaceSyntaxTree(project.EditedBefore, editedTree), out Compilation edited, out _)
                .GetTimingInfo().ElapsedTime;
            // The same edit once the compilation's declaration state is made: GeneratorBenchmarks.ShapeGenerator_AfterOneLayerEdit_StateMade says why.
            _ = compilation.SyntaxTrees;
            TimeSpan incrementalWithState = ran.RunGenerators(compilation.ReplaceSyntaxTree(project.EditedBefore, project.EditedAfter())).GetTimingInfo().ElapsedTime;

            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            CompilationWithAnalyzers withAnalyzers = output.WithAnalyzers(Compilations.Analyzers, Compilations.AnalyzerOptions(logExecutionTime: true));
            diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
            long allocatedOurs = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            last = withAnalyzers.GetAnalyzerTelemetryInfoAsync(Compilations.Analyzers[0], default).GetAwaiter().GetResult();
            // The analyzers' re-run after that edit, as an IDE runs it: the edited file only (AnalyzerBenchmarks).
            (ImmutableArray<Diagnostic> editedFound, CompilationWithAnalyzers editedPass) = AnalyzerBenchmarks.EditedFilePass(edited, editedTree, logExecutionTime: true);
            editedDiagnostics = editedFound.Length;
            lastEdited = editedPass.GetAnalyzerTelemetryInfoAsync(Compilations.Analyzers[0], default).GetAwaiter().GetResult();
            // The same pass with an analyzer of our shape that does nothing, on a compilation made the same way (a generator run's
            // output: the driver allocates some 200 MB more on one than on a compilation created from the same trees, whichever
            // the analyzer): what our analyzer allocates beyond the driver's own work. Allocation, unlike time, does not move with the host.
            driver.RunGeneratorsAndUpdateCompilation(Compilations.Create(project.Trees), out Compilation sameKind, out _);
            allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            sameKind
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyTypeAnalyzer()), Compilations.AnalyzerOptions(logExecutionTime: true))
                .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            long allocatedEmpty = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            // And with an analyzer that only binds the networks' attributes, the compiler's work that the telemetry charges to
            // whichever analyzer asks first (BindingAnalyzer; each pass clones the compilation, so each binds anew).
            TimeSpan binding = ExecutionTime(sameKind, new BindingAnalyzer());
            // And ours twice more: its callbacks' wall time split by what happened during them, then their threads' processor time,
            // in a pass of its own (reading a thread's clock is a system call, which lets the scheduler switch threads).
            var timed = new MeasuredAnalyzer(new Analysis.NetworkShapeAnalyzer(), processorTime: false);
            TimeSpan timedExecution = ExecutionTime(sameKind, timed);
            var measured = new MeasuredAnalyzer(new Analysis.NetworkShapeAnalyzer(), processorTime: true);
            sameKind.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(measured), Compilations.AnalyzerOptions(logExecutionTime: false))
                .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

            TimeSpan plainBuild, generatorBuild;
            if (run % 2 == 0)
            {
                plainBuild = Time(() => builds.Emit_PlainSource());
                generatorBuild = Time(() => builds.Emit_WithGenerator());
            }
            else
            {
                generatorBuild = Time(() => builds.Emit_WithGenerator());
                plainBuild = Time(() => builds.Emit_PlainSource());
            }
            if (run < warmups)
                continue;
            execution.Add(last.ExecutionTime);
            bindingExecution.Add(binding);
            timedWall.Add(timed.Wall);
            timedTelemetry.Add(timedExecution);
            slowCalls.Add(timed.SlowWithoutCollection.Calls);
            slowWall.Add(timed.SlowWithoutCollection.Wall);
            collectedCalls.Add(timed.WithCollection.Calls);
            collectedWall.Add(timed.WithCollection.Wall);
            measuredProcessor.Add(measured.Processor ?? TimeSpan.Zero);
            lastMeasured = measured;
            editedExecution.Add(lastEdited.ExecutionTime);
            analyzerAllocations.Add(allocatedOurs - allocatedEmpty);
            generatorCold.Add(cold);
            generatorIncremental.Add(incremental);
            generatorIncrementalWithState.Add(incrementalWithState);
            coldPauses.Add(paused);
            coldCollections.Add(collections);
            emit.Add(plainBuild);
            pairedRatios.Add((double)generatorBuild.Ticks / plainBuild.Ticks);
        }

        double analyzerNs = Median(execution).Ticks * 100.0;
        double compileNs = plainEmitNs ?? Median(emit).Ticks * 100.0;    // BenchmarkDotNet's figure where it ran, else the paired one
        report.AppendLine().AppendLine("## Compiler telemetry (median of " + runs + " runs after " + warmups + " warm-ups)").AppendLine();
        report.AppendLine("| figure | value | target |").AppendLine("|---|---|---|");
        Row(report, "(c) NetworkShapeAnalyzer execution time (logAnalyzerExecutionTime)", Ms(analyzerNs), "");
        Row(report, "(c) analyzer execution time / plain emit" + (plainEmitNs is null ? " (emit timed here)" : ""), Percent(analyzerNs, compileNs), "≤ 5%");
        double bindingNs = Median(bindingExecution).Ticks * 100.0;
        Row(report, "(c) execution time of an analyzer that only binds the networks' attributes (BindingAnalyzer): how much of ours is binding the compilation would do anyway",
            Ms(bindingNs) + " = " + Percent(bindingNs, compileNs), "");
        Row(report, "(c) NetworkShapeAnalyzer's callbacks timed in another pass (MeasuredAnalyzer, " + lastMeasured?.Calls.ToString(Invariant)
            + " calls): wall time; that pass's telemetry", Ms(Median(timedWall).Ticks * 100.0) + "; " + Ms(Median(timedTelemetry).Ticks * 100.0), "");
        Row(report, "(c) of that wall time, callbacks during which a collection ran (median count, median time)",
            Median(collectedCalls).ToString(Invariant) + ", " + Ms(Median(collectedWall).Ticks * 100.0), "");
        Row(report, "(c) and callbacks of over 1 ms without a collection, most likely waiting for a core (median count, median time)",
            Median(slowCalls).ToString(Invariant) + ", " + Ms(Median(slowWall).Ticks * 100.0), "");
        double processorNs = Median(measuredProcessor).Ticks * 100.0;
        Row(report, "(c) their threads' processor time, in a third pass: the work our code did", lastMeasured?.Processor is not null ? Ms(processorNs) + " = " + Percent(processorNs, compileNs) : "", "≤ 5%");
        Row(report, "(c) allocated by the analyzer pass (GetAnalyzerDiagnosticsAsync) with NetworkShapeAnalyzer, minus with an empty analyzer of its shape (median)",
            Bytes(Median(analyzerAllocations)), "");
        Row(report, "symbol actions our analyzer registers (telemetry counts registrations, not calls)", last is null ? "" : last.SymbolActionsCount.ToString(Invariant), "");
        Row(report, "analyzer diagnostics reported", diagnostics.ToString(Invariant), "0 (the networks are valid)");
        double editedNs = Median(editedExecution).Ticks * 100.0;
        Row(report, "(c) NetworkShapeAnalyzer execution time re-analyzing the edited file after a one-layer edit, as an IDE does", Ms(editedNs), "");
        Row(report, "(c) analyzers: that incremental re-run / the cold run (execution times)", Percent(editedNs, analyzerNs), "≤ 1%");
        Row(report, "analyzer diagnostics reported in that re-run", editedDiagnostics.ToString(Invariant), "0 (the edited network is valid)");
        Row(report, "generator timing info, cold run", Ms(Median(generatorCold).Ticks * 100.0), "");
        Row(report, "generator timing info, incremental run after a one-layer edit", Ms(Median(generatorIncremental).Ticks * 100.0), "");
        Row(report, "generator timing info, incremental / cold", Percent(Median(generatorIncremental).Ticks, Median(generatorCold).Ticks), "≤ 1%");
        Row(report, "generator timing info, the same edit with the compilation's declaration state already made (as when another generator asked for the trees first), and its share of the cold run",
            Ms(Median(generatorIncrementalWithState).Ticks * 100.0) + " = " + Percent(Median(generatorIncrementalWithState).Ticks, Median(generatorCold).Ticks), "");
        Row(report, "garbage collection pauses during a cold generator run (median), and collections", Ms(Median(coldPauses).Ticks * 100.0)
            + ", " + Median(coldCollections).ToString(Invariant) + " collections", "");
        Row(report, "(a) paired: generator + emit / plain emit, timed back to back (median of " + runs + "; lowest, highest)",
            Spread(pairedRatios), "≤ 1.05");

        foreach ((bool server, bool sdkAnalyzers) in csc ? new[] { (true, false), (false, false), (true, true) } : [])
            Csc(report, project, runs, server, sdkAnalyzers);
    }

    /// <summary>One analyzer pass over the compilation with the telemetry on: the analyzer's execution time by it.</summary>
    private static TimeSpan ExecutionTime(Compilation compilation, DiagnosticAnalyzer analyzer)
    {
        CompilationWithAnalyzers pass = compilation.WithAnalyzers(ImmutableArray.Create(analyzer), Compilations.AnalyzerOptions(logExecutionTime: true));
        pass.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return pass.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult().ExecutionTime;
    }

    /// <summary>(a) and (c) by the SDK's own compiler: <see cref="CscBuilds"/>.</summary>
    private static void Csc(StringBuilder report, NetworkProject project, int runs, bool server, bool sdkAnalyzers)
    {
        CscBuilds.Pairs csc = CscBuilds.Run(project, runs, server, sdkAnalyzers);
        string others = sdkAnalyzers ? "the SDK's default analyzers" : "no analyzer";
        double plainNs = Median(csc.Plain.Select(b => b.Elapsed).ToList()).Ticks * 100.0;
        double analyzerNs = Median(csc.Ours.Select(b => b.AnalyzerSeconds).ToList()) * 1e9;
        report.AppendLine().AppendLine("## The SDK's csc, " + (server ? "through a compiler server as dotnet build runs it" : "a new process per build")
            + (sdkAnalyzers ? ", both builds with the SDK's default analyzers" : "") + " (median of " + runs + " pairs after two warm-ups)").AppendLine();
        report.AppendLine("| figure | value | target |").AppendLine("|---|---|---|");
        Row(report, "(a) csc with our package (generator and analyzers) and " + others + " / csc of the sources and our generated files as plain source with " + others + " (lowest, highest)",
            Spread(csc.Ratios), "≤ 1.05");
        Row(report, "csc, plain build", Ms(plainNs), "");
        Row(report, "csc, build with our package", Ms(Median(csc.Ours.Select(b => b.Elapsed).ToList()).Ticks * 100.0), "");
        Row(report, "(c) csc /reportanalyzer: our analyzer's execution time", Ms(analyzerNs), "");
        Row(report, "(c) csc /reportanalyzer: our analyzer's execution time / plain build", Percent(analyzerNs, plainNs), "≤ 5%");
        Row(report, "csc /reportanalyzer: our generator's execution time", Ms(Median(csc.Ours.Select(b => b.GeneratorSeconds).ToList()) * 1e9), "");
    }

    private static TimeSpan Time(Action build)
    {
        var watch = Stopwatch.StartNew();
        build();
        return watch.Elapsed;
    }

    private static double? Mean(IEnumerable<Summary> summaries, string method) =>
        Find(summaries, method)?.ResultStatistics?.Mean;

    private static long? Allocated(IEnumerable<Summary> summaries, string method) =>
        Find(summaries, method) is { } report ? report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) : null;

    private static BenchmarkReport? Find(IEnumerable<Summary> summaries, string method) =>
        summaries.SelectMany(s => s.Reports).FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method);

    private static T Median<T>(List<T> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);

    /// <summary>"1.061 (0.964, 1.204)": the median ratio, then the lowest and the highest.</summary>
    private static string Spread(List<double> ratios) =>
        Median(ratios).ToString("0.000", Invariant) + " (" + ratios.Min().ToString("0.000", Invariant) + ", " + ratios.Max().ToString("0.000", Invariant) + ")";

    private static void Row(StringBuilder report, string figure, string value, string target) =>
        report.Append("| ").Append(figure).Append(" | ").Append(value.Length == 0 ? "not measured" : value).Append(" | ").Append(target).AppendLine(" |");

    private static string Ratio(double? a, double? b) => a is { } x && b is { } y && y > 0 ? (x / y).ToString("0.000", Invariant) : "";

    private static string Percent(double? a, double? b) => a is { } x && b is { } y && y > 0 ? (100 * x / y).ToString("0.00", Invariant) + " %" : "";

    private static string Per(double? ns, int count) => ns is { } x ? (x / count / 1000).ToString("0.0", Invariant) + " µs" : "";

    private static string Ms(double? ns) => ns is { } x ? (x / 1e6).ToString("0.0", Invariant) + " ms" : "";

    private static string Bytes(long? bytes) => bytes is { } b ? (b / 1024.0 / 1024.0).ToString("0.0", Invariant) + " MB" : "";
}
