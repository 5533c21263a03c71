using ExplainableAI.Core;
using Microsoft.Data.Sqlite;

namespace ExplainableAI.Registry;

/// <summary>
/// A run written into the registry inside an open transaction (see <see cref="AuditRegistry.Prepare(RecordedRun, CancellationToken)"/>):
/// <see cref="Commit"/> makes it visible; disposing without committing, or a process killed first, keeps nothing of it.
/// </summary>
public sealed class PendingRun : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly RunSummary _summary;
    private readonly string _path;

    internal PendingRun(SqliteConnection connection, SqliteTransaction transaction, RunSummary summary, string path)
    {
        _connection = connection;
        _transaction = transaction;
        _summary = summary;
        _path = path;
    }

    /// <summary>Commits the run.</summary>
    /// <returns>The recorded run's summary, with its ID.</returns>
    /// <exception cref="Sdk.InvalidAuditInputException">The registry refused the commit; nothing of the run is kept.</exception>
    /// <exception cref="FileSystemRefusedException">The disk is full; nothing of the run is kept.</exception>
    public RunSummary Commit() => AuditRegistry.Guard(_path, () =>
    {
        _transaction.Commit();
        return _summary;
    });

    /// <summary>Rolls back what was not committed and closes the connection.</summary>
    public void Dispose()
    {
        _transaction.Dispose();
        _connection.Dispose();
    }
}
