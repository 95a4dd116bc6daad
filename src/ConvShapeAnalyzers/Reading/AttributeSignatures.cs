using System.Collections.Generic;
using System.Linq;
using ConvShapeAnalyzers.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConvShapeAnalyzers.Reading
{
    /// <summary>A constructor parameter of a layer attribute: its name, its type as written, and whether it is a params array.</summary>
    internal sealed record AttributeParameter(string Name, string Type, bool IsParams);

    /// <summary>What a layer attribute class accepts: its constructor's parameters and its settable properties (inherited too).</summary>
    internal sealed class AttributeSignature
    {
        public AttributeSignature(IReadOnlyList<AttributeParameter> parameters, IReadOnlyDictionary<string, string> properties)
        {
            Parameters = parameters;
            Properties = properties;
        }

        public IReadOnlyList<AttributeParameter> Parameters { get; }

        /// <summary>Property name → type as written ("object?", "int", "bool", "string?").</summary>
        public IReadOnlyDictionary<string, string> Properties { get; }

        public int IndexOf(string parameter)
        {
            for (int n = 0; n < Parameters.Count; n++)
                if (Parameters[n].Name == parameter)
                    return n;
            return -1;
        }
    }

    /// <summary>
    /// The signatures of the layer attributes, read once from the attributes' own source (the file the generator adds), so
    /// the syntactic reading cannot drift from what the compiler binds.
    /// </summary>
    internal static class AttributeSignatures
    {
        private static readonly Dictionary<string, ClassDeclarationSyntax> Classes = CSharpSyntaxTree.ParseText(AttributeSource.Text).GetRoot()
            .DescendantNodes().OfType<ClassDeclarationSyntax>().ToDictionary(c => c.Identifier.ValueText);

        private static readonly Dictionary<string, AttributeSignature> ByClass = Build(Classes);

        /// <summary>How many arguments [Network]'s constructors take, each of them an int (the channels, then 1 to 3 sizes).</summary>
        public static readonly int[] NetworkArities = Classes[LayerKinds.NetworkClass].Members.OfType<ConstructorDeclarationSyntax>()
            .Where(c => c.ParameterList.Parameters.All(p => p.Type?.ToString() == "int")).Select(c => c.ParameterList.Parameters.Count).ToArray();

        /// <summary>The signature of a layer attribute class ("Conv2dAttribute"), or null for any other name.</summary>
        public static AttributeSignature? Get(string className) =>
            ByClass.TryGetValue(className, out AttributeSignature? signature) ? signature : null;

        private static Dictionary<string, AttributeSignature> Build(Dictionary<string, ClassDeclarationSyntax> classes)
        {
            var signatures = new Dictionary<string, AttributeSignature>();
            foreach (ClassDeclarationSyntax declaration in classes.Values)
            {
                ConstructorDeclarationSyntax[] constructors = declaration.Members.OfType<ConstructorDeclarationSyntax>().ToArray();
                // Layer attributes have one constructor (Upsample the implicit one); Network has several, all of ints (NetworkArities).
                if (declaration.Modifiers.Any(SyntaxKind.AbstractKeyword) || constructors.Length > 1)
                    continue;
                var parameters = constructors.SelectMany(c => c.ParameterList.Parameters)
                    .Select(p => new AttributeParameter(p.Identifier.ValueText, p.Type!.ToString(), p.Modifiers.Any(SyntaxKind.ParamsKeyword)))
                    .ToArray();
                var properties = new Dictionary<string, string>();
                for (ClassDeclarationSyntax? c = declaration; c is not null; c = BaseOf(c, classes))
                    foreach (PropertyDeclarationSyntax property in c.Members.OfType<PropertyDeclarationSyntax>())
                        if (!properties.ContainsKey(property.Identifier.ValueText))
                            properties.Add(property.Identifier.ValueText, property.Type.ToString());
                signatures.Add(declaration.Identifier.ValueText, new AttributeSignature(parameters, properties));
            }
            return signatures;
        }

        private static ClassDeclarationSyntax? BaseOf(ClassDeclarationSyntax declaration, Dictionary<string, ClassDeclarationSyntax> classes) =>
            declaration.BaseList?.Types.FirstOrDefault()?.Type is IdentifierNameSyntax name && classes.TryGetValue(name.Identifier.ValueText, out var baseClass)
                ? baseClass : null;
    }
}
