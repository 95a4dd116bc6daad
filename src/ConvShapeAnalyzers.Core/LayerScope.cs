using System.Collections.Generic;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>
    /// Collects one layer's findings, each message prefixed with the layer's name. One scope serves every layer of an
    /// analysis (<see cref="Start"/>), as one <see cref="LayerResult"/> does: a scope per layer was garbage in every analysis.
    /// </summary>
    internal sealed class LayerScope
    {
        private readonly List<Finding> findings;

        public LayerScope(List<Finding> findings, bool describe)
        {
            this.findings = findings;
            Describe = describe;
            Spec = null!;    // set by Start before any rule sees the scope
        }

        /// <summary>Begins the layer at <paramref name="index"/>, with no error reported yet.</summary>
        public void Start(int index, LayerSpec spec)
        {
            Index = index;
            Spec = spec;
            HasError = false;
        }

        public int Index { get; private set; }

        /// <summary>Whether the rules write the layer's description (the analysis was asked for descriptions).</summary>
        public bool Describe { get; }

        public LayerSpec Spec { get; private set; }

        public string Module => Axes.ModuleName(Spec.Kind, Spec.Rank);

        public bool HasError { get; private set; }

        public void Report(Rule rule, Param param, string message, string? fix = null, int argIndex = -1)
        {
            HasError |= rule.IsError();
            findings.Add(new Finding(Index, rule, param, argIndex, Spec.Name + ": " + message, fix));
        }

        public void Report(Refusal refusal, string? axis = null) =>
            Report(refusal.Rule, refusal.Param, (axis is null ? "" : axis + ": ") + refusal.Message, refusal.Fix, refusal.ArgIndex);
    }
}
