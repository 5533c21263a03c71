using System.Text;
using ExplainableAI.Sdk;
using ExplainableAI.Tests.Shared;

namespace ExplainableAI.Regulatory.Tests;

/// <summary>The declared-facts file goes through the same gate and YAML bounds as the manifest.</summary>
public sealed class DeclaredFactsLimitsTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("xai-facts-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void An_alias_bomb_is_refused_before_it_expands()
    {
        var yaml = new StringBuilder("is_ai_system: &a0 [yes, yes, yes, yes, yes, yes, yes, yes]\n");
        for (var level = 1; level <= 8; level++)
        {
            yaml.Append($"eu_nexus{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 8))}]\n");
        }

        yaml.Append("? *a8\n: yes\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => DeclaredFactsReader.Parse(new StringReader(yaml.ToString()), "facts.yaml"));

        // a0..a3 are 9, 73, 585 and 4,681 nodes; the aliases of lines 2 to 4 stand for 72 + 584 + 4,680 = 5,336 nodes, so
        // the first *a3 of line 5 crosses the budget of 10,000, long before the key that would hash 8^9 nodes.
        Assert.Equal($"facts.yaml:5:{"eu_nexus4: &a4 [".Length + 1}: YAML aliases expand to more than the limit of 10000 nodes", error.Message);
    }

    [Fact]
    public void Nesting_50000_deep_is_refused()
    {
        var yaml = "is_ai_system: " + new string('[', 50_000) + new string(']', 50_000) + "\n";

        var error = Assert.Throws<InvalidAuditInputException>(() => DeclaredFactsReader.Parse(new StringReader(yaml), "facts.yaml"));

        // The root mapping is the first level: the 64th bracket is the 65th.
        Assert.Equal($"facts.yaml:1:{"is_ai_system: ".Length + 64}: YAML nested deeper than the limit of 64 levels", error.Message);
    }

    [UnixFact]
    public void A_fifo_is_refused_without_hanging()
    {
        var fifo = SpecialFiles.Fifo(Path.Combine(folder.FullName, "facts.yaml"));

        var error = SpecialFiles.Within(() => Record.Exception(() => DeclaredFactsReader.Load(fifo)));

        Assert.Equal($"{fifo}: the declared-facts file is a FIFO (named pipe), expected a regular file", Assert.IsType<InvalidAuditInputException>(error).Message);
    }
}
