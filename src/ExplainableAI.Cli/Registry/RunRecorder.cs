using System.Globalization;
using ExplainableAI.Core;
using ExplainableAI.Registry;
using ExplainableAI.Sdk;

namespace ExplainableAI.Cli;

/// <summary>
/// Records an audit's run in the registry. Opened before the audit runs, so a bad named registry stops the audit
/// before anything is written; a problem with the default registry only warns, and the audit goes on unrecorded.
/// </summary>
internal sealed class RunRecorder
{
    private readonly AuditRegistry registry;
    private readonly RegistryTarget target;
    private readonly TextWriter error;

    private RunRecorder(AuditRegistry registry, RegistryTarget target, TextWriter error)
    {
        this.registry = registry;
        this.target = target;
        this.error = error;
    }

    /// <summary>Opens the registry, or returns <see langword="null"/> (with a warning) when the default one cannot be used.</summary>
    /// <exception cref="InvalidAuditInputException">The named registry cannot be used.</exception>
    public static RunRecorder? Open(RegistryTarget target, TimeProvider time, TextWriter error)
    {
        try
        {
            return new RunRecorder(AuditRegistry.OpenOrCreate(target.Path, time), target, error);
        }
        catch (InvalidAuditInputException ex) when (!target.Named)
        {
            error.WriteLine($"warning: this run will not be recorded: {ex.Message.ReplaceLineEndings(" ")} (set --registry or {RegistryLocation.EnvironmentVariable}, or --no-registry)");
            return null;
        }
    }

    /// <summary>
    /// Writes the run into the registry without committing it, so it is committed right after the report files are in
    /// place; returns <see langword="null"/> (with a warning) when the default registry failed.
    /// </summary>
    /// <exception cref="InvalidAuditInputException">The named registry refused the run.</exception>
    public PendingRun? Prepare(AuditReport report, string reportJsonPath, string reportSha256, CancellationToken cancellationToken) =>
        Warned(() => this.registry.Prepare(report, reportJsonPath, reportSha256, cancellationToken));

    /// <summary>Commits a prepared run; returns its summary, or <see langword="null"/> (with a warning) when the default registry failed.</summary>
    /// <exception cref="InvalidAuditInputException">The named registry refused the commit.</exception>
    public RunSummary? Commit(PendingRun run) => Warned(run.Commit);

    /// <summary>The line that tells where the run was recorded.</summary>
    public string Describe(RunSummary run) => string.Create(CultureInfo.InvariantCulture, $"Registry: run {run.Id} recorded in {this.registry.Path}");

    private T? Warned<T>(Func<T> write)
        where T : class
    {
        try
        {
            return write();
        }
        catch (InvalidAuditInputException ex) when (!this.target.Named)
        {
            this.error.WriteLine($"warning: the run was not recorded: {ex.Message.ReplaceLineEndings(" ")}");
            return null;
        }
    }
}
