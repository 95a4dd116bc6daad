using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Xunit;
using Xunit.Abstractions;

namespace ConvShapeAnalyzers.Tests.Reliability;

/// <summary>
/// FsCheck property over random adversarial networks: no exception anywhere, no error in generated code, and every
/// layer left without constants is explained by an error. Each test case is one compilation of 20 network files, so
/// the default 500 cases check 10,000 networks. CONVSHAPE_FUZZ_CASES=50000 checks 1,000,000 (docs/reliability.md).
/// </summary>
public class RandomNetworkPropertyTests(ITestOutputHelper output)
{
    private const int NetworksPerCase = 20;

    [Fact]
    public void RandomAdversarialNetworks_NeverCrashNeverBreakTheBuildNeverDropSilently()
    {
        int cases = int.TryParse(Environment.GetEnvironmentVariable("CONVSHAPE_FUZZ_CASES"), out int requested) ? requested : 500;
        Gen<string[]> compilation = Gen.CollectToArray(Enumerable.Range(0, NetworksPerCase).Select(AdversarialNetworks.File));
        int checkedCases = 0;
        Property property = Prop.ForAll(compilation.ToArbitrary(), files =>
        {
            var failures = RobustnessCheck.Failures(files);
            System.Threading.Interlocked.Increment(ref checkedCases);
            return failures.Count == 0 ? true : throw new Xunit.Sdk.XunitException(string.Join("\n\n", failures.Take(3)));
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(cases), property);
        output.WriteLine($"{checkedCases} compilations, {checkedCases * NetworksPerCase} random networks checked");
        Assert.True(checkedCases >= cases);
    }
}
