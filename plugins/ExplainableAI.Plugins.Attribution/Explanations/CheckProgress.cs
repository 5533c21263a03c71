using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// Forwards an engine run's progress (0 to 1, reported from worker threads) to the check's progress as the span
/// [<c>start</c>, <c>end</c>] of the whole check, never backwards.
/// </summary>
internal sealed class CheckProgress(CheckContext context, double start, double end) : IProgress<double>
{
    private readonly Lock gate = new();
    private double reached = double.NegativeInfinity;

    public void Report(double value)
    {
        var fraction = start + ((end - start) * Math.Clamp(value, 0, 1));
        lock (gate)
        {
            if (fraction <= reached)
            {
                return;
            }

            reached = fraction;
            context.ReportProgress(fraction);
        }
    }
}
