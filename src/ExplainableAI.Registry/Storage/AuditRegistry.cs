using System.Globalization;
using ExplainableAI.Core;
using ExplainableAI.Sdk;
using Microsoft.Data.Sqlite;

namespace ExplainableAI.Registry;

/// <summary>
/// The run registry: an SQLite file that records every audit run, so versions of a model can be listed and compared.
/// Safe for concurrent writers (several audits at once, in one process or many): the file is in WAL mode, waits on a
/// lock instead of failing, and writes each run in one immediate transaction, so a reader or a process killed mid-write
/// never leaves or sees half a run.
/// </summary>
public sealed class AuditRegistry
{
    private const int BusyTimeoutMilliseconds = 30_000;

    private readonly string connectionString;
    private readonly TimeProvider time;

    private AuditRegistry(string path, TimeProvider time)
    {
        Path = path;
        this.time = time;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();
    }

    /// <summary>The full path of the registry file.</summary>
    public string Path { get; }

    /// <summary>Opens a registry, creating the file (and its folder) when it does not exist.</summary>
    /// <param name="path">The SQLite file.</param>
    /// <param name="time">The clock for <see cref="RunSummary.RecordedAt"/>; the system clock by default.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="InvalidAuditInputException">The file is not a registry, is corrupt, or has a newer schema.</exception>
    public static AuditRegistry OpenOrCreate(string path, TimeProvider? time = null)
    {
        // A device or pipe (such as /dev/null), or a path under a file, is refused before SQLite tries it.
        var full = OutputPaths.CheckFile(FullPath(path), "registry");
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidAuditInputException($"cannot create the registry's folder: {ex.Message}", file: full, innerException: ex);
        }

        if (!File.Exists(full))
        {
            // Create the empty database file; the schema is written by Initialize, under a lock.
            using var create = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
            Guard(full, create.Open);
        }

