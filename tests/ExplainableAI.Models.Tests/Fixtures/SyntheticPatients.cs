using ExplainableAI.Sdk;

namespace ExplainableAI.Models.Tests;

/// <summary>Deterministic synthetic patients: two numbers and one ward, with outcomes that depend on all three.</summary>
public static class SyntheticPatients
{
    private static readonly string[] Wards = ["A", "B", "C"];

    public static PatientFeatures[] Features(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => new PatientFeatures(
            Age: (float)Math.Round(20 + (70 * random.NextDouble()), 1),
            Bmi: (float)Math.Round(15 + (25 * random.NextDouble()), 1),
            Ward: Wards[random.Next(Wards.Length)]))];
    }

    public static double Risk(PatientFeatures p) =>
        (0.06 * (p.Age - 55)) + (0.15 * (p.Bmi - 27)) + (p.Ward == "C" ? 1.0 : p.Ward == "A" ? -0.5 : 0);

    public static BinaryPatient[] Binary(int count, int seed)
    {
        var noise = new Random(seed + 1000);
        return [.. Features(count, seed).Select(p => new BinaryPatient
        {
            Age = p.Age, Bmi = p.Bmi, Ward = p.Ward, Label = Risk(p) + noise.NextDouble() - 0.5 > 0,
        })];
    }

    public static TriagePatient[] Triage(int count, int seed)
    {
        var noise = new Random(seed + 2000);
        return [.. Features(count, seed).Select(p =>
        {
            var risk = Risk(p) + noise.NextDouble() - 0.5;
            return new TriagePatient { Age = p.Age, Bmi = p.Bmi, Ward = p.Ward, Label = risk < -1 ? "low" : risk < 1 ? "medium" : "high" };
        })];
    }

    public static StayPatient[] Stay(int count, int seed)
    {
        var noise = new Random(seed + 3000);
        return [.. Features(count, seed).Select((p, i) => new StayPatient
        {
            PatientId = $"P{i:D4}", Age = p.Age, Bmi = p.Bmi, Ward = p.Ward,
            LengthOfStay = (float)(5 + Risk(p) + noise.NextDouble()),
        })];
    }

    /// <summary>
    /// Rows to score: fresh patients, one with a missing age, one in a ward the model never saw.
    /// The ward levels are listed in an order unlike training so the adapters must map codes by name.
    /// </summary>
    public static PatientFeatures[] Scoring()
    {
        var rows = Features(40, seed: 7).ToList();
        rows.Add(new PatientFeatures(float.NaN, 31.5f, "B"));
        rows.Add(new PatientFeatures(61, 22, "Z"));
        return [.. rows];
    }

    public static TabularData ToData(IReadOnlyList<PatientFeatures> rows, bool withId = false)
    {
        string[] levels = ["Z", "C", "B", "A"];
        var columns = new List<DataColumn>
        {
            new("Age", ColumnKind.Numeric, [.. rows.Select(r => (double)r.Age)]),
            new("Bmi", ColumnKind.Numeric, [.. rows.Select(r => (double)r.Bmi)]),
            new("Ward", ColumnKind.Categorical, [.. rows.Select(r => (double)Array.IndexOf(levels, r.Ward))], levels),
        };
        if (withId)
        {
            columns.Add(new DataColumn("PatientId", ColumnKind.Categorical, [.. rows.Select((_, i) => (double)i)], [.. rows.Select((_, i) => $"S{i}")]));
        }

        return new TabularData("scoring", columns);
    }
}
