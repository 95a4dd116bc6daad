using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConvShapeAnalyzers.Core;
using Microsoft.CodeAnalysis;

namespace ConvShapeAnalyzers.Analysis
{
    /// <summary>Every diagnostic of the package, in one place; ids, severities and categories follow from the core's <see cref="Rule"/>.</summary>
    public static class Descriptors
    {
        public const string HelpLinkBase = "https://github.com/convshape/ConvShapeAnalyzers/blob/main/docs/rules/";

        private static readonly Dictionary<Rule, DiagnosticDescriptor> ByRule = new Dictionary<Rule, DiagnosticDescriptor>
        {
            [Rule.OutOfRange] = Create(Rule.OutOfRange, "Hyper-parameter out of range"),
            [Rule.OutputBelowOne] = Create(Rule.OutputBelowOne, "Output size below 1"),
            [Rule.GroupsDoNotDivide] = Create(Rule.GroupsDoNotDivide, "Groups do not divide the channels"),
            [Rule.OutputPaddingTooLarge] = Create(Rule.OutputPaddingTooLarge, "Output padding not smaller than stride or dilation"),
            [Rule.PoolPaddingTooLarge] = Create(Rule.PoolPaddingTooLarge, "Pooling padding greater than half the kernel"),
            [Rule.SameNeedsUnitStride] = Create(Rule.SameNeedsUnitStride, "Pad.Same with a stride other than 1"),
            [Rule.UnknownLayer] = Create(Rule.UnknownLayer, "Reference to no earlier layer"),
            [Rule.Overflow] = Create(Rule.Overflow, "Size or count overflows"),
            [Rule.InvalidDeclaration] = Create(Rule.InvalidDeclaration, "Invalid network declaration"),
            [Rule.ChannelMismatch] = Create(Rule.ChannelMismatch, "Input channels do not match"),
            [Rule.FeatureMismatch] = Create(Rule.FeatureMismatch, "Linear in_features do not match"),
            [Rule.AddMismatch] = Create(Rule.AddMismatch, "Add of different shapes"),
            [Rule.ConcatMismatch] = Create(Rule.ConcatMismatch, "Concat of different spatial sizes"),
            [Rule.WrongRank] = Create(Rule.WrongRank, "Layer of the wrong rank"),
            [Rule.StrideRemainder] = Create(Rule.StrideRemainder, "Stride remainder drops input"),
            [Rule.MirrorMismatch] = Create(Rule.MirrorMismatch, "Transposed convolution does not restore its mirror's input size"),
            [Rule.SizeDependentMismatch] = Create(Rule.SizeDependentMismatch, "Join fits only at some input sizes"),
            [Rule.OnnxCeilHazard] = Create(Rule.OnnxCeilHazard, "Ceil-mode pooling differs between PyTorch and ONNX"),
            [Rule.AsymmetricSamePadding] = Create(Rule.AsymmetricSamePadding, "Same padding is asymmetric"),
        };

        public static ImmutableArray<DiagnosticDescriptor> All { get; } = ByRule.Values.OrderBy(d => d.Id, System.StringComparer.Ordinal).ToImmutableArray();

        public static DiagnosticDescriptor For(Rule rule) => ByRule[rule];

        public static DiagnosticSeverity SeverityOf(Rule rule) =>
            rule.IsError() ? DiagnosticSeverity.Error : rule == Rule.AsymmetricSamePadding ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning;

        /// <summary>1xxx: hyper-parameters and declarations; 2xxx: the chain of layers; 3xxx: arithmetic that loses or mismatches data; 4xxx: portability.</summary>
        public static string CategoryOf(Rule rule) => ((int)rule / 1000) switch
        {
            1 => "ConvShape.Declaration",
            2 => "ConvShape.Chain",
            3 => "ConvShape.Arithmetic",
            _ => "ConvShape.Portability",
        };

        private static DiagnosticDescriptor Create(Rule rule, string title) =>
            new DiagnosticDescriptor(rule.Id(), title, "{0}", CategoryOf(rule), SeverityOf(rule), isEnabledByDefault: true,
                description: null, helpLinkUri: HelpLinkBase + rule.Id() + ".md");
    }
}
