using System;

namespace ConvShapeAnalyzers.Cli
{
    public static class Program
    {
        public static int Main(string[] args) => ConvShapeCli.Run(args, Console.Out, Console.Error);
    }
}
