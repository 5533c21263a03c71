using ExplainableAI.Demo.Cohorts;

namespace ExplainableAI.Demo.Tests.Cohorts;

public sealed class IcuCohortGeneratorTests
{
    private static readonly CohortOptions Defaults = new();

    private static readonly (IReadOnlyList<GeneratedPatient> Reference, IReadOnlyList<GeneratedPatient> Current) Cohort =
        IcuCohortGenerator.GenerateWithTruth(Defaults);

    [Fact]
    public void Periods_have_the_requested_sizes()
    {
        var cohort = new IcuCohortGenerator().Generate(new CohortOptions(Seed: 7, ReferencePatients: 123, CurrentPatients: 45));

        Assert.Equal(123, cohort.Reference.Count);
        Assert.Equal(45, cohort.Current.Count);
    }

    [Fact]
    public void Default_cohort_has_4000_reference_and_3000_current_patients()
    {
        var cohort = new IcuCohortGenerator().Generate(Defaults);

        Assert.Equal(4000, cohort.Reference.Count);
        Assert.Equal(3000, cohort.Current.Count);
    }

    [Fact]
    public void Same_seed_gives_equal_rows()
    {
        var first = new IcuCohortGenerator().Generate(Defaults);
        var second = new IcuCohortGenerator().Generate(Defaults);

        Assert.Equal(first.Reference, second.Reference);
        Assert.Equal(first.Current, second.Current);
    }

