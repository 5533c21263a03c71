using ExplainableAI.Demo.Cohorts;
using ExplainableAI.Demo.Training;

namespace ExplainableAI.Demo.Tests.Training;

public sealed class SepsisModelTrainerTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "xai-trainer-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Same_seed_and_rows_give_identical_predictions()
    {
        var cohort = new IcuCohortGenerator().Generate(new CohortOptions(Seed: 5, ReferencePatients: 1500, CurrentPatients: 500));
        var current = Path.Combine(directory, "current.csv");
        CohortCsv.Write(cohort.Current, current);

        var first = new SepsisModelTrainer().Train(cohort.Reference, seed: 5, Path.Combine(directory, "a.zip"));
        var second = new SepsisModelTrainer().Train(cohort.Reference, seed: 5, Path.Combine(directory, "b.zip"));

        Assert.Equal(
            ModelScores.Score(first.Path, current).Probabilities,
            ModelScores.Score(second.Path, current).Probabilities);
    }

    [Fact]
    public void Same_seed_and_rows_give_a_byte_identical_model_file()
    {
        var rows = new IcuCohortGenerator().Generate(new CohortOptions(Seed: 6, ReferencePatients: 800, CurrentPatients: 1)).Reference;

        var first = new SepsisModelTrainer().Train(rows, seed: 6, Path.Combine(directory, "a.zip"));
        Thread.Sleep(TimeSpan.FromSeconds(2.1)); // zip timestamps have a two-second resolution
        var second = new SepsisModelTrainer().Train(rows, seed: 6, Path.Combine(directory, "b.zip"));

        Assert.Equal(File.ReadAllBytes(first.Path), File.ReadAllBytes(second.Path));
    }

    [Fact]
    public void Rows_of_one_class_are_rejected()
    {
        PatientRecord[] rows = [new(45, "F", "Site A", 1, 1, 1, 1, 1, 1, 1, 1, 1, false, false)];

        Assert.Throws<ArgumentException>("training", () => new SepsisModelTrainer().Train(rows, 1, Path.Combine(directory, "m.zip")));
    }
}
