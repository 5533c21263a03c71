using ExplainableAI.Core;

namespace ExplainableAI.Cli;

/// <summary>
/// The second line of defence against a plugin that ends the process (<c>Environment.Exit(0)</c> through reflection,
/// which the load-time IL scan cannot see): while an audit runs, a process exit says which check was running on stderr
/// and turns the exit code into <see cref="ExitCodes.InternalError"/>, so a run that wrote no report never exits 0.
/// .NET runs <see cref="AppDomain.ProcessExit"/> handlers after <c>Environment.Exit</c> latches its code and before the
/// process ends, and an <see cref="Environment.ExitCode"/> set there is the code the process exits with (verified with
/// a child process on .NET 10; the hostile corpus runs the case as a real child process).
/// </summary>
internal sealed class AuditExitGuard : IDisposable
{
    private readonly TextWriter error;
    private readonly Lock gate = new();
    private string? runningCheck;
    private bool finished;

    public AuditExitGuard(TextWriter error)
    {
        this.error = error;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>Wraps the audit's progress so the guard knows which check is running.</summary>
    /// <param name="inner">The progress display.</param>
    /// <returns>The progress to hand the engine.</returns>
    public IAuditProgress Watch(IAuditProgress inner) => new WatchedProgress(this, inner);

    /// <summary>The report is written: an exit from now on is the tool's own.</summary>
    public void Finish()
    {
        lock (gate)
        {
            finished = true;
        }
    }

    public void Dispose() => AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;

    private void OnProcessExit(object? sender, EventArgs e)
    {
        string where;
        lock (gate)
        {
            if (finished)
            {
                return;
            }

            where = runningCheck is null ? "the audit" : $"check {UntrustedText.Clean(runningCheck)}";
        }

        error.WriteLine($"error: a plugin ended the process during {where}; no report was written");
        error.Flush();
        Environment.ExitCode = ExitCodes.InternalError;
    }

    private void Started(string check)
    {
        lock (gate)
        {
            runningCheck = check;
        }
    }

    private sealed class WatchedProgress(AuditExitGuard guard, IAuditProgress inner) : IAuditProgress
    {
        public void CheckStarted(string check, int index, int total)
        {
            guard.Started(check);
            inner.CheckStarted(check, index, total);
        }

        public void CheckProgressed(string check, double fraction) => inner.CheckProgressed(check, fraction);

        public void CheckFinished(string check, CheckStatus status, TimeSpan duration) => inner.CheckFinished(check, status, duration);
    }
}
