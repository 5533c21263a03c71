using System.Globalization;
using ExplainableAI.Core;

namespace ExplainableAI.Cli;

/// <summary>Progress as one line per check, for redirected output and CI logs.</summary>
internal sealed class PlainProgress(TextWriter output) : IAuditProgress
{
    private int total;

    public void CheckStarted(string check, int index, int total)
    {
        this.total = total;
        lock (output)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{index + 1}/{total}] {check} …"));
        }
    }

    public void CheckProgressed(string check, double fraction)
    {
        // Plain logs stay short: one line when a check starts and one when it ends.
    }

    public void CheckFinished(string check, CheckStatus status, TimeSpan duration)
    {
        lock (output)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {check}: {status.ToString().ToLowerInvariant()} in {duration.TotalSeconds:0.00} s (of {total})"));
        }
    }
}
