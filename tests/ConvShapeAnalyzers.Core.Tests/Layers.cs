using System.Linq;
using ConvShapeAnalyzers.Core;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>Short ways to declare layers and networks in tests, with PyTorch's defaults.</summary>
    internal static class Layers
    {
        public static LayerSpec Conv1d(string name, long inChannels, long outChannels, long kernel, long stride = 1, long padding = 0, long dilation = 1, long groups = 1) =>
            Conv(1, name, inChannels, outChannels, kernel, stride, padding, dilation, groups);

        public static LayerSpec Conv2d(string name, long inChannels, long outChannels, long kernel, long stride = 1, long padding = 0, long dilation = 1, long groups = 1) =>
            Conv(2, name, inChannels, outChannels, kernel, stride, padding, dilation, groups);

        public static LayerSpec Conv3d(string name, long inChannels, long outChannels, long kernel, long stride = 1, long padding = 0, long dilation = 1, long groups = 1) =>
            Conv(3, name, inChannels, outChannels, kernel, stride, padding, dilation, groups);

        private static LayerSpec Conv(int rank, string name, long inChannels, long outChannels, long kernel, long stride, long padding, long dilation, long groups) =>
            new LayerSpec(name, LayerKind.Conv, rank)
            {
                InChannels = inChannels,
                OutChannels = outChannels,
                Kernel = SizeArg.Of(kernel),
                Stride = SizeArg.Of(stride),
                Padding = SizeArg.Of(padding),
                Dilation = SizeArg.Of(dilation),
                Groups = groups,
            };

        public static LayerSpec ConvTranspose2d(string name, long inChannels, long outChannels, long kernel, long stride = 1, long padding = 0, long outputPadding = 0, long groups = 1) =>
            new LayerSpec(name, LayerKind.ConvTranspose, 2)
            {
                InChannels = inChannels,
                OutChannels = outChannels,
                Kernel = SizeArg.Of(kernel),
                Stride = SizeArg.Of(stride),
                Padding = SizeArg.Of(padding),
                OutputPadding = SizeArg.Of(outputPadding),
                Groups = groups,
            };

        public static LayerSpec MaxPool1d(string name, long kernel, long stride, long padding = 0, long dilation = 1) =>
            new LayerSpec(name, LayerKind.MaxPool, 1)
            {
                Kernel = SizeArg.Of(kernel),
                Stride = SizeArg.Of(stride),
                Padding = SizeArg.Of(padding),
                Dilation = SizeArg.Of(dilation),
            };

        /// <summary>ConvTranspose1d with one channel in and out: for tests of its sizes alone.</summary>
        public static LayerSpec ConvTranspose1d(string name, long kernel, long stride = 1, long padding = 0, long dilation = 1) =>
            new LayerSpec(name, LayerKind.ConvTranspose, 1)
            {
                InChannels = 1,
                OutChannels = 1,
                Kernel = SizeArg.Of(kernel),
                Stride = SizeArg.Of(stride),
                Padding = SizeArg.Of(padding),
                Dilation = SizeArg.Of(dilation),
            };

        /// <summary>MaxPool2d(kernel): the stride defaults to the kernel, as in PyTorch.</summary>
        public static LayerSpec MaxPool2d(string name, long kernel, long? stride = null, long padding = 0, bool ceilMode = false) =>
            new LayerSpec(name, LayerKind.MaxPool, 2)
            {
                Kernel = SizeArg.Of(kernel),
                Stride = stride is { } s ? SizeArg.Of(s) : null,
                Padding = SizeArg.Of(padding),
                CeilMode = ceilMode,
            };

        public static LayerSpec Flatten(string name) => new LayerSpec(name, LayerKind.Flatten, 0);

        public static LayerSpec Linear(string name, long inFeatures, long outFeatures) =>
            new LayerSpec(name, LayerKind.Linear, 0) { InChannels = inFeatures, OutChannels = outFeatures };

        public static LayerSpec Add(string name, params string[] sources) =>
            new LayerSpec(name, LayerKind.Add, 0) { Sources = new EquatableArray<string>(sources) };

        public static LayerSpec Concat(string name, params string[] sources) =>
            new LayerSpec(name, LayerKind.Concat, 0) { Sources = new EquatableArray<string>(sources) };
    }

    internal static class Net
    {
        public static NetworkSpec Of(TensorShape input, params LayerSpec[] layers) =>
            new NetworkSpec("TestNet", input, new EquatableArray<LayerSpec>(layers));

        public static NetworkReport Analyze(TensorShape input, params LayerSpec[] layers) => NetworkAnalyzer.Analyze(Of(input, layers));

        public static LayerReport Layer(this NetworkReport report, string name) => report.Layers.Single(l => l.Name == name);

        public static Finding[] FindingsOf(this NetworkReport report, Rule rule) => report.Findings.Where(f => f.Rule == rule).ToArray();

        public static Finding[] Errors(this NetworkReport report) => report.Findings.Where(f => f.Rule.IsError()).ToArray();

        /// <summary>Every finding as one line, for assertion messages.</summary>
        public static string Describe(this NetworkReport report) =>
            report.Findings.IsEmpty ? "(no findings)" : string.Join("\n", report.Findings.Select(f => f.Id + " @" + f.Layer + ": " + f.Message + (f.Fix is null ? "" : " [fix: " + f.Fix + "]")));
    }
}
