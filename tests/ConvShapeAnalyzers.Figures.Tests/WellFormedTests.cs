using System.Globalization;
using System.Linq;
using System.Threading;
using ConvShapeAnalyzers.Figures;
using Xunit;

namespace ConvShapeAnalyzers.Figures.Tests
{
    /// <summary>Every kind of figure is well-formed XML, the same bytes every time, and independent of the current culture.</summary>
    public sealed class WellFormedTests
    {
        public static TheoryData<string, FigureRequest> Requests => new TheoryData<string, FigureRequest>
        {
            { "conv 1-D", Request(FigureLayer.Convolution, FigureAxis.Symmetric(7, 3, 2, 1)) },
            { "conv 2-D", Request(FigureLayer.Convolution, FigureAxis.Symmetric(5, 3, 2, 1), FigureAxis.Symmetric(6, 2, 1, 0)) },
            { "max pool ceil 1-D", Request(FigureLayer.MaxPool, FigureAxis.Symmetric(5, 2, 2)) with { CeilMode = true } },
            { "avg pool 2-D", Request(FigureLayer.AvgPool, FigureAxis.Symmetric(6, 2, 2), FigureAxis.Symmetric(6, 2, 2)) },
            { "transposed 1-D", Request(FigureLayer.Transposed, FigureAxis.Symmetric(3, 3, 2, 1, outputPadding: 1)) },
            { "transposed 2-D", Request(FigureLayer.Transposed, FigureAxis.Symmetric(2, 3, 2), FigureAxis.Symmetric(3, 3, 2, 1, outputPadding: 1)) },
            { "dilated 2-D", Request(FigureLayer.Convolution, FigureAxis.Symmetric(7, 3, dilation: 2), FigureAxis.Symmetric(7, 3, dilation: 2)) },
            { "input smaller than kernel", Request(FigureLayer.Convolution, FigureAxis.Symmetric(4, 5), FigureAxis.Symmetric(4, 5)) },
            { "title with markup", Request(FigureLayer.Convolution, FigureAxis.Symmetric(4, 3)) with { Title = "a < b & \"c\" > 'd'" } },
        };

        [Theory]
        [MemberData(nameof(Requests))]
        public void Figure_AnyLayer_IsWellFormedXml(string name, FigureRequest request)
        {
            foreach (bool animate in new[] { false, true })
            {
                string svg = FigureRenderer.Render(request with { Animate = animate });

                var document = Svg.Parse(svg).Document;
                Assert.True(document.Root!.Name.LocalName == "svg", name);
                Assert.Equal("http://www.w3.org/2000/svg", document.Root.Name.NamespaceName);
            }
        }

        [Theory]
        [MemberData(nameof(Requests))]
        public void Figure_RenderedTwice_GivesTheSameBytesWithNewlineEndings(string name, FigureRequest request)
        {
            string first = FigureRenderer.Render(request with { Animate = true });
            string second = FigureRenderer.Render(request with { Animate = true });

            Assert.Equal(first, second);
            Assert.DoesNotContain("\r", first);
            Assert.EndsWith("</svg>\n", first, System.StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(name));
        }

        [Fact]
        public void Figure_UnderACommaDecimalCulture_IsUnchanged()
        {
            FigureRequest request = Request(FigureLayer.Convolution, FigureAxis.Symmetric(5, 3, 2, 1), FigureAxis.Symmetric(5, 3, 2, 1)) with { Animate = true };
            string invariant = FigureRenderer.Render(request);
            CultureInfo previous = CultureInfo.CurrentCulture;
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            comma.NumberFormat.NegativeSign = "~";
            try
            {
                Thread.CurrentThread.CurrentCulture = comma;
                Assert.Equal(invariant, FigureRenderer.Render(request));
            }
            finally
            {
                Thread.CurrentThread.CurrentCulture = previous;
            }
        }

        [Fact]
        public void Figure_TitleWithMarkup_IsEscapedAndReadBack()
        {
            const string title = "a < b & \"c\" > 'd'";
            Svg svg = Svg.Parse(FigureRenderer.Render(Request(FigureLayer.Convolution, FigureAxis.Symmetric(4, 3)) with { Title = title }));

            Assert.Equal(title, svg.Document.Root!.Elements().First(e => e.Name.LocalName == "title").Value);
        }

        [Fact]
        public void Caption_Convolution_CarriesTheCoresFormula()
        {
            // Guide figure 2.6: o = ⌊(5 + 2·1 − 3)/2⌋ + 1 = 3, Relationship 6.
            Svg svg = Svg.Parse(FigureRenderer.Render(Request(FigureLayer.Convolution, FigureAxis.Symmetric(5, 3, 2, 1), FigureAxis.Symmetric(5, 3, 2, 1))));

            Assert.Contains(svg.WithClass("caption").Single().Elements(), e => e.Value == "Height and Width: o = ⌊(5 + 2·1 − 3)/2⌋ + 1 = 3 (Relationship 6)");
        }

        private static FigureRequest Request(FigureLayer layer, params FigureAxis[] axes) => new FigureRequest(layer, axes);
    }
}
