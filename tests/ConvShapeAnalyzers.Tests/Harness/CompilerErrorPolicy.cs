namespace ConvShapeAnalyzers.Tests.Harness;

/// <summary>Which compiler diagnostics fail a test. Generated code is held to a higher bar than test code:
/// users compile it with their own warnings-as-errors settings.</summary>
public enum CompilerErrorPolicy
{
    /// <summary>Any compiler error fails, and so does any compiler warning located in generated source.</summary>
    Fail,

    /// <summary>The test's own sources are meant to have errors; generated source must still be clean.</summary>
    AllowInTestSources,

    /// <summary>Nothing is checked.</summary>
    AllowAll,
}
