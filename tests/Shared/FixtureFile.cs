using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ConvShapeAnalyzers.Tests.Shared
{
    /// <summary>Reading tests/fixtures/*.json, copied beside the test assembly (this file is compiled into both test projects).</summary>
    internal static class FixtureFile
    {
        /// <summary>The whole file; the caller disposes it.</summary>
        public static JsonDocument Parse(string file) =>
            JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", file)));

        /// <summary>Every case of the file's top-level array, made by <paramref name="create"/> from its index and its JSON.</summary>
        public static IReadOnlyList<T> Load<T>(string file, Func<int, JsonElement, T> create)
        {
            using JsonDocument document = Parse(file);
            return document.RootElement.EnumerateArray().Select((c, n) => create(n, c)).ToList();
        }

        public static long[] Longs(JsonElement array) => array.EnumerateArray().Select(v => v.GetInt64()).ToArray();
    }
}
