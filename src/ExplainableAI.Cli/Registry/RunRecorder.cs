using System.Security.Cryptography;
using ExplainableAI.Registry;
using ExplainableAI.Sdk;

namespace ExplainableAI.Cli;

/// <summary>
/// Records an audit's run in the registry. Opened before the audit runs, so a bad named registry stops the audit
/// before anything is written; a problem with the default registry only warns, and the audit goes on unrecorded.
/// </summary>
internal sealed class RunRecorder
{
    private readonly AuditRegistry _registry;
    private readonly RegistryTarget _target;
    private readonly TextWriter _error;

    private RunRecorder(AuditRegistry registry, RegistryTarget target, TextWriter error)
    {
        _registry = registry;
        _target = target;
        _error = error;
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

    /// <summary>Records the outcome and says so; returns the run's summary, or <see langword="null"/> when the default registry failed.</summary>
    public RunSummary? Record(AuditOutcome outcome, TextWriter output, CancellationToken cancellationToken)
    {
        try
        {
            var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(outcome.Files.Json)));
            var run = _registry.Record(outcome.Report, outcome.Files.Json, sha, cancellationToken);
            output.WriteLine($"Registry: run {run.Id} recorded in {_registry.Path}");
            return run;
        }
        catch (InvalidAuditInputException ex) when (!_target.Named)
        {
            _error.WriteLine($"warning: the run was not recorded: {ex.Message.ReplaceLineEndings(" ")}");
            return null;
        }
    }
}
