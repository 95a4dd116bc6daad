using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ConvShapeAnalyzers.Core.Tests
{
    /// <summary>Reading tests/fixtures/*.json, copied beside the test assembly.</summary>
    internal static class FixtureFile
    {
        /// <summary>Every case of the file's top-level array, made by <paramref name="create"/> from its index and its JSON.</summary>
        public static IReadOnlyList<T> Load<T>(string file, Func<int, JsonElement, T> create)
        {
            string path = Path.Combine(AppContext.BaseDirectory, "fixtures", file);
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.EnumerateArray().Select((c, n) => create(n, c)).ToList();
        }

        public static long[] Longs(JsonElement array) => array.EnumerateArray().Select(v => v.GetInt64()).ToArray();
    }
}
