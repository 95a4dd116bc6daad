using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Sdk;
using static ConvShapeAnalyzers.Tests.Harness.ExpectedDiagnostic;

namespace ConvShapeAnalyzers.Tests.Harness;

/// <summary>Proves the harness catches what it claims to catch, using tiny dummy components.</summary>
public sealed class HarnessSelfTests
{
    private static readonly VerifierOptions BadField =
        new VerifierOptions { DiagnosticIdPrefix = "TST" }.WithComponents(new BadFieldAnalyzer(), new RenameToGoodFix());

    // ----- markup -----

    [Fact]
    public void Markup_AllThreeForms_ParseToSpans()
    {
        var result = Markup.Parse("class C { [|int a;|] {|TST0001:int b;|} {|#0:int c;|} }");

        Assert.Equal("class C { int a; int b; int c; }", result.Source);
        Assert.Equal(
            new[]
            {
                new MarkupSpan(new TextSpan(10, 6), null, null),
                new MarkupSpan(new TextSpan(17, 6), "TST0001", null),
                new MarkupSpan(new TextSpan(24, 6), null, 0),
            },
            result.Spans);
        Assert.True(result.Spans[0].IsAnonymous);
    }

    [Fact]
    public void Markup_NestedSpans_Parse()
    {
        var result = Markup.Parse("x{|#0:a[|b|]c|}y{|#1:|}");

        Assert.Equal("xabcy", result.Source);
        Assert.Equal(new MarkupSpan(new TextSpan(1, 3), null, 0), result.Spans[0]);
        Assert.Equal(new MarkupSpan(new TextSpan(2, 1), null, null), result.Spans[1]);
        Assert.Equal(new MarkupSpan(new TextSpan(5, 0), null, 1), result.Spans[2]);
    }

    [Theory]
    [InlineData("a{|#0:b[|c|}d|]", "nest")]
    [InlineData("a\n[|b", "2:1: span is never closed")]
    [InlineData("a|]", "closes nothing")]
    [InlineData("{|oops|}", "must be followed by a name and ':'")]
    [InlineData("{|#0:a|}{|#0:b|}", "#0")]
    public void Markup_Malformed_ThrowsClearError(string markup, string expectedFragment)
    {
        var e = Assert.Throws<FormatException>(() => Markup.Parse(markup));
        Assert.Contains(expectedFragment, e.Message, StringComparison.Ordinal);
    }

    // ----- references and compilation -----

    [Fact]
    public void References_ComeFromTheNet10ReferencePack_AndCompileBclCode()
    {
        var compilation = CompilationFactory.Create("public static class P { public static int N() => System.Text.Json.JsonSerializer.Serialize(new System.Collections.Generic.List<int>()).Length; }");

        Assert.Contains("Microsoft.NETCore.App.Ref", TestReferences.Source, StringComparison.Ordinal);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(NullableContextOptions.Enable, compilation.Options.NullableContextOptions);
    }

    [Fact]
    public void Discovery_ProductAssemblies_LoadWithoutError()
    {
        var components = TestComponents.Default;

        Assert.All(components.Analyzers, a => Assert.Contains("ConvShapeAnalyzers", a.GetType().Assembly.GetName().Name, StringComparison.Ordinal));
    }

    // ----- analyzer verification -----

    [Fact]
    public async Task Verify_AnonymousSpan_TakesTheOnlySupportedId()
    {
        await AnalyzerVerifier.VerifyAsync(BadField, "class C { int [|bad|]; }");
    }

    [Fact]
    public async Task Verify_NumberedLocationMessageAndSeverity_Pass()
    {
        await AnalyzerVerifier.VerifyAsync(
            BadField,
            "class C { int {|#0:bad|}; }",
            Diagnostic("TST0001").WithLocation(0).WithMessage("Field 'bad' is bad").WithSeverity(DiagnosticSeverity.Warning));
    }

