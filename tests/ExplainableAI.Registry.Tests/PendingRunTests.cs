namespace ExplainableAI.Registry.Tests;

/// <summary>A run prepared for recording with something else (the report files): visible only once committed.</summary>
public sealed class PendingRunTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_prepared_run_is_not_visible_until_committed()
    {
        var registry = AuditRegistry.OpenOrCreate(temp.File("registry.db"));

        using var pending = registry.Prepare(SampleReports.Create(), temp.File("report.json"), "00");
        Assert.Empty(registry.History()); // a reader in WAL mode sees the last commit, not the open transaction

        var run = pending.Commit();

        Assert.Equal(run, Assert.Single(registry.History()));
    }

    [Fact]
    public void A_prepared_run_disposed_without_commit_keeps_nothing_and_releases_the_lock()
    {
        var registry = AuditRegistry.OpenOrCreate(temp.File("registry.db"));

        using (registry.Prepare(SampleReports.Create(), temp.File("1.json"), "00"))
        {
        }

        Assert.Empty(registry.History());
        registry.Record(SampleReports.Create(), temp.File("2.json"), "00"); // the write lock was released
        Assert.Single(registry.History());
    }
}
