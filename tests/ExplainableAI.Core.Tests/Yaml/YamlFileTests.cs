using System.Diagnostics;
using System.Text;
using ExplainableAI.Sdk;
using ExplainableAI.Tests.Shared;

namespace ExplainableAI.Core.Tests;

/// <summary>Every YAML input is parsed within the size, depth and alias bounds, and errors name file:line:column.</summary>
public sealed class YamlFileTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("xai-yaml-");

    public void Dispose() => folder.Delete(recursive: true);

    /// <summary>Nine levels of ten aliases each: 10^9 nodes when expanded, from about 1 KB of text.</summary>
    public static string AliasBomb(bool inKeys)
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level <= 9; level++)
        {
            var previous = $"*a{level - 1}";
            yaml.Append($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat(previous, 10))}]\n");
        }

        // A key that is an alias is hashed by its whole expanded content; as a value the expansion is only shared.
        yaml.Append(inKeys ? "bomb: {? *a9 : 1, ? *a8 : 2}\n" : "bomb: *a9\n");
        return yaml.ToString();
    }

    /// <summary>Nested flow sequences, <paramref name="depth"/> deep.</summary>
    public static string Nested(int depth) => new string('[', depth) + new string(']', depth) + "\n";

    [Fact]
    public void An_alias_in_a_mapping_key_is_refused_at_once_with_its_position()
    {
        var path = Write("facts.yaml", "base: &b {x: 1}\nother: {? *b : 1}\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => YamlFile.Load(path, "manifest"));

        Assert.Equal($"{path}:2:11: YAML alias *b used in a mapping key; aliases are not allowed in keys", error.Message);
    }

    [Fact]
    public void An_alias_bomb_in_keys_stops_within_a_second()
    {
        var path = Write("bomb.yaml", AliasBomb(inKeys: true));
        var watch = Stopwatch.StartNew();

        var error = Assert.Throws<InvalidAuditInputException>(() => YamlFile.Load(path, "manifest"));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal(path, error.File);
        Assert.NotNull(error.Line);
        Assert.Contains("aliases", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_bomb_in_values_breaks_the_expansion_budget_at_the_alias_that_crosses_it()
    {
        var path = Write("bomb.yaml", AliasBomb(inKeys: false));

        var error = Assert.Throws<InvalidAuditInputException>(() => YamlFile.Load(path, "manifest"));

        // a0, a1, a2 are 11, 111 and 1,111 nodes: the aliases of lines 2 and 3 stand for 110 + 1,110 nodes, and the
        // eighth *a2 of line 4 crosses the budget of 10,000 (1,220 + 8 × 1,111 = 10,108).
        Assert.Equal($"{path}:4:{"a3: &a3 [".Length + (7 * "*a2, ".Length) + 1}: YAML aliases expand to more than the limit of 10000 nodes", error.Message);
    }

    [Fact]
    public void A_few_aliases_within_the_budget_are_read()
    {
        var stream = YamlFile.Parse(new StringReader("base: &b {x: 1}\nfirst: *b\nsecond: *b\n"), "ok.yaml");

        Assert.Single(stream.Documents);
    }

    [Fact]
    public void An_alias_inside_the_node_it_names_is_refused()
    {
        var error = Assert.Throws<InvalidAuditInputException>(() => YamlFile.Parse(new StringReader("loop: &l [a, *l]\n"), "loop.yaml"));

        Assert.Equal("loop.yaml:1:14: YAML alias *l is inside the node it names (a recursive structure)", error.Message);
    }

    [Fact]
    public void Nesting_50000_deep_is_refused_without_overflowing_the_stack()
    {
        var error = Assert.Throws<InvalidAuditInputException>(() => YamlFile.Parse(new StringReader(Nested(50_000)), "deep.yaml"));

        Assert.Equal("deep.yaml:1:65: YAML nested deeper than the limit of 64 levels", error.Message);
    }

    [Fact]
    public void Nesting_to_the_limit_is_read()
    {
        var stream = YamlFile.Parse(new StringReader(Nested(64)), "deep.yaml");

        Assert.Single(stream.Documents);
    }

    [Fact]
    public void A_file_above_1_MiB_is_refused_before_parsing()
    {
        var path = Write("huge.yaml", "note: " + new string('x', 1 << 20) + "\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => YamlFile.Load(path, "manifest"));

        Assert.Equal($"{path}: the manifest is larger than the limit of 1 MiB", error.Message);
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_its_line_and_column()
    {
        var path = Path.Combine(folder.FullName, "latin1.yaml");
        File.WriteAllBytes(path, [.. "model:\n  id: caf"u8, 0xE9, .. "\n"u8]);

        var error = Assert.Throws<InvalidAuditInputException>(() => YamlFile.Load(path, "manifest"));

        Assert.Equal($"{path}:2:10: not valid UTF-8; expected a UTF-8 text file", error.Message);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_allowed()
    {
        var path = Path.Combine(folder.FullName, "bom.yaml");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "id: café\n"u8]);

        var stream = YamlFile.Load(path, "manifest");

        Assert.Equal("café", ((YamlDotNet.RepresentationModel.YamlMappingNode)stream.Documents[0].RootNode)["id"].ToString());
    }

    [Fact]
    public void A_tab_in_the_indentation_names_its_position()
    {
        var error = Assert.Throws<InvalidAuditInputException>(() => YamlFile.Parse(new StringReader("model:\n\tid: m\n"), "tabs.yaml"));

        Assert.Equal("tabs.yaml:2:1: not valid YAML: While scanning a mapping, found invalid tab as indentation.", error.Message);
    }

    [UnixFact]
    public void A_fifo_is_refused_without_hanging()
    {
        var fifo = SpecialFiles.Fifo(Path.Combine(folder.FullName, "manifest.yaml"));

        var error = SpecialFiles.Within(() => Record.Exception(() => YamlFile.Load(fifo, "manifest")));

        Assert.Contains("is a FIFO", Assert.IsType<InvalidAuditInputException>(error).Problem, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
