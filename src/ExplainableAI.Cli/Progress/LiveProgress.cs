using ExplainableAI.Core;
using Spectre.Console;

namespace ExplainableAI.Cli;

/// <summary>A live progress display for an interactive terminal: one bar per check.</summary>
internal sealed class LiveProgress(ProgressContext context) : IAuditProgress
{
    private readonly Dictionary<string, ProgressTask> tasks = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public void CheckStarted(string check, int index, int total)
    {
        lock (gate)
        {
            tasks[check] = context.AddTask(Markup.Escape(check), maxValue: 1.0);
        }
    }

    public void CheckProgressed(string check, double fraction)
    {
        lock (gate)
        {
            if (tasks.TryGetValue(check, out var task))
            {
                task.Value = fraction;
            }
        }
    }

    public void CheckFinished(string check, CheckStatus status, TimeSpan duration)
    {
        lock (gate)
        {
            if (tasks.TryGetValue(check, out var task))
            {
                task.Description = $"{Markup.Escape(check)} [grey]({status.ToString().ToLowerInvariant()})[/]";
                task.Value = 1.0;
                task.StopTask();
            }
        }
    }
}
