using System.Collections.Generic;

namespace ConvShapeAnalyzers.Core
{
    /// <summary>Collects one layer's findings, each message prefixed with the layer's name.</summary>
    internal sealed class LayerScope
    {
        private readonly List<Finding> findings;

        public LayerScope(int index, LayerSpec spec, List<Finding> findings, bool describe)
        {
            Index = index;
            Spec = spec;
            this.findings = findings;
            Describe = describe;
        }

        public int Index { get; }

        /// <summary>Whether the rules write the layer's description (the analysis was asked for descriptions).</summary>
        public bool Describe { get; }

        public LayerSpec Spec { get; }

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
