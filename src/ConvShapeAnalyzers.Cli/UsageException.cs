using System;

namespace ConvShapeAnalyzers.Cli
{
    /// <summary>Arguments that describe no valid layer; the message is the one line the user sees.</summary>
    public sealed class UsageException : Exception
    {
        public UsageException(string message)
            : base(message)
        {
        }
    }
}
