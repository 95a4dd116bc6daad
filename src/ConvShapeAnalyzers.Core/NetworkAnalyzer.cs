using System.Collections.Generic;
using System.Linq;
using static ConvShapeAnalyzers.Core.Text;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>
    /// Runs a declared network through the layer rules in order: resolves branches, computes every shape, count and
    /// receptive field, and collects every finding. Shared by the generator (shapes) and the analyzers (findings).
    /// </summary>
    public static class NetworkAnalyzer
    {
        /// <summary>What <see cref="LayerReport.Sources"/> holds for the network input, and for a name that resolves to nothing.</summary>
        internal const int InputLayer = -1, Unresolved = -2;

        public static NetworkReport Analyze(NetworkSpec spec) => Analyze(spec, hints: true);

        /// <summary>
        /// Hints search other input sizes (the CSA2003/CSA2004 hints and CSA3003) and cost dozens of analyses; the generator,
        /// which needs shapes only, and the search itself run without them. Descriptions ("Conv2d(3→16, k=3, s=1, p=1)") are
        /// for the generated comments; without them <see cref="LayerReport.Description"/> is empty wherever it would have to be
        /// built (a fixed "Flatten" stays), which spares the analyzer and the search some ten strings per layer they never show.
        /// </summary>
        public static NetworkReport Analyze(NetworkSpec spec, bool hints, bool descriptions = true) => new Run(spec, hints, descriptions).Execute();

        private sealed class Run
        {
            private readonly NetworkSpec spec;
            private readonly List<Finding> findings = new List<Finding>();
            private readonly List<LayerReport> reports;
            private readonly Dictionary<string, int> byName;
            /// <summary>Per layer, the spatial shape a flat vector was flattened from (for "32 * 8 * 8" fixes).</summary>
            private readonly List<TensorShape?> flattenedFrom;
            /// <summary>The current layer's sources, refilled for each layer like <see cref="current"/>.</summary>
            private readonly List<(string Name, int Layer)> sources = new List<(string Name, int Layer)>();
            /// <summary>The current layer's result, reset for each: a result and its two lists per layer were a good part of the garbage.</summary>
            private readonly LayerResult current = new LayerResult();
            private readonly LayerScope scope;
            private TensorShape? input;
            private EquatableArray<ReceptiveField> inputField;
            private long[] inputStarts = new long[0];
            /// <summary>Per layer, <see cref="StartsOf"/> where its field is defined.</summary>
            private readonly List<long[]?> fieldStarts;

            private readonly bool hints, descriptions;

            public Run(NetworkSpec spec, bool hints, bool descriptions)
            {
                this.spec = spec;
                this.hints = hints;
                this.descriptions = descriptions;
                // Sized once: these lists grow by one entry per layer, and every analysis of a project makes them.
                byName = new Dictionary<string, int>(spec.Layers.Count, System.StringComparer.Ordinal);
                reports = new List<LayerReport>(spec.Layers.Count);
                flattenedFrom = new List<TensorShape?>(spec.Layers.Count);
                fieldStarts = new List<long[]?>(spec.Layers.Count);
                scope = new LayerScope(findings, descriptions);
            }

            public NetworkReport Execute()
            {
                foreach (Refusal problem in spec.Problems)
                    findings.Add(new Finding(-1, problem.Rule, problem.Param, problem.ArgIndex, problem.Message, problem.Fix));
                input = CheckInput(spec.Input);
                if (input is not null)
                {
                    inputField = input.Sizes.Select(_ => new ReceptiveField(1, 1)).ToEquatableArray();
                    inputStarts = new long[input.Rank];
                }
                for (int n = 0; n < spec.Layers.Count; n++)
                    reports.Add(Layer(n, spec.Layers[n]));
                if (hints && input is not null)
                    SizeHints();
                return new NetworkReport(spec.Name, spec.Input, reports.ToEquatableArray(), findings.ToEquatableArray());
            }

            /// <summary>Joins that break: name the input sizes that fit. Joins that fit: warn if they fit only at some sizes (CSA3003).</summary>
            private void SizeHints()
            {
                string? fitting = null;
                for (int n = 0; n < findings.Count; n++)
                    if (findings[n].Rule is Rule.AddMismatch or Rule.ConcatMismatch && !NoInputSizeFits(findings[n].Layer))
                        findings[n] = findings[n] with { Message = findings[n].Message + (fitting ??= InputSizeSearch.FittingSizes(spec)) };
                if (fitting is not null || findings.Any(f => f.Rule.IsError()) || !spec.Layers.Any(l => l.Kind is LayerKind.Add or LayerKind.Concat or LayerKind.CenterCrop))
                    return;
                // One finding per join, its axes in one message ("Height and Width: ..." where they agree).
                foreach (IGrouping<int, (int Layer, string Axis, string Message)> join in InputSizeSearch.SizeDependentJoins(spec, reports).GroupBy(j => j.Layer))
                    findings.Add(new Finding(join.Key, Rule.SizeDependentMismatch, Param.Layer, -1, spec.Layers[join.Key].Name + ": "
                        + JoinAxes(join.Select(j => (j.Axis, j.Message))) + ". A fully convolutional network run at another size would fail there; "
                        + "document the sizes it takes, or make the branches agree for every size", null));
            }

            /// <summary>
            /// A flat branch joined to a spatial one, or spatial branches of different channel counts added (channels do not
            /// depend on the input size): no input size makes those fit, so none is searched for.
            /// </summary>
            private bool NoInputSizeFits(int layer)
            {
                EquatableArray<int> sources = reports[layer].Sources;
                for (int n = 1; n < sources.Count; n++)
                    if (ShapeOf(sources[n]) is { } shape && ShapeOf(sources[0]) is { } first
                        && (shape.Rank != first.Rank || (reports[layer].Kind == LayerKind.Add && !first.IsFlat && shape.Channels != first.Channels)))
                        return true;
                return false;
            }

            private TensorShape? CheckInput(TensorShape declared)
            {
                string problem = declared.Rank is < 1 or > 3 ? "takes the channels, then 1 to 3 spatial sizes, but has " + Plural(declared.Rank, "spatial size")
                    : declared.Channels < 1 || declared.Sizes.Any(s => s < 1) ? "has a size below 1"
                    : "";
                if (problem.Length == 0)
                    return declared;
                // The argument to point at: the first value below 1 ([Network(channels, sizes...)] order), or none for a wrong count.
                int argument = declared.Rank is < 1 or > 3 ? -1 : declared.Channels < 1 ? 0 : 1 + declared.Sizes.ToList().FindIndex(s => s < 1);
                findings.Add(new Finding(-1, Rule.OutOfRange, Param.NetworkInput, argument, "the input " + declared + " of " + spec.Name + " " + problem
                    + "; declare it as [Network(channels, size, ...)] with every value at least 1", null));
                return null;
            }

            private LayerReport Layer(int index, LayerSpec layer)
            {
                scope.Start(index, layer);
                foreach (Refusal problem in layer.Problems)
                    scope.Report(problem);
                if (GeneratedNames.Collision(layer.Name) is { } collision)
                    scope.Report(Rule.InvalidDeclaration, Param.Layer, collision + "; rename the layer");
                else if (byName.ContainsKey(layer.Name))
                    scope.Report(Rule.InvalidDeclaration, Param.Layer, "another layer is already named '" + layer.Name + "'; rename one of them");

                Sources(scope, index);
                LayerResult result = current;
                result.Reset();
                // Loops rather than lambdas here and below: this runs for every layer, and each capturing lambda allocates.
                bool resolved = true, sourcesEmittable = true;
                var sourceLayers = new int[sources.Count];
                for (int n = 0; n < sources.Count; n++)
                {
                    int source = sources[n].Layer;
                    sourceLayers[n] = source;
                    resolved &= source != Unresolved;
                    sourcesEmittable &= source == InputLayer || (source >= 0 && reports[source].Emittable);
                }
                bool readable = !layer.Unreadable && layer.Problems.IsEmpty && resolved;
                TensorShape? first = readable && sources.Count > 0 ? ShapeOf(sources[0].Layer) : null;
                if (readable)
                    Apply(scope, first, result);

                bool emittable = !scope.HasError && result.Output is not null && sourcesEmittable;
                if (!byName.ContainsKey(layer.Name))
                    byName.Add(layer.Name, index);
                flattenedFrom.Add(layer.Kind == LayerKind.Flatten ? first : layer.Kind is LayerKind.Identity or LayerKind.BatchNorm or LayerKind.GroupNorm && sources.Count > 0 ? FlattenedFrom(sources[0].Layer) : null);
                return new LayerReport(index, layer.Name, layer.Kind, scope.Module, result.Description, first, result.Output, new EquatableArray<AxisReport>(result.Axes.ToArray()),
                    result.Parameters, result.MultiplyAdds, Field(result, sourceLayers), emittable) { Sources = new EquatableArray<int>(sourceLayers) };
            }

            private void Apply(LayerScope scope, TensorShape? first, LayerResult result)
            {
                LayerSpec layer = scope.Spec;
                switch (layer.Kind)
                {
                    case LayerKind.Conv:
                    case LayerKind.ConvTranspose:
                        ConvolutionRules.Apply(scope, first, result);
                        if (layer.Mirrors is not null)
                            MirrorRule.Check(scope, result, Mirrored(scope));
                        break;
                    case LayerKind.MaxPool:
                    case LayerKind.AvgPool:
                        PoolingRules.Apply(scope, first, result);
                        break;
                    case LayerKind.AdaptiveAvgPool:
                    case LayerKind.AdaptiveMaxPool:
                        ResizeRules.Adaptive(scope, first, result);
                        break;
                    case LayerKind.Upsample:
                        ResizeRules.Upsample(scope, first, result);
                        break;
                    case LayerKind.ZeroPad:
                    case LayerKind.ConstantPad:
                    case LayerKind.ReflectionPad:
                    case LayerKind.ReplicationPad:
                        ResizeRules.Pad(scope, first, result);
                        break;
                    case LayerKind.PixelShuffle:
                    case LayerKind.PixelUnshuffle:
                        ResizeRules.PixelShuffle(scope, first, result);
                        break;
                    case LayerKind.CenterCrop:
                        ResizeRules.CenterCrop(scope, first, ShapeOf(sources[1].Layer), sources[1].Name, result);
                        break;
                    case LayerKind.BatchNorm:
                    case LayerKind.InstanceNorm:
                        ChannelRules.BatchNorm(scope, first, result);
                        break;
                    case LayerKind.GroupNorm:
                        ChannelRules.GroupNorm(scope, first, result);
                        break;
                    case LayerKind.Flatten:
                        ChannelRules.Flatten(scope, first, result);
                        break;
                    case LayerKind.Linear:
                        ChannelRules.Linear(scope, first, result);
                        ProductFix(scope, sources[0].Layer);
                        break;
                    case LayerKind.Identity:
                        ChannelRules.Identity(first, result);
                        break;
                    case LayerKind.Add:
                        JoinRules.Add(scope, sources.Select(s => (s.Name, ShapeOf(s.Layer))).ToList(), result);
                        break;
                    case LayerKind.Concat:
                        JoinRules.Concat(scope, sources.Select(s => (s.Name, ShapeOf(s.Layer))).ToList(), result);
                        break;
                }
            }

            /// <summary>Fills <see cref="sources"/> with the layers a layer reads: its From (default: the one before), or the names given to Add, Concat and CenterCrop.</summary>
            private void Sources(LayerScope scope, int index)
            {
                LayerSpec layer = scope.Spec;
                sources.Clear();
                if (layer.Kind is not (LayerKind.Add or LayerKind.Concat))
                {
                    string from = layer.From ?? (index == 0 ? NetworkSpec.InputName : spec.Layers[index - 1].Name);
                    sources.Add((from, Resolve(scope, from, Param.From, -1, "From")));
                }
                else if (layer.Sources.Count < 2)
                {
                    scope.Report(Rule.OutOfRange, Param.Sources, scope.Module + " needs at least two layers to combine, but names " + Plural(layer.Sources.Count, "layer"));
                }
                if (layer.Kind == LayerKind.CenterCrop && layer.Sources.Count != 1)
                    scope.Report(Rule.OutOfRange, Param.Sources, "CenterCrop names one layer to crop to, but names " + Plural(layer.Sources.Count, "layer"));
                for (int n = 0; n < layer.Sources.Count; n++)
                    sources.Add((layer.Sources[n], Resolve(scope, layer.Sources[n], Param.Sources, n, scope.Module)));
                if (layer.Kind == LayerKind.CenterCrop && sources.Count < 2)
                    sources.Add(("", Unresolved));
            }

            private int Resolve(LayerScope scope, string name, Param param, int argIndex, string what)
            {
                if (name == NetworkSpec.InputName)
                    return input is null ? Unresolved : InputLayer;
                if (byName.TryGetValue(name, out int found))
                    return found;
                Unknown(scope, name, param, argIndex, what);
                return Unresolved;
            }

            /// <summary>CSA1007, apart from <see cref="Resolve"/> so that the lambda's closure is not allocated on every lookup.</summary>
            private void Unknown(LayerScope scope, string name, Param param, int argIndex, string what)
            {
                string why = name == scope.Spec.Name ? "the layer itself"
                    : spec.Layers.Skip(scope.Index + 1).Any(l => l.Name == name) ? "a later layer; only earlier layers may be read, so the network stays a chain of earlier results"
                    : "no layer of " + spec.Name;
                scope.Report(Rule.UnknownLayer, param, what + " names '" + name + "', which is " + why + ". Use nameof() of an earlier layer, or Network.Input", null, argIndex);
            }

            private TensorShape? ShapeOf(int layer) => layer == InputLayer ? input : layer == Unresolved ? null : reports[layer].Output;

            private TensorShape? FlattenedFrom(int layer) => layer >= 0 ? flattenedFrom[layer] : null;

            /// <summary>The convolution a transposed convolution mirrors, and the input it should restore.</summary>
            private (string Name, LayerSpec Spec, TensorShape? Input)? Mirrored(LayerScope scope)
            {
                string name = scope.Spec.Mirrors!;
                int found = Resolve(scope, name, Param.Mirrors, -1, "Mirrors");
                if (found < 0)
                    return null;
                if (spec.Layers[found].Kind != LayerKind.Conv)
                {
                    scope.Report(Rule.UnknownLayer, Param.Mirrors, "Mirrors names '" + name + "', a " + Axes.ModuleName(spec.Layers[found].Kind, spec.Layers[found].Rank)
                        + "; a transposed convolution mirrors a convolution. Name the Conv layer whose input size it restores");
                    return null;
                }
                return (name, spec.Layers[found], reports[found].Input);
            }

            /// <summary>CSA2002's fix writes "32 * 8 * 8" where the user wrote a product and the vector came from a Flatten.</summary>
            private void ProductFix(LayerScope scope, int source)
            {
                if (!scope.Spec.InFeaturesIsProduct || FlattenedFrom(source) is not { } shape || findings.Count == 0)
                    return;
                Finding last = findings[findings.Count - 1];
                if (last.Layer == scope.Index && last.Rule == Rule.FeatureMismatch)
                    findings[findings.Count - 1] = last with
                    {
                        Fix = ChannelRules.Product(shape),
                        Message = last.Message.Substring(0, last.Message.LastIndexOf(". Set inFeatures", System.StringComparison.Ordinal))
                            + ". Set inFeatures to " + ChannelRules.Product(shape) + " = " + N(Checked.Elements(shape)) + " (the flattened " + shape + ")",
                    };
            }

            /// <summary>
            /// Receptive field and jump per axis, r ← r + (k̂ − 1)·j, j ← j·s; empty where undefined. Each field is kept with the
            /// input position its first element's field starts at, so that branches join as the union of their spans: the
            /// largest where they line up, more where a padding or crop shifted one (PyTorch adds element m to element m).
            /// </summary>
            private EquatableArray<ReceptiveField> Field(LayerResult result, int[] sources)
            {
                fieldStarts.Add(null);
                if (result.Output is null || result.Field == FieldChange.Undefined || sources.Length == 0)
                    return EquatableArray<ReceptiveField>.Empty;
                EquatableArray<ReceptiveField> first = FieldOf(sources[0]);
                if (first.IsEmpty)
                    return EquatableArray<ReceptiveField>.Empty;
                // A layer that reads one source and passes its field through (batch norm, identity) keeps it: shared, never written.
                if (sources.Length == 1 && result.Field == FieldChange.PassThrough)
                {
                    fieldStarts[fieldStarts.Count - 1] = StartsOf(sources[0]);
                    return first;
                }
                for (int n = 1; n < sources.Length; n++)
                    if (FieldOf(sources[n]) is var other && (other.IsEmpty || other.Count != first.Count))
                        return EquatableArray<ReceptiveField>.Empty;
                var field = new ReceptiveField[first.Count];
                var starts = new long[first.Count];
                try
                {
                    checked
                    {
                        for (int a = 0; a < field.Length; a++)
                        {
                            long jump = first[a].Jump, start = StartsOf(sources[0])[a], end = start + first[a].Size - 1;
                            for (int n = 1; n < sources.Length; n++)
                            {
                                // Branches whose jumps differ are not aligned: their fields do not combine into one.
                                ReceptiveField other = FieldOf(sources[n])[a];
                                if (other.Jump != jump)
                                    return EquatableArray<ReceptiveField>.Empty;
                                long otherStart = StartsOf(sources[n])[a];
                                start = System.Math.Min(start, otherStart);
                                end = System.Math.Max(end, otherStart + other.Size - 1);
                            }
                            if (result.Field == FieldChange.Window && a < result.Windows.Count)
                            {
                                // Element m reads the elements m·s − before … m·s − before + k̂ − 1 of its input.
                                (long span, long stride, long before) = result.Windows[a];
                                start -= before * jump;
                                end += (span - 1 - before) * jump;
                                jump *= stride;
                            }
                            field[a] = new ReceptiveField(end - start + 1, jump);
                            starts[a] = start;
                        }
                    }
                }
                catch (System.OverflowException)
                {
                    return EquatableArray<ReceptiveField>.Empty;
                }
                fieldStarts[fieldStarts.Count - 1] = starts;
                return new EquatableArray<ReceptiveField>(field);
            }

            /// <summary>Per axis, the input position where the field of the layer's first element starts (0 for the input).</summary>
            private long[] StartsOf(int source) => source == InputLayer ? inputStarts : fieldStarts[source]!;

            private EquatableArray<ReceptiveField> FieldOf(int source) =>
                source == InputLayer ? inputField : source >= 0 ? reports[source].ReceptiveField : default;
        }
    }
}
