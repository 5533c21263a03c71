using ExplainableAI.Core;
using Microsoft.Data.Sqlite;

namespace ExplainableAI.Registry;

/// <summary>
/// A run written into the registry inside an open transaction (see <see cref="AuditRegistry.Prepare(RecordedRun, CancellationToken)"/>):
/// <see cref="Commit"/> makes it visible; disposing without committing, or a process killed first, keeps nothing of it.
/// </summary>
public sealed class PendingRun : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly RunSummary summary;
    private readonly string path;

    internal PendingRun(SqliteConnection connection, SqliteTransaction transaction, RunSummary summary, string path)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.summary = summary;
        this.path = path;
    }

    /// <summary>Commits the run.</summary>
    /// <returns>The recorded run's summary, with its ID.</returns>
    /// <exception cref="Sdk.InvalidAuditInputException">The registry refused the commit; nothing of the run is kept.</exception>
    /// <exception cref="FileSystemRefusedException">The disk is full; nothing of the run is kept.</exception>
    public RunSummary Commit() => AuditRegistry.Guard(this.path, () =>
    {
        this.transaction.Commit();
        return this.summary;
    });

    /// <summary>Rolls back what was not committed and closes the connection.</summary>
    public void Dispose()
    {
        this.transaction.Dispose();
        this.connection.Dispose();
    }
}