    [Fact]
    public void Empty_period_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>("options", () => new IcuCohortGenerator().Generate(new CohortOptions(ReferencePatients: 0)));
    }

    [Fact]
    public void True_prevalence_is_between_15_and_20_percent()
    {
        // Seed 20261125: 17.5 % reference, 18.9 % current.
        Assert.InRange(Cohort.Reference.Average(p => p.TrueSepsis ? 1.0 : 0.0), 0.15, 0.20);
        Assert.InRange(Cohort.Current.Average(p => p.TrueSepsis ? 1.0 : 0.0), 0.15, 0.20);
    }

    [Fact]
    public void Values_stay_in_physiological_ranges()
    {
        foreach (var r in Cohort.Reference.Concat(Cohort.Current).Select(p => p.Record))
        {
            Assert.InRange(r.Age, 18, 95);
            Assert.Contains(r.Sex, new[] { "F", "M" });
            Assert.Contains(r.Site, new[] { "Site A", "Site B", "Site C" });
            Assert.InRange(r.HeartRate ?? 60, 35, 190);
            Assert.InRange(r.RespRate ?? 16, 6, 50);
            Assert.InRange(r.Temperature ?? 37, 34, 42);
            Assert.InRange(r.SystolicBp ?? 120, 60, 230);
            Assert.InRange(r.Wbc ?? 9, 0.3, 60);
            Assert.InRange(r.Lactate ?? 1, 0.3, 20);
            Assert.InRange(r.Creatinine ?? 1, 0.3, 12 + PlantedSizes.CreatinineAssayShift);
            Assert.InRange(r.Crp ?? 10, 0.2, 450);
            Assert.InRange(r.Spo2 ?? 97, 70, 100);
        }
    }

    [Fact]
    public void Reference_labels_miss_exactly_30_percent_of_septic_women_and_no_men()
    {
        var septicWomen = Cohort.Reference.Where(p => p.TrueSepsis && p.Record.Sex == "F").ToArray();
        var septicMen = Cohort.Reference.Where(p => p.TrueSepsis && p.Record.Sex == "M").ToArray();

        // Seed 20261125: 106 of 354 septic women are labelled negative (29.94 %, the rounding of 30 % × 354).
        var missed = septicWomen.Count(p => !p.Record.Sepsis);
        Assert.Equal((int)Math.Round(PlantedSizes.FemaleMissedDiagnosisRate * septicWomen.Length, MidpointRounding.AwayFromZero), missed);
        Assert.InRange(missed / (double)septicWomen.Length, 0.295, 0.305);
        Assert.All(septicMen, p => Assert.True(p.Record.Sepsis));
        Assert.All(Cohort.Reference.Where(p => !p.TrueSepsis), p => Assert.False(p.Record.Sepsis));
    }

    [Fact]
    public void Current_labels_are_the_truth()
    {
        Assert.All(Cohort.Current, p => Assert.Equal(p.TrueSepsis, p.Record.Sepsis));
        // The clinical miss still happened in the current period; only the label was adjudicated.
        var septicWomen = Cohort.Current.Count(p => p.TrueSepsis && p.Record.Sex == "F");
        Assert.Equal((int)Math.Round(PlantedSizes.FemaleMissedDiagnosisRate * septicWomen, MidpointRounding.AwayFromZero), Cohort.Current.Count(p => p.MissedDiagnosis));
    }

    [Fact]
    public void Site_B_creatinine_reads_exactly_0_4_higher_in_the_current_period_only()
    {
        foreach (var p in Cohort.Current.Where(p => p.Record.Creatinine is not null))
        {
            var expected = p.Record.Site == "Site B"
                ? Math.Round(p.TrueCreatinine + PlantedSizes.CreatinineAssayShift, 2)
                : p.TrueCreatinine;
            Assert.Equal(expected, p.Record.Creatinine!.Value);
        }

        Assert.All(Cohort.Reference.Where(p => p.Record.Creatinine is not null), p => Assert.Equal(p.TrueCreatinine, p.Record.Creatinine!.Value));
    }

    [Fact]
    public void Site_B_creatinine_mean_shift_between_periods_is_close_to_0_4()
    {
        // Seed 20261125: Site B +0.423 mg/dL; control sites A +0.007, C -0.032 (sampling noise, SE ≈ 0.02).
        Assert.InRange(MeanShift("Site B"), PlantedSizes.CreatinineAssayShift - 0.05, PlantedSizes.CreatinineAssayShift + 0.05);
        Assert.InRange(MeanShift("Site A"), -0.05, 0.05);
        Assert.InRange(MeanShift("Site C"), -0.05, 0.05);
    }

    [Fact]
    public void Antibiotics_ordered_agrees_with_the_reference_label_in_97_percent_of_rows()
    {
        // Seed 20261125: 96.875 % (SE of the rate ≈ 0.27 %).
        var agreement = Cohort.Reference.Average(p => p.Record.AntibioticsOrdered == p.Record.Sepsis ? 1.0 : 0.0);

        Assert.InRange(agreement, 1 - PlantedSizes.AntibioticsDisagreementRate - 0.01, 1 - PlantedSizes.AntibioticsDisagreementRate + 0.01);
    }

    [Fact]
    public void Crp_is_missing_in_45_percent_and_lactate_in_10_percent_of_rows()
    {
        var rows = Cohort.Reference.Concat(Cohort.Current).Select(p => p.Record).ToArray();

        // Seed 20261125: crp 44.70 %, lactate 9.41 % of 7000 rows (SE 0.6 % and 0.36 %).
        Assert.InRange(rows.Average(r => r.Crp is null ? 1.0 : 0.0), PlantedSizes.CrpMissingRate - 0.02, PlantedSizes.CrpMissingRate + 0.02);
        Assert.InRange(rows.Average(r => r.Lactate is null ? 1.0 : 0.0), PlantedSizes.LactateMissingRate - 0.015, PlantedSizes.LactateMissingRate + 0.015);
        Assert.InRange(rows.Average(r => r.HeartRate is null ? 1.0 : 0.0), 0.0, 0.03);
    }

    [Fact]
    public void Planted_problems_name_their_columns()
    {
        var planted = new IcuCohortGenerator().Planted;

        Assert.Equal(
            [("label_bias", "sepsis"), ("assay_shift", "creatinine"), ("leakage", "antibiotics_ordered"), ("missingness", "crp")],
            planted.Select(p => (p.Kind, p.Column)));
        Assert.All(planted, p => Assert.Contains(p.Column, CohortCsv.Columns));
    }

    private static double MeanShift(string site) =>
        MeanCreatinine(Cohort.Current, site) - MeanCreatinine(Cohort.Reference, site);

    private static double MeanCreatinine(IReadOnlyList<GeneratedPatient> period, string site) =>
        period.Where(p => p.Record.Site == site && p.Record.Creatinine is not null).Average(p => p.Record.Creatinine!.Value);
}
