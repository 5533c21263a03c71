namespace ExplainableAI.Registry;

/// <summary>
/// The registry's tables. Version <see cref="CurrentVersion"/> is stored in <c>schema_version</c>; a file with a higher
/// version was written by a newer tool and is refused rather than misread.
/// </summary>
internal static class RegistrySchema
{
    /// <summary>The schema version this build writes and reads.</summary>
    public const int CurrentVersion = 1;

    // measurement_count and finding_count are written with the run, in the same transaction as the rows they count,
    // so an integrity check can prove every recorded run is whole.
    public const string CreateVersion1 = """
        CREATE TABLE schema_version (version INTEGER NOT NULL);
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            recorded_at TEXT NOT NULL,
            generated_at TEXT NOT NULL,
            model_id TEXT NOT NULL,
            model_version TEXT NOT NULL,
            model_sha256 TEXT,
            tool_name TEXT NOT NULL,
            tool_version TEXT NOT NULL,
            seed INTEGER NOT NULL,
            verdict TEXT NOT NULL,
            fail_on TEXT NOT NULL,
            tier TEXT,
            catalog_version TEXT,
            errors INTEGER NOT NULL,
            warnings INTEGER NOT NULL,
            infos INTEGER NOT NULL,
            suppressed INTEGER NOT NULL,
            checks_run INTEGER NOT NULL,
            checks_failed INTEGER NOT NULL,
            checks_skipped INTEGER NOT NULL,
            report_path TEXT NOT NULL,
            report_sha256 TEXT NOT NULL,
            measurement_count INTEGER NOT NULL,
            finding_count INTEGER NOT NULL);
        CREATE INDEX runs_model ON runs (model_id, id);
        CREATE TABLE datasets (
            run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            role TEXT NOT NULL,
            name TEXT NOT NULL,
            path TEXT,
            sha256 TEXT,
            row_count INTEGER NOT NULL,
            column_count INTEGER NOT NULL,
            PRIMARY KEY (run_id, ordinal));
        CREATE TABLE measurements (
            run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            check_name TEXT NOT NULL,
            name TEXT NOT NULL,
            subject TEXT,
            value REAL,
            lower REAL,
            upper REAL,
            PRIMARY KEY (run_id, ordinal));
        CREATE TABLE findings (
            run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            rule_id TEXT NOT NULL,
            severity TEXT NOT NULL,
            column_name TEXT,
            group_name TEXT,
            message TEXT NOT NULL,
            check_name TEXT NOT NULL,
            suppressed INTEGER NOT NULL,
            PRIMARY KEY (run_id, ordinal));
        INSERT INTO schema_version (version) VALUES (1);
        """;
}
