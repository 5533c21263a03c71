using ExplainableAI.Sdk;
using Microsoft.Data.Sqlite;

namespace ExplainableAI.Registry.Tests;

public sealed class AuditRegistryTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Recorded_run_reads_back_with_every_field_measurement_and_finding()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        var registry = AuditRegistry.OpenOrCreate(temp.File("sub/registry.db"), clock);
        var report = SampleReports.Create(
            measurements: [SampleReports.Measure("auroc", 0.91, lower: 0.88, upper: 0.94), SampleReports.Measure("ece", double.NaN, "sex=F"), SampleReports.Measure("ratio", double.PositiveInfinity)],
            findings: [SampleReports.Finding("XAI2001", Severity.Warning, "sex", "sex=F", "gap 0.2"), SampleReports.Finding("XAI6001", Severity.Error, "crp", suppressed: true)]);

        var recorded = registry.Record(report, temp.File("report.json"), new string('C', 64));
        var run = registry.Get(recorded.Id);

        Assert.Equal(1, recorded.Id);
        var s = run.Summary;
        Assert.Equal(recorded, s);
        Assert.Equal(clock.GetUtcNow(), s.RecordedAt);
        Assert.Equal(SampleReports.Generated, s.GeneratedAt);
        Assert.Equal(("sepsis", "1.0.0", new string('a', 64), 42), (s.ModelId, s.ModelVersion, s.ModelSha256, s.Seed));
        Assert.Equal(RunVerdict.Passed, s.Verdict); // the error is suppressed, the gate is error
        Assert.Equal(Severity.Error, s.FailOn);
        Assert.Equal(("high", "2026.11.1"), (s.Tier, s.CatalogVersion));
        Assert.Equal(new Core.AuditSummary(0, 1, 0, 1, 3, 0, 0), s.Counts);
        Assert.Equal(temp.File("report.json"), s.ReportPath);
        Assert.Equal(new string('c', 64), s.ReportSha256);
        Assert.Equal([new RecordedDataset("evaluation", "current.csv", "/data/current.csv", new string('b', 64), 100, 5), new RecordedDataset("reference", "reference.csv", null, null, 80, 5)], run.Datasets);
        Assert.Equal(
            [new RecordedMeasurement("Check", "auroc", null, 0.91, 0.88, 0.94), new RecordedMeasurement("Check", "ece", "sex=F", double.NaN, null, null), new RecordedMeasurement("Check", "ratio", null, double.PositiveInfinity, null, null)],
            run.Measurements);
        Assert.Equal(
            [new RecordedFinding("XAI2001", Severity.Warning, "sex", "sex=F", "gap 0.2", "Check", false), new RecordedFinding("XAI6001", Severity.Error, "crp", null, "message", "Check", true)],
            run.Findings);
        Assert.Empty(registry.CheckIntegrity());
    }

    [Fact]
    public void History_lists_runs_oldest_first_and_filters_by_model()
    {
        var registry = AuditRegistry.OpenOrCreate(temp.File("registry.db"));
        registry.Record(SampleReports.Create("a", "1"), temp.File("1.json"), "00");
        registry.Record(SampleReports.Create("b", "1"), temp.File("2.json"), "00");
        registry.Record(SampleReports.Create("a", "2", findings: [SampleReports.Finding("XAI1", Severity.Error)]), temp.File("3.json"), "00");

        Assert.Equal([1L, 2, 3], registry.History().Select(r => r.Id));
        Assert.Equal([(1L, "1", RunVerdict.Passed), (3L, "2", RunVerdict.Failed)], registry.History("a").Select(r => (r.Id, r.ModelVersion, r.Verdict)));
        Assert.Empty(registry.History("c"));
    }

    [Fact]
    public void A_missing_run_is_bad_input_naming_the_run()
    {
        var registry = AuditRegistry.OpenOrCreate(temp.File("registry.db"));

        var error = Assert.Throws<InvalidAuditInputException>(() => registry.Get(7));

        Assert.Contains("run 7 is not in the registry", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Opening_a_missing_registry_for_reading_does_not_create_it()
    {
        var path = temp.File("none.db");

        var error = Assert.Throws<InvalidAuditInputException>(() => AuditRegistry.OpenExisting(path));

        Assert.Contains("no registry here", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_bad_input()
    {
        var path = temp.File("corrupt.db");
        File.WriteAllText(path, "this is not an SQLite database, but it is long enough to have a header of 100 bytes......................");

        var error = Assert.Throws<InvalidAuditInputException>(() => AuditRegistry.OpenOrCreate(path));

        Assert.Equal(path, error.File);
        Assert.Contains("not an SQLite database, or it is corrupt", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_programs_database_is_refused_not_written()
    {
        var path = temp.File("other.db");
        Execute(path, "CREATE TABLE patients (id INTEGER)");

        var error = Assert.Throws<InvalidAuditInputException>(() => AuditRegistry.OpenOrCreate(path));

        Assert.Contains("not an ExplainableAI registry", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_newer_schema_is_refused_with_both_versions()
    {
        var path = temp.File("registry.db");
        AuditRegistry.OpenOrCreate(path);
        Execute(path, "UPDATE schema_version SET version = 2");

        var error = Assert.Throws<InvalidAuditInputException>(() => AuditRegistry.OpenExisting(path));

        Assert.Equal("schema_version", error.Field);
        Assert.Contains("registry schema version 2 was written by a newer xai; this one reads up to version 1", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_is_in_wal_mode_and_records_its_schema_version()
    {
        var path = temp.File("registry.db");
        AuditRegistry.OpenOrCreate(path);

        Assert.Equal("wal", Scalar(path, "PRAGMA journal_mode"));
        Assert.Equal(1L, Scalar(path, "SELECT version FROM schema_version"));
    }

    [Fact]
    public void An_exception_in_the_middle_of_a_write_leaves_no_part_of_the_run()
    {
        var registry = AuditRegistry.OpenOrCreate(temp.File("registry.db"));
        registry.Record(SampleReports.Create(), temp.File("1.json"), "00");
        var whole = RecordedRun.FromReport(SampleReports.Large(5000), temp.File("2.json"), "00", DateTimeOffset.UnixEpoch);
        var failing = whole with { Measurements = new FailingList<RecordedMeasurement>(whole.Measurements, failAt: 2500) };

        Assert.Throws<InvalidOperationException>(() => registry.Record(failing));

        Assert.Equal([1L], registry.History().Select(r => r.Id));
        Assert.Equal(0L, Scalar(registry.Path, "SELECT COUNT(*) FROM measurements WHERE run_id <> 1"));
        Assert.Empty(registry.CheckIntegrity());
        Assert.Equal(2, registry.Record(whole).Id); // the writer lock was released
    }

    [Fact]
    public void Cancelling_a_write_leaves_no_part_of_the_run()
    {
        var registry = AuditRegistry.OpenOrCreate(temp.File("registry.db"));
        using var cancellation = new CancellationTokenSource();
        var whole = RecordedRun.FromReport(SampleReports.Large(3000), temp.File("1.json"), "00", DateTimeOffset.UnixEpoch);
        var cancelling = whole with { Measurements = new FailingList<RecordedMeasurement>(whole.Measurements, failAt: 1500, fail: cancellation.Cancel) };

        Assert.ThrowsAny<OperationCanceledException>(() => registry.Record(cancelling, cancellation.Token));

        Assert.Empty(registry.History());
        Assert.Equal(0L, Scalar(registry.Path, "SELECT COUNT(*) FROM measurements"));
    }

    [Fact]
    public async Task Parallel_writers_on_separate_connections_record_every_run_whole()
    {
        var path = temp.File("registry.db");
        const int writers = 6, runsEach = 8;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(() =>
        {
            // Each writer opens the file itself, as a separate process would; the first ones race to create the schema.
            var registry = AuditRegistry.OpenOrCreate(path);
            for (var i = 0; i < runsEach; i++)
            {
                registry.Record(SampleReports.Large(200) with { Seed = (w * 100) + i }, temp.File($"{w}-{i}.json"), "00");
            }
        })));

        var all = AuditRegistry.OpenExisting(path);
        var runs = all.History();
        Assert.Equal(writers * runsEach, runs.Count);
        Assert.Equal(Enumerable.Range(1, writers * runsEach).Select(i => (long)i), runs.Select(r => r.Id));
        Assert.Equal(writers * runsEach, runs.Select(r => r.Seed).Distinct().Count());
        Assert.Empty(all.CheckIntegrity());
        Assert.All(runs, r => Assert.Equal(200, all.Get(r.Id).Measurements.Count));
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>A list whose enumeration fails (or runs an action, then fails) at one index, to interrupt a write midway.</summary>
    private sealed class FailingList<T>(IReadOnlyList<T> items, int failAt, Action? fail = null) : IReadOnlyList<T>
    {
        public int Count => items.Count;

        public T this[int index] => items[index];

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (i == failAt)
                {
                    if (fail is null)
                    {
                        throw new InvalidOperationException("failure in the middle of the write");
                    }

                    fail();
                }

                yield return items[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
