using ConvShapeAnalyzers.Core;
using Xunit.Sdk;

namespace ConvShapeAnalyzers.Core.Tests
{
    internal static class OutcomeAssertions
    {
        /// <summary>The outcome's value; a refusal fails the test with its message.</summary>
        public static T Ok<T>(this Outcome<T> outcome) where T : struct =>
            outcome.Value ?? throw new XunitException("expected a value, got the refusal: " + outcome);
    }
}