        return Initialize(new AuditRegistry(full, time ?? TimeProvider.System));
    }

    /// <summary>Opens a registry that must already exist (for reading history and comparisons).</summary>
    /// <param name="path">The SQLite file.</param>
    /// <param name="time">The clock for <see cref="RunSummary.RecordedAt"/>; the system clock by default.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="InvalidAuditInputException">The file is missing, is not a registry, is corrupt, or has a newer schema.</exception>
    public static AuditRegistry OpenExisting(string path, TimeProvider? time = null)
    {
        var full = FullPath(path);
        if (!File.Exists(full))
        {
            throw new InvalidAuditInputException("no registry here: no audit has been recorded in this file yet (xai audit records runs; see --registry)", file: full);
        }

        return Initialize(new AuditRegistry(full, time ?? TimeProvider.System));
    }

    /// <summary>Records the run a written report describes.</summary>
    /// <param name="report">The report.</param>
    /// <param name="reportPath">Where its <c>report.json</c> was written.</param>
    /// <param name="reportSha256">SHA-256 of that file.</param>
    /// <param name="cancellationToken">Cancels the write; nothing of the run is kept.</param>
    /// <returns>The recorded run's summary, with its ID.</returns>
    public RunSummary Record(AuditReport report, string reportPath, string reportSha256, CancellationToken cancellationToken = default) =>
        Record(RecordedRun.FromReport(report, reportPath, reportSha256, this.time.GetUtcNow()), cancellationToken);

    /// <summary>Records a run in one transaction: either all of it is stored or none of it.</summary>
    /// <param name="run">The run; its <see cref="RunSummary.Id"/> is ignored and a new one assigned.</param>
    /// <param name="cancellationToken">Cancels the write; nothing of the run is kept.</param>
    /// <returns>The recorded run's summary, with its ID.</returns>
    public RunSummary Record(RecordedRun run, CancellationToken cancellationToken = default)
    {
        using var pending = Prepare(run, cancellationToken);
        return pending.Commit();
    }

    /// <summary>
    /// Writes a run inside an open transaction, holding the registry's write lock, so the caller can commit it right after
    /// committing something else (the report files): the waiting, the writing and any refusal happen before, and only
    /// the commit itself is left. Disposing without <see cref="PendingRun.Commit"/> keeps nothing of the run.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="reportPath">Where its <c>report.json</c> is (or is about to be) written.</param>
    /// <param name="reportSha256">SHA-256 of that file.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The run, written but not committed.</returns>
    public PendingRun Prepare(AuditReport report, string reportPath, string reportSha256, CancellationToken cancellationToken = default) =>
        Prepare(RecordedRun.FromReport(report, reportPath, reportSha256, this.time.GetUtcNow()), cancellationToken);

    /// <summary>Writes a run inside an open transaction; see <see cref="Prepare(AuditReport, string, string, CancellationToken)"/>.</summary>
    /// <param name="run">The run; its <see cref="RunSummary.Id"/> is ignored and a new one assigned.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The run, written but not committed.</returns>
    public PendingRun Prepare(RecordedRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Guard(Path, () =>
        {
            var connection = Connect();
            SqliteTransaction? transaction = null;
            try
            {
                // BEGIN IMMEDIATE: take the write lock up front, so two writers queue on the busy timeout instead of one
                // failing when it upgrades a read lock.
                transaction = connection.BeginTransaction(deferred: false);
                var id = InsertRun(connection, transaction, run);
                InsertRows(connection, transaction, id, run, cancellationToken);
                cancellationToken.ThrowIfCancellationRequested();
                return new PendingRun(connection, transaction, run.Summary with { Id = id }, Path);
            }
            catch
            {
                transaction?.Dispose();
                connection.Dispose();
                throw;
            }
        });
    }

    /// <summary>The recorded runs, oldest first.</summary>
    /// <param name="modelId">Only the runs of this model, or every run.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The runs' summaries.</returns>
    public IReadOnlyList<RunSummary> History(string? modelId = null, CancellationToken cancellationToken = default) => Guard(Path, () =>
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {RunColumns} FROM runs {(modelId is null ? string.Empty : "WHERE model_id = $model")} ORDER BY id";
        if (modelId is not null)
        {
            command.Parameters.AddWithValue("$model", modelId);
        }

        var runs = new List<RunSummary>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            runs.Add(ReadRun(reader));
        }

        return (IReadOnlyList<RunSummary>)runs;
    });

    /// <summary>A recorded run with its datasets, measurements and findings.</summary>
    /// <param name="id">The run's ID.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The run.</returns>
    /// <exception cref="InvalidAuditInputException">No run has this ID.</exception>
    public RecordedRun Get(long id, CancellationToken cancellationToken = default) => Guard(Path, () =>
    {
        using var connection = Connect();

        // One read transaction: a snapshot, so a run being written meanwhile is either wholly visible or not at all.
        using var transaction = connection.BeginTransaction(deferred: true);
        RunSummary summary;
        using (var command = Command(connection, transaction, $"SELECT {RunColumns} FROM runs WHERE id = $id", ("$id", id)))
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read())
            {
                throw new InvalidAuditInputException($"run {id.ToString(CultureInfo.InvariantCulture)} is not in the registry; 'xai history' lists the recorded runs", file: Path);
            }

            summary = ReadRun(reader);
        }

        var datasets = ReadAll(connection, transaction, "SELECT role, name, path, sha256, row_count, column_count FROM datasets WHERE run_id = $id ORDER BY ordinal", id, cancellationToken, r =>
            new RecordedDataset(r.GetString(0), r.GetString(1), NullableString(r, 2), NullableString(r, 3), r.GetInt32(4), r.GetInt32(5)));
        var measurements = ReadAll(connection, transaction, "SELECT check_name, name, subject, value, lower, upper FROM measurements WHERE run_id = $id ORDER BY ordinal", id, cancellationToken, r =>
            new RecordedMeasurement(r.GetString(0), r.GetString(1), NullableString(r, 2), r.IsDBNull(3) ? double.NaN : r.GetDouble(3), NullableDouble(r, 4), NullableDouble(r, 5)));
        var findings = ReadAll(connection, transaction, "SELECT rule_id, severity, column_name, group_name, message, check_name, suppressed FROM findings WHERE run_id = $id ORDER BY ordinal", id, cancellationToken, r =>
            new RecordedFinding(r.GetString(0), ParseSeverity(r.GetString(1)), NullableString(r, 2), NullableString(r, 3), r.GetString(4), r.GetString(5), r.GetInt64(6) != 0));
        return new RecordedRun(summary, datasets, measurements, findings);
    });

    /// <summary>
    /// Problems in the file: SQLite's own integrity check, and runs whose stored measurement or finding rows do not
    /// number what the run says. Empty when the registry is sound.
    /// </summary>
    /// <returns>One line per problem.</returns>
    public IReadOnlyList<string> CheckIntegrity() => Guard(Path, () =>
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction(deferred: true);
        var problems = new List<string>();
        using (var command = Command(connection, transaction, "PRAGMA integrity_check"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var line = reader.GetString(0);
                if (line != "ok")
                {
                    problems.Add(line);
                }
            }
        }

        using (var command = Command(connection, transaction, """
            SELECT r.id, r.measurement_count, (SELECT COUNT(*) FROM measurements m WHERE m.run_id = r.id),
                   r.finding_count, (SELECT COUNT(*) FROM findings f WHERE f.run_id = r.id)
            FROM runs r ORDER BY r.id
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (reader.GetInt64(1) != reader.GetInt64(2) || reader.GetInt64(3) != reader.GetInt64(4))
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"run {reader.GetInt64(0)}: {reader.GetInt64(2)} of {reader.GetInt64(1)} measurements and {reader.GetInt64(4)} of {reader.GetInt64(3)} findings stored"));
                }
            }
        }

        return (IReadOnlyList<string>)problems;
    });

    private const string RunColumns = "id, recorded_at, generated_at, model_id, model_version, model_sha256, tool_name, tool_version, seed, verdict, fail_on, tier, catalog_version, "
        + "errors, warnings, infos, suppressed, checks_run, checks_failed, checks_skipped, report_path, report_sha256";

    private static AuditRegistry Initialize(AuditRegistry registry)
    {
        Guard(registry.Path, () =>
        {
            using var connection = registry.Connect();

            // WAL lets readers go on while one writer writes; it is a property of the file, set once and kept.
            using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode = WAL";
                wal.ExecuteScalar();
            }

            using var transaction = connection.BeginTransaction(deferred: false);
            var tables = new List<string>();
            using (var command = Command(connection, transaction, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            if (tables.Count == 0)
            {
                using var create = Command(connection, transaction, RegistrySchema.CreateVersion1);
                create.ExecuteNonQuery();
                transaction.Commit();
                return 0;
            }

            if (!tables.Contains("schema_version", StringComparer.Ordinal))
            {
                throw new InvalidAuditInputException("not an ExplainableAI registry: an SQLite database without a schema_version table", file: registry.Path);
            }

            using var version = Command(connection, transaction, "SELECT MAX(version) FROM schema_version");
            var found = version.ExecuteScalar() is long v ? v : 0;
            if (found > RegistrySchema.CurrentVersion)
            {
                throw new InvalidAuditInputException(
                    string.Create(CultureInfo.InvariantCulture, $"registry schema version {found} was written by a newer xai; this one reads up to version {RegistrySchema.CurrentVersion}: upgrade xai or use another --registry"),
                    file: registry.Path,
                    field: "schema_version");
            }

            if (found < 1)
            {
                throw new InvalidAuditInputException("not an ExplainableAI registry: schema_version holds no version", file: registry.Path, field: "schema_version");
            }

            transaction.Commit();
            return 0;
        });
        return registry;
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var pragmas = connection.CreateCommand();

        // The busy timeout makes a second writer wait for the first; FULL sync makes a committed run survive a power cut.
        pragmas.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;");
        pragmas.ExecuteNonQuery();
        return connection;
    }

    private static long InsertRun(SqliteConnection connection, SqliteTransaction transaction, RecordedRun run)
    {
        var s = run.Summary;
        using var command = Command(
            connection,
            transaction,
            """
            INSERT INTO runs (recorded_at, generated_at, model_id, model_version, model_sha256, tool_name, tool_version, seed, verdict, fail_on, tier, catalog_version,
                              errors, warnings, infos, suppressed, checks_run, checks_failed, checks_skipped, report_path, report_sha256, measurement_count, finding_count)
            VALUES ($recorded, $generated, $model, $version, $modelSha, $tool, $toolVersion, $seed, $verdict, $failOn, $tier, $catalog,
                    $errors, $warnings, $infos, $suppressed, $run, $failed, $skipped, $path, $sha, $measurements, $findings);
            SELECT last_insert_rowid();
            """,
            ("$recorded", Timestamp(s.RecordedAt)),
            ("$generated", Timestamp(s.GeneratedAt)),
            ("$model", s.ModelId),
            ("$version", s.ModelVersion),
            ("$modelSha", s.ModelSha256),
            ("$tool", s.ToolName),
            ("$toolVersion", s.ToolVersion),
            ("$seed", s.Seed),
            ("$verdict", Token(s.Verdict)),
            ("$failOn", Token(s.FailOn)),
            ("$tier", s.Tier),
            ("$catalog", s.CatalogVersion),
            ("$errors", s.Counts.Errors),
            ("$warnings", s.Counts.Warnings),
            ("$infos", s.Counts.Infos),
            ("$suppressed", s.Counts.Suppressed),
            ("$run", s.Counts.ChecksRun),
            ("$failed", s.Counts.ChecksFailed),
            ("$skipped", s.Counts.ChecksSkipped),
            ("$path", s.ReportPath),
            ("$sha", s.ReportSha256),
            ("$measurements", run.Measurements.Count),
            ("$findings", run.Findings.Count));
        return (long)command.ExecuteScalar()!;
    }

    private static void InsertRows(SqliteConnection connection, SqliteTransaction transaction, long id, RecordedRun run, CancellationToken cancellationToken)
    {
        using (var insert = Prepared(connection, transaction, "INSERT INTO datasets VALUES ($run, $ordinal, $a, $b, $c, $d, $e, $f)", id))
        {
            var ordinal = 0;
            foreach (var d in run.Datasets)
            {
                Execute(insert, ordinal++, d.Role, d.Name, d.Path, d.Sha256, d.Rows, d.Columns);
            }
        }

        using (var insert = Prepared(connection, transaction, "INSERT INTO measurements VALUES ($run, $ordinal, $a, $b, $c, $d, $e, $f)", id))
        {
            var ordinal = 0;
            foreach (var m in run.Measurements)
            {
                if ((ordinal & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                // SQLite stores NaN as NULL; NULL reads back as NaN.
                Execute(insert, ordinal++, m.Check, m.Name, m.Subject, double.IsNaN(m.Value) ? null : m.Value, Finite(m.Lower), Finite(m.Upper));
            }
        }

        using (var insert = Prepared(connection, transaction, "INSERT INTO findings VALUES ($run, $ordinal, $a, $b, $c, $d, $e, $f, $g)", id))
        {
            var ordinal = 0;
            foreach (var f in run.Findings)
            {
                if ((ordinal & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                Execute(insert, ordinal++, f.RuleId, Token(f.Severity), f.Column, f.Group, f.Message, f.Check, f.Suppressed ? 1 : 0);
            }
        }
    }

    private static double? Finite(double? value) => value is { } v && double.IsNaN(v) ? null : value;

    private static SqliteCommand Prepared(SqliteConnection connection, SqliteTransaction transaction, string sql, long runId)
    {
        var command = Command(connection, transaction, sql, ("$run", runId), ("$ordinal", 0));
        foreach (var name in new[] { "$a", "$b", "$c", "$d", "$e", "$f", "$g" }.Where(n => sql.Contains(n, StringComparison.Ordinal)))
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        command.Prepare();
        return command;
    }

    private static void Execute(SqliteCommand command, int ordinal, params object?[] values)
    {
        command.Parameters["$ordinal"].Value = ordinal;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i + 2].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static List<T> ReadAll<T>(SqliteConnection connection, SqliteTransaction transaction, string sql, long id, CancellationToken cancellationToken, Func<SqliteDataReader, T> read)
    {
        using var command = Command(connection, transaction, sql, ("$id", id));
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            if ((rows.Count & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            rows.Add(read(reader));
        }

        return rows;
    }

    private static RunSummary ReadRun(SqliteDataReader r) => new(
        r.GetInt64(0),
        ParseTimestamp(r.GetString(1)),
        ParseTimestamp(r.GetString(2)),
        r.GetString(3),
        r.GetString(4),
        NullableString(r, 5),
        r.GetString(6),
        r.GetString(7),
        r.GetInt32(8),
        Enum.Parse<RunVerdict>(r.GetString(9), ignoreCase: true),
        ParseSeverity(r.GetString(10)),
        NullableString(r, 11),
        NullableString(r, 12),
        new AuditSummary(r.GetInt32(13), r.GetInt32(14), r.GetInt32(15), r.GetInt32(16), r.GetInt32(17), r.GetInt32(18), r.GetInt32(19)),
        r.GetString(20),
        r.GetString(21));

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static double? NullableDouble(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    private static string Timestamp(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTimestamp(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static string Token<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static Severity ParseSeverity(string text) => Enum.Parse<Severity>(text, ignoreCase: true);

    private static string FullPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new InvalidAuditInputException("expected a registry file, found a folder", file: full);
        }

        return full;
    }

    private static void Guard(string path, Action action) => Guard(path, () =>
    {
        action();
        return 0;
    });

    /// <summary>
    /// Turns SQLite's errors into one-line input errors that name the file; a full disk is the environment's fault, not
    /// the input's, and stays a <see cref="FileSystemRefusedException"/>.
    /// </summary>
    internal static T Guard<T>(string path, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 13)
        {
            throw new FileSystemRefusedException(path, "the disk is full", ex);
        }
        catch (SqliteException ex)
        {
            var problem = ex.SqliteErrorCode switch
            {
                26 or 11 => "not an ExplainableAI registry: the file is not an SQLite database, or it is corrupt",
                5 or 6 => "the registry stayed locked by another process; try again",
                8 or 3 or 14 => $"cannot open the registry for writing: {ex.Message.TrimEnd('.')}",
                _ => $"registry error: {ex.Message.TrimEnd('.')}",
            };
            throw new InvalidAuditInputException(problem, file: path, innerException: ex);
        }
    }
}
