using ExplainableAI.Demo.Cohorts;

namespace ExplainableAI.Demo.Tests.Cohorts;

public sealed class CohortCsvTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "xai-csv-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Same_seed_writes_identical_bytes()
    {
        var first = WriteCurrent(new CohortOptions(), "a.csv");
        var second = WriteCurrent(new CohortOptions(), "b.csv");

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Different_seed_writes_different_bytes()
    {
        var first = WriteCurrent(new CohortOptions(Seed: 1), "a.csv");
        var second = WriteCurrent(new CohortOptions(Seed: 2), "b.csv");

        Assert.NotEqual(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Header_is_the_snake_case_column_list_and_there_is_no_byte_order_mark()
    {
        var path = WriteCurrent(new CohortOptions(CurrentPatients: 5), "c.csv");
        var bytes = File.ReadAllBytes(path);

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(
            "age,sex,site,heart_rate,resp_rate,temperature,systolic_bp,wbc,lactate,creatinine,crp,spo2,antibiotics_ordered,sepsis",
            File.ReadLines(path).First());
        Assert.Equal(6, File.ReadAllLines(path).Length);
    }

    [Fact]
    public void Rows_use_invariant_numbers_empty_missing_fields_and_lower_case_booleans()
    {
        PatientRecord[] rows =
        [
            new(45, "F", "Site B", 101, null, 38.4, 95, 12.5, null, 1.25, null, 93, true, false),
        ];
        var path = Path.Combine(directory, "one.csv");

        CohortCsv.Write(rows, path);

        Assert.Equal("45,F,Site B,101,,38.4,95,12.5,,1.25,,93,true,false", File.ReadAllLines(path)[1]);
    }

    [Fact]
    public void Rewriting_replaces_the_file_and_leaves_no_temporary_files()
    {
        var path = Path.Combine(directory, "d.csv");
        CohortCsv.Write([new(45, "F", "Site A", 1, 1, 1, 1, 1, 1, 1, 1, 1, false, false)], path);

        CohortCsv.Write([], path);

        Assert.Single(File.ReadAllLines(path));
        Assert.Equal(["d.csv"], Directory.GetFiles(directory).Select(Path.GetFileName));
    }

    private string WriteCurrent(CohortOptions options, string name)
    {
        var path = Path.Combine(directory, name);
        CohortCsv.Write(new IcuCohortGenerator().Generate(options).Current, path);
        return path;
    }
}
