using System.Reflection;

namespace ExplainableAI.Data.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void Public_surface_is_the_loader_and_its_options_only()
    {
        // Pinned so that any change to what other projects depend on is a visible, deliberate diff.
        var surface = typeof(DatasetLoader).Assembly.GetExportedTypes()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => new[] { $"{(t.IsSealed ? "sealed " : string.Empty)}{t.FullName}" }.Concat(
                t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Select(m => $"  {m}")
                    .Order(StringComparer.Ordinal)))
            .ToArray();

        Assert.Equal(
            [
                "sealed ExplainableAI.Data.DataLoadOptions",
                "  Boolean Equals(ExplainableAI.Data.DataLoadOptions)",
                "  Boolean Equals(System.Object)",
                "  Boolean op_Equality(ExplainableAI.Data.DataLoadOptions, ExplainableAI.Data.DataLoadOptions)",
                "  Boolean op_Inequality(ExplainableAI.Data.DataLoadOptions, ExplainableAI.Data.DataLoadOptions)",
                "  ExplainableAI.Data.DataLoadOptions <Clone>$()",
                "  Int32 GetHashCode()",
                "  System.Collections.Generic.IReadOnlyDictionary`2[System.String,ExplainableAI.Sdk.ColumnKind] ColumnTypes",
                "  System.Collections.Generic.IReadOnlyDictionary`2[System.String,ExplainableAI.Sdk.ColumnKind] get_ColumnTypes()",
                "  System.Nullable`1[System.Char] Delimiter",
                "  System.Nullable`1[System.Char] get_Delimiter()",
                "  System.String ToString()",
                "  Void .ctor(System.Nullable`1[System.Char], System.Collections.Generic.IReadOnlyDictionary`2[System.String,ExplainableAI.Sdk.ColumnKind])",
                "  Void Deconstruct(System.Nullable`1[System.Char] ByRef, System.Collections.Generic.IReadOnlyDictionary`2[System.String,ExplainableAI.Sdk.ColumnKind] ByRef)",
                "  Void set_ColumnTypes(System.Collections.Generic.IReadOnlyDictionary`2[System.String,ExplainableAI.Sdk.ColumnKind])",
                "  Void set_Delimiter(System.Nullable`1[System.Char])",
                "sealed ExplainableAI.Data.DatasetLoader",
                "  ExplainableAI.Sdk.TabularData Load(System.String, ExplainableAI.Data.DataLoadOptions, System.Threading.CancellationToken)",
                "  Void .ctor()",
            ],
            surface);
    }
}
