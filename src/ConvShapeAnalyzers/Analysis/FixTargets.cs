using ConvShapeAnalyzers.Core;

namespace ConvShapeAnalyzers.Analysis
{
    /// <summary>
    /// Where a code fix writes the finding's fix: a positional argument, a named property, or the type's modifiers. The analyzer puts both in the
    /// diagnostic's properties, so the code-fix assembly needs no knowledge of the rules.
    /// </summary>
    public static class FixTargets
    {
        public const string FixKey = "Fix";
        public const string TargetKey = "Target";
        /// <summary>The first positional argument: in_channels, num_features, in_features.</summary>
        public const string FirstArgument = "#0";
        /// <summary>The modifiers of the network type and the types containing it (CSA1009's fix writes <c>partial</c>).</summary>
        public const string TypeModifiers = "#modifiers";

        /// <summary>The argument a finding's fix rewrites, or null when its rule has no fix.</summary>
        public static string? For(Rule rule, Param param) => rule switch
        {
            Rule.ChannelMismatch or Rule.FeatureMismatch => FirstArgument,
            Rule.SameNeedsUnitStride or Rule.StrideRemainder => "Padding",
            Rule.MirrorMismatch => "OutputPadding",
            Rule.InvalidDeclaration => TypeModifiers,
            Rule.WrongRank when param == Param.Mode => "Mode",    // Upsample's interpolation for the input's rank
            _ => null,
        };
    }
}
