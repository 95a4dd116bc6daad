using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using ConvShapeAnalyzers.Figures;

namespace ConvShapeAnalyzers.Cli
{
    /// <summary>
    /// The convshape commands. Run is the entry point (Main and the tests call it): bad input ends with one line on the
    /// error writer and exit code 1, never a stack trace.
    /// </summary>
    public static class ConvShapeCli
    {
        public const int Ok = 0;
        public const int Failed = 1;

        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            RootCommand root = Build(output);
            ParseResult parse = root.Parse(args);
            try
            {
                // --help and --version have no errors and print through the writers.
                if (parse.Errors.Count > 0)
                    return Fail(error, parse.Errors[0].Message);
                return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
            }
            catch (Exception e) when (e is UsageException or FigureException)
            {
                return Fail(error, e.Message);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                // Writing --out or the figures folder: a path that cannot be written.
                return Fail(error, "cannot write the file: " + e.Message);
            }
        }

        private static int Fail(TextWriter error, string message)
        {
            error.Write("convshape: " + message.Replace("\r", " ").Replace("\n", " ") + "\n");
            return Failed;
        }

        private static RootCommand Build(TextWriter output)
        {
            var root = new RootCommand("Convolution shape arithmetic (Dumoulin & Visin's guide): explain a layer's output size, or draw it as an SVG.");

            var explainOptions = new LayerOptions();
            var explain = new Command("explain", "Print the output size, the formula with the numbers in, the guide's relationship, the stride remainder and the mirror's output padding.");
            explainOptions.AddTo(explain);
            explain.SetAction(parse =>
            {
                output.Write(Explanation.Of(explainOptions.Read(parse)));
                return Ok;
            });
            root.Subcommands.Add(explain);

            var drawOptions = new LayerOptions();
            var outFile = new Option<string>("--out") { Description = "The SVG file to write", Required = true };
            var animate = new Option<bool>("--animate") { Description = "One frame per kernel placement (SMIL animation)" };
            var position = new Option<string>("--position") { Description = "The kernel placement to shade, counted row by row from 0 (default 0)" };
            var draw = new Command("draw", "Write an SVG figure of the layer in the style of the guide.");
            drawOptions.AddTo(draw);
            draw.Options.Add(outFile);
            draw.Options.Add(animate);
            draw.Options.Add(position);
            draw.SetAction(parse =>
            {
                LayerSpec spec = drawOptions.Read(parse);
                long shown = parse.GetValue(position) is { } text ? Numbers.Parse("--position", text) : 0;
                string svg = FigureRenderer.Render(new FigureRequest(spec.Layer, spec.Axes, spec.CeilMode, shown, parse.GetValue(animate)));
                string path = parse.GetValue(outFile)!;
                File.WriteAllText(path, svg, new UTF8Encoding(false));
                output.Write("wrote " + path + ": " + Explanation.Summary(spec, spec.Axes.Select(a => Explanation.Result(spec, a)).ToList()) + "\n");
                return Ok;
            });
            root.Subcommands.Add(draw);

            // Regenerates docs/figures (docs/figures/README.md); hidden from help, it is for the repository.
            var directory = new Argument<string>("directory") { Description = "Where to write the figures" };
            var figures = new Command("figures", "Write every figure of docs/figures.") { Hidden = true };
            figures.Arguments.Add(directory);
            figures.SetAction(parse =>
            {
                string folder = parse.GetValue(directory)!;
                Directory.CreateDirectory(folder);
                foreach (NamedFigure figure in FigureCatalog.All)
                    File.WriteAllText(Path.Combine(folder, figure.FileName), figure.Render(), new UTF8Encoding(false));
                output.Write("wrote " + Numbers.Text(FigureCatalog.All.Count) + " figures to " + folder + "\n");
                return Ok;
            });
            root.Subcommands.Add(figures);
            return root;
        }
    }
}
