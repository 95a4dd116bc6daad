namespace ConvShapeAnalyzers.Core
{
    /// <summary>Every rule the core can find broken; the number is the diagnostic id's (CSAnnnn).</summary>
    public enum Rule
    {
        OutOfRange = 1001,
        OutputBelowOne = 1002,
        GroupsDoNotDivide = 1003,
        OutputPaddingTooLarge = 1004,
        PoolPaddingTooLarge = 1005,
        SameNeedsUnitStride = 1006,
        UnknownLayer = 1007,
        Overflow = 1008,
        InvalidDeclaration = 1009,
        ChannelMismatch = 2001,
        FeatureMismatch = 2002,
        AddMismatch = 2003,
        ConcatMismatch = 2004,
        WrongRank = 2005,
        StrideRemainder = 3001,
        MirrorMismatch = 3002,
        SizeDependentMismatch = 3003,
        OnnxCeilHazard = 4001,
        AsymmetricSamePadding = 4002,
    }

    /// <summary>The declaration argument a finding points at, so a diagnostic can underline it.</summary>
    public enum Param
    {
        Layer,
        InChannels,
        OutChannels,
        Kernel,
        Stride,
        Padding,
        Dilation,
        Groups,
        OutputPadding,
        Size,
        ScaleFactor,
        From,
        Sources,
        Mirrors,
        NetworkInput,
        PaddingMode,
        Mode,
        AlignCorners,
        RecomputeScaleFactor,
        DivisorOverride,
        Factor,
    }

    public static class RuleInfo
    {
        public static string Id(this Rule rule) => "CSA" + ((int)rule).ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Errors are what PyTorch (or the stated convention) refuses; the rest are warnings or info.</summary>
        public static bool IsError(this Rule rule) => (int)rule < 3000;
    }

    /// <summary>A rule broken by a value: what a diagnostic renders. Fix, when set, is the C# expression that repairs it.</summary>
    public sealed record Refusal(Rule Rule, Param Param, string Message, string? Fix = null, int ArgIndex = -1);
}
