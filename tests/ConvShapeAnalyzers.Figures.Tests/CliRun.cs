using System.IO;
using ConvShapeAnalyzers.Cli;

namespace ConvShapeAnalyzers.Figures.Tests
{
    /// <summary>One in-process run of convshape: exit code and what it wrote to stdout and stderr.</summary>
    internal sealed record CliRun(int ExitCode, string Output, string Error)
    {
        public static CliRun Of(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int exitCode = ConvShapeCli.Run(args, output, error);
            return new CliRun(exitCode, output.ToString(), error.ToString());
        }

        public static CliRun Of(string commandLine) => Of(commandLine.Split(' ', System.StringSplitOptions.RemoveEmptyEntries));
    }
}
