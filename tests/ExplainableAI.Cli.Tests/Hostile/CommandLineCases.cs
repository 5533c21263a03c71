namespace ExplainableAI.Cli.Tests.Hostile;

/// <summary>Hostile command lines and the basic inputs they name.</summary>
internal sealed class CommandLineCases : IHostileCorpus
{
    public IEnumerable<HostileCase> Cases =>
    [
        new("cli: missing data file", f => f.Audit(f.Combine("nope.csv")), HostileOutcome.BadInput("nope.csv")),
        new("cli: unknown option", f => ["audit", "--data", f.File("d.csv", HostileFolder.GoodCsv), "--frobnicate", "--out", f.Out], HostileOutcome.BadInput("--frobnicate")),
        new("cli: unknown command", f => ["audti"], HostileOutcome.BadInput("audti")),
        new("cli: unknown label column", f => ["audit", "--data", f.File("d.csv", HostileFolder.GoodCsv), "--label", "outcome", "--out", f.Out], HostileOutcome.BadInput("'outcome'")),
        new("cli: unknown sensitive attribute", f => f.Audit(f.File("d.csv", HostileFolder.GoodCsv), "--sensitive", "sex,ethnicity"), HostileOutcome.BadInput("'ethnicity'")),
        new("cli: seed is not a number", f => f.Audit(f.File("d.csv", HostileFolder.GoodCsv), "--seed", "abc"), HostileOutcome.BadInput("--seed")),
        new("cli: unknown report language", f => f.Audit(f.File("d.csv", HostileFolder.GoodCsv), "--lang", "fr"), HostileOutcome.BadInput("fr.json")),
        // Registration flags override the manifest's values (#16), but never stand in for a manifest that is invalid.
        new("cli: override flags do not rescue an invalid manifest", f => ["audit", "--manifest", f.File("m.yaml", "model: {}\n"), "--model", "m.zip", "--out", f.Out], HostileOutcome.BadInput("'model.id'")),
        new("csv: ragged row names file and line", f => f.Audit(f.File("d.csv", "age,sex,sepsis\n70,F,true\n55,M\n")), HostileOutcome.BadInput("d.csv:3")),
        new("csv: empty file", f => f.Audit(f.File("d.csv", "")), HostileOutcome.BadInput("d.csv")),
    ];
}
