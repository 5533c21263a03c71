using System.Globalization;

namespace ExplainableAI.Cli;

/// <summary>Progress of one long operation as a line every 10 %, readable in a terminal and in a CI log.</summary>
internal sealed class PercentProgress(TextWriter output, string what) : IProgress<double>
{
    private readonly Lock gate = new();
    private int lastTenth = -1;

    public void Report(double value)
    {
        var tenth = (int)Math.Floor(Math.Clamp(value, 0, 1) * 10);
        lock (gate)
        {
            // Reports arrive from worker threads, possibly out of order: print each step once, never backwards.
            if (tenth <= lastTenth)
            {
                return;
            }

            lastTenth = tenth;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {tenth * 10} %"));
        }
    }
}
