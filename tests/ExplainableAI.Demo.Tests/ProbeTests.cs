using ExplainableAI.Demo.Cohorts;
using Xunit.Abstractions;

namespace ExplainableAI.Demo.Tests;

public sealed class ProbeTests(ScenarioFixture fixture, ITestOutputHelper output) : IClassFixture<ScenarioFixture>
{
    [Fact]
    public void Probe()
    {
        var (reference, current) = IcuCohortGenerator.GenerateWithTruth(new CohortOptions());
        output.WriteLine($"elapsed {fixture.Elapsed}");
        output.WriteLine($"prev true ref {reference.Average(p => p.TrueSepsis ? 1.0 : 0)} cur {current.Average(p => p.TrueSepsis ? 1.0 : 0)}");
        output.WriteLine($"prev recorded ref {reference.Average(p => p.Record.Sepsis ? 1.0 : 0)}");
        var fem = reference.Where(p => p.TrueSepsis && p.Record.Sex == "F").ToArray();
        output.WriteLine($"female miss {fem.Count(p => !p.Record.Sepsis)}/{fem.Length} = {fem.Average(p => p.Record.Sepsis ? 0 : 1.0)}");
        output.WriteLine($"leak ref {reference.Average(p => p.Record.AntibioticsOrdered == p.Record.Sepsis ? 1.0 : 0)} cur {current.Average(p => p.Record.AntibioticsOrdered == p.Record.Sepsis ? 1.0 : 0)}");
        foreach (var site in new[] { "Site A", "Site B", "Site C" })
        {
            var r = reference.Where(p => p.Record.Site == site && p.Record.Creatinine is not null).Average(p => p.Record.Creatinine!.Value);
            var c = current.Where(p => p.Record.Site == site && p.Record.Creatinine is not null).Average(p => p.Record.Creatinine!.Value);
            output.WriteLine($"{site} creat ref {r} cur {c} diff {c - r}");
        }
        var all = reference.Concat(current).ToArray();
        output.WriteLine($"crp missing {all.Average(p => p.Record.Crp is null ? 1.0 : 0)} lactate {all.Average(p => p.Record.Lactate is null ? 1.0 : 0)}");
        var scores = ModelScores.Score(fixture.Artifacts.Model.Path, fixture.Artifacts.CurrentPath);
        output.WriteLine($"auroc {scores.Auroc()} tprF {scores.TruePositiveRate("F")} tprM {scores.TruePositiveRate("M")}");
        var rs = ModelScores.Score(fixture.Artifacts.Model.Path, fixture.Artifacts.ReferencePath);
        output.WriteLine($"ref auroc {rs.Auroc()} tprF {rs.TruePositiveRate("F")} tprM {rs.TruePositiveRate("M")}");
        output.WriteLine(File.ReadLines(fixture.Artifacts.CurrentPath).Take(5).Aggregate((a, b) => a + "\n" + b));
    }
}