    [Fact]
    public async Task Verify_ExplicitSpanInSecondFile_Passes()
    {
        await AnalyzerVerifier.VerifyAsync(
            BadField,
            new[] { "class A { }", "class B\n{\n    int bad;\n}" },
            Diagnostic("TST0001").WithSpan("/0/Test1.cs", 3, 9, 3, 12));
    }

    [Fact]
    public async Task Verify_MissingExpectedDiagnostic_Fails()
    {
        var e = await Assert.ThrowsAnyAsync<XunitException>(() =>
            AnalyzerVerifier.VerifyAsync(BadField, "class C { int good; }", Diagnostic("TST0001").WithSpan(1, 15, 1, 19)));

        Assert.Contains("Missing", e.Message, StringComparison.Ordinal);
        Assert.Contains("/0/Test0.cs(1,15)-(1,19)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_UnexpectedDiagnostic_FailsWithPasteableExpectation()
    {
        var e = await Assert.ThrowsAnyAsync<XunitException>(() => AnalyzerVerifier.VerifyAsync(BadField, "class C { int bad; }"));

        Assert.Contains("Diagnostic(\"TST0001\").WithSpan(\"/0/Test0.cs\", 1, 15, 1, 18)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WrongSpan_Fails()
    {
        await Assert.ThrowsAnyAsync<XunitException>(() => AnalyzerVerifier.VerifyAsync(BadField, "class C { [|int bad;|] }"));
    }

    [Fact]
    public async Task Verify_WrongMessage_Fails()
    {
        var e = await Assert.ThrowsAnyAsync<XunitException>(() =>
            AnalyzerVerifier.VerifyAsync(BadField, "class C { int {|#0:bad|}; }", Diagnostic("TST0001").WithLocation(0).WithMessage("Field 'bad' is fine")));

        Assert.Contains("same id and place reported as", e.Message, StringComparison.Ordinal);
        Assert.Contains("Field 'bad' is bad", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WrongSeverity_Fails()
    {
        await Assert.ThrowsAnyAsync<XunitException>(() =>
            AnalyzerVerifier.VerifyAsync(BadField, "class C { int {|#0:bad|}; }", Diagnostic("TST0001").WithLocation(0).WithSeverity(DiagnosticSeverity.Error)));
    }

    [Fact]
    public async Task Verify_ThrowingAnalyzer_Fails()
    {
        var options = new VerifierOptions { DiagnosticIdPrefix = "TST" }.WithComponents(new ThrowingAnalyzer());

        var e = await Assert.ThrowsAnyAsync<XunitException>(() => AnalyzerVerifier.VerifyAsync(options, "class C { }"));

        Assert.Contains(nameof(ThrowingAnalyzer), e.Message, StringComparison.Ordinal);
        Assert.Contains("analyzer boom", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_CompilerErrorInTestSource_FailsUnlessAllowed()
    {
        const string Broken = "class C { int [|bad|] = \"text\"; }";

        var e = await Assert.ThrowsAnyAsync<XunitException>(() => AnalyzerVerifier.VerifyAsync(BadField, Broken));
        Assert.Contains("CS0029", e.Message, StringComparison.Ordinal);

        await AnalyzerVerifier.VerifyAsync(BadField with { CompilerErrors = CompilerErrorPolicy.AllowInTestSources }, Broken);
    }

    [Fact]
    public async Task Verify_UnusedMarkupLocation_Throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => AnalyzerVerifier.VerifyAsync(BadField, "class C { int {|#0:bad|}; }"));
    }

    // ----- generators -----

    [Fact]
    public void Generator_Throwing_Fails()
    {
        var e = Assert.ThrowsAny<XunitException>(() =>
            GeneratorHarness.Run(CompilationFactory.Create("class C { }"), new IIncrementalGenerator[] { new ThrowingGenerator() }));

        Assert.Contains("generator boom", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generator_ThrowingDuringAnalyzerVerification_Fails()
    {
        var options = BadField with { Components = TestComponents.Of(new BadFieldAnalyzer(), new ThrowingGenerator()) };

        await Assert.ThrowsAnyAsync<XunitException>(() => AnalyzerVerifier.VerifyAsync(options, "class C { }"));
    }

    [Theory]
    [InlineData("class Broken { int x = \"s\"; }", "CS0029")]
    [InlineData("#nullable enable\nclass Warns { public string S; }", "CS8618")]
    public void Generator_OutputWithErrorOrWarning_FailsAndShowsTheSource(string generated, string expectedId)
    {
        var e = Assert.ThrowsAny<XunitException>(() =>
            GeneratorHarness.Run(CompilationFactory.Create("class C { }"), new IIncrementalGenerator[] { new ConstantGenerator(generated) }));

        Assert.Contains(expectedId, e.Message, StringComparison.Ordinal);
        Assert.Contains("----- generated: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generator_TrackedSteps_ShowCachingAcrossRuns()
    {
        var driver = GeneratorHarness.CreateDriver(new IIncrementalGenerator[] { new MarkerGenerator() }, trackIncrementalGeneratorSteps: true);
        var compilation = CompilationFactory.Create("class C { }");

        var first = GeneratorHarness.Run(driver, compilation);
        var second = GeneratorHarness.Run(first.Driver, compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("struct D { }", CompilationFactory.ParseOptions)));

        Assert.Contains("class MarkerAttribute", first.GeneratedText("Marker.g.cs"), StringComparison.Ordinal);
        var step = Assert.Single(second.Result.Results[0].TrackedSteps[MarkerGenerator.StepName]);
        Assert.All(step.Outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    // ----- code fixes -----

    [Fact]
    public async Task Fix_RenamesEveryBadField_OneByOneAndWithFixAll()
    {
        await CodeFixVerifier.VerifyFixAsync(
            BadField,
            "class A { int [|bad|]; }\nclass B { string {|#0:bad|} = \"\"; }",
            "class A { int good; }\nclass B { string good = \"\"; }",
            Diagnostic("TST0001").WithLocation(0).WithMessage("Field 'bad' is bad"));
    }

    [Fact]
    public async Task Fix_InSeveralFiles_FixesEach()
    {
        await CodeFixVerifier.VerifyFixAsync(
            BadField,
            new[] { "class A { int [|bad|]; }", "class B { int [|bad|]; }" },
            new[] { "class A { int good; }", "class B { int good; }" },
            Array.Empty<ExpectedDiagnostic>(),
            Array.Empty<ExpectedDiagnostic>());
    }

    [Fact]
    public async Task Fix_WrongExpectedText_FailsShowingTheLine()
    {
        var e = await Assert.ThrowsAnyAsync<XunitException>(() =>
            CodeFixVerifier.VerifyFixAsync(BadField, "class A { int [|bad|]; }", "class A { int better; }"));

        Assert.Contains("one by one", e.Message, StringComparison.Ordinal);
        Assert.Contains("\"class A { int good; }\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fix_ThatChangesNothing_Fails()
    {
        var options = BadField.WithComponents(new BadFieldAnalyzer(), new NoOpFix());

        var e = await Assert.ThrowsAnyAsync<XunitException>(() =>
            CodeFixVerifier.VerifyFixAsync(options, "class A { int [|bad|]; }", "class A { int bad; }"));

        Assert.Contains("changed nothing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FixAll_ThatDiffersFromSingleFixes_Fails()
    {
        var options = BadField.WithComponents(new BadFieldAnalyzer(), new RenameToGoodFix(fixAllName: "other"));

        var e = await Assert.ThrowsAnyAsync<XunitException>(() =>
            CodeFixVerifier.VerifyFixAsync(options, "class A { int [|bad|]; }\nclass B { int [|bad|]; }", "class A { int good; }\nclass B { int good; }"));

        Assert.Contains("Fix All", e.Message, StringComparison.Ordinal);
        Assert.Contains("int other;", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FixAll_Missing_FailsUnlessNotRequired()
    {
        var options = BadField.WithComponents(new BadFieldAnalyzer(), new RenameToGoodFix(withFixAll: false));

        var e = await Assert.ThrowsAnyAsync<XunitException>(() =>
            CodeFixVerifier.VerifyFixAsync(options, "class A { int [|bad|]; }", "class A { int good; }"));
        Assert.Contains("no Fix All provider", e.Message, StringComparison.Ordinal);

        await CodeFixVerifier.VerifyFixAsync(options with { RequireFixAll = false }, "class A { int [|bad|]; }", "class A { int good; }");
    }

    [Fact]
    public async Task Fix_LeavingADiagnostic_FailsUnlessExpectedAfter()
    {
        var options = BadField.WithComponents(new BadFieldAnalyzer(), new RenameToGoodFix(fixAllName: "bad2", singleName: "bad2"), new BadPrefixAnalyzer());
        const string Before = "class A { int {|TST0001:bad|}; }";

        var e = await Assert.ThrowsAnyAsync<XunitException>(() => CodeFixVerifier.VerifyFixAsync(options, Before, "class A { int bad2; }"));
        Assert.Contains("After the fix", e.Message, StringComparison.Ordinal);

        await CodeFixVerifier.VerifyFixAsync(options, Before, "class A { int {|TST0003:bad2|}; }");
        await CodeFixVerifier.VerifyFixAsync(
            options,
            new[] { Before },
            new[] { "class A { int bad2; }" },
            Array.Empty<ExpectedDiagnostic>(),
            new[] { Diagnostic("TST0003").WithSpan(1, 15, 1, 19).WithMessage("Field 'bad2' starts badly") });
    }

    [Fact]
    public async Task Fix_SeesGeneratedAttributeInTheWorkspace()
    {
        var options = new VerifierOptions { DiagnosticIdPrefix = "TST" }
            .WithComponents(new MarkerGenerator(), new MarkedClassAnalyzer(), new SealFix());

        await CodeFixVerifier.VerifyFixAsync(
            options,
            "[Test.Marker]\npublic class [|A|] { }\n[Test.Marker]\npublic class [|B|] { }\npublic class C { }",
            "[Test.Marker]\npublic sealed class A { }\n[Test.Marker]\npublic sealed class B { }\npublic class C { }");
    }

    // ----- dummy components -----
    // Never shipped nor loaded by a compiler, so the analyzer-authoring rules (Microsoft.CodeAnalysis.Analyzers,
    // which comes with the Roslyn packages) do not apply to them.
#pragma warning disable RS1036, RS1038, RS1041, RS2008

    private static readonly DiagnosticDescriptor BadFieldRule = new("TST0001", "Bad field", "Field '{0}' is bad", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class BadFieldAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(BadFieldRule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSymbolAction(
                c =>
                {
                    if (c.Symbol.Name == "bad")
                    {
                        c.ReportDiagnostic(Microsoft.CodeAnalysis.Diagnostic.Create(BadFieldRule, c.Symbol.Locations[0], c.Symbol.Name));
                    }
                },
                SymbolKind.Field);
        }
    }

    // Disabled by default, to show the harness turns every supported rule on.
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class BadPrefixAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TST0003", "Bad prefix", "Field '{0}' starts badly", "Test", DiagnosticSeverity.Info, isEnabledByDefault: false);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSymbolAction(
                c =>
                {
                    if (c.Symbol.Name.StartsWith("bad", StringComparison.Ordinal) && c.Symbol.Name != "bad")
                    {
                        c.ReportDiagnostic(Microsoft.CodeAnalysis.Diagnostic.Create(Rule, c.Symbol.Locations[0], c.Symbol.Name));
                    }
                },
                SymbolKind.Field);
        }
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(BadFieldRule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSymbolAction(_ => throw new InvalidOperationException("analyzer boom"), SymbolKind.NamedType);
        }
    }

    [Generator(LanguageNames.CSharp)]
    private sealed class ThrowingGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.CompilationProvider, (_, _) => throw new InvalidOperationException("generator boom"));
    }

    [Generator(LanguageNames.CSharp)]
    private sealed class ConstantGenerator(string source) : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterPostInitializationOutput(c => c.AddSource("Constant.g.cs", source));
    }

    // Emits the [Test.Marker] attribute, and tracks the class names step for caching checks.
    [Generator(LanguageNames.CSharp)]
    private sealed class MarkerGenerator : IIncrementalGenerator
    {
        public const string StepName = "ClassNames";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            context.RegisterPostInitializationOutput(c => c.AddSource(
                "Marker.g.cs",
                "namespace Test\n{\n    [global::System.AttributeUsage(global::System.AttributeTargets.Class)]\n    internal sealed class MarkerAttribute : global::System.Attribute { }\n}\n"));
            var names = context.SyntaxProvider
                .CreateSyntaxProvider((n, _) => n is ClassDeclarationSyntax, (c, _) => ((ClassDeclarationSyntax)c.Node).Identifier.Text)
                .Collect()
                .Select((all, _) => all.Length)
                .WithTrackingName(StepName);
            context.RegisterSourceOutput(names, (_, _) => { });
        }
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class MarkedClassAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TST0002", "Marked class not sealed", "Class '{0}' is marked but not sealed", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                // Resolves only if the generator ran: the attribute exists nowhere else.
                var marker = start.Compilation.GetTypeByMetadataName("Test.MarkerAttribute");
                if (marker is null)
                {
                    return;
                }

                start.RegisterSymbolAction(
                    c =>
                    {
                        var type = (INamedTypeSymbol)c.Symbol;
                        if (!type.IsSealed && type.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, marker)))
                        {
                            c.ReportDiagnostic(Microsoft.CodeAnalysis.Diagnostic.Create(Rule, type.Locations[0], type.Name));
                        }
                    },
                    SymbolKind.NamedType);
            });
        }
    }

    [ExportCodeFixProvider(LanguageNames.CSharp)]
    private sealed class RenameToGoodFix(bool withFixAll = true, string fixAllName = "good", string singleName = "good") : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TST0001");

        public override FixAllProvider? GetFixAllProvider() =>
            !withFixAll ? null
            : fixAllName == singleName ? WellKnownFixAllProviders.BatchFixer
            : FixAllProvider.Create(async (context, document, diagnostics) =>
            {
                var root = (await document.GetSyntaxRootAsync(context.CancellationToken))!;
                var tokens = diagnostics.Select(d => root.FindToken(d.Location.SourceSpan.Start));
                return document.WithSyntaxRoot(root.ReplaceTokens(tokens, (t, _) => SyntaxFactory.Identifier(fixAllName).WithTriviaFrom(t)));
            });

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = (await context.Document.GetSyntaxRootAsync(context.CancellationToken))!;
            var token = root.FindToken(context.Span.Start);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Rename to '{singleName}'",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceToken(token, SyntaxFactory.Identifier(singleName).WithTriviaFrom(token)))),
                    equivalenceKey: "RenameToGood"),
                context.Diagnostics);
        }
    }

    [ExportCodeFixProvider(LanguageNames.CSharp)]
    private sealed class NoOpFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TST0001");

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            context.RegisterCodeFix(CodeAction.Create("Do nothing", _ => Task.FromResult(context.Document), "Nothing"), context.Diagnostics);
            return Task.CompletedTask;
        }
    }

    [ExportCodeFixProvider(LanguageNames.CSharp)]
    private sealed class SealFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TST0002");

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = (await context.Document.GetSyntaxRootAsync(context.CancellationToken))!;
            var declaration = root.FindToken(context.Span.Start).Parent!.AncestorsAndSelf().OfType<ClassDeclarationSyntax>().First();
            var sealedDeclaration = declaration.AddModifiers(SyntaxFactory.Token(SyntaxKind.SealedKeyword).WithTrailingTrivia(SyntaxFactory.Space));
            context.RegisterCodeFix(
                CodeAction.Create("Seal", (CancellationToken _) => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(declaration, sealedDeclaration))), "Seal"),
                context.Diagnostics);
        }
    }
#pragma warning restore RS1036, RS1038, RS1041, RS2008
}
