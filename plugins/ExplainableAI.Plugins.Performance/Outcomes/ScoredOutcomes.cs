using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// The rows a binary check can use: a score and a label, both present, aligned, and sorted once by score so that every
/// curve, rank statistic and group split that follows is a linear pass.
/// </summary>
internal sealed class ScoredOutcomes
{
    private ScoredOutcomes(double[] scores, byte[] positive, int[] rows, BinaryLabel label, double threshold, int droppedRows)
    {
        // Sort by score ascending, carrying the original row; positives follow their rows.
        var order = rows;
        Array.Sort(scores, order);
        var sortedPositive = new byte[positive.Length];
        Rows = order;
        for (var i = 0; i < order.Length; i++)
        {
            sortedPositive[i] = positive[order[i]];
        }

        Scores = scores;
        Positive = sortedPositive;
        Label = label;
        Threshold = threshold;
        DroppedRows = droppedRows;
    }

    /// <summary>Scores, ascending.</summary>
    public double[] Scores { get; }

    /// <summary>1 for a positive row, 0 for a negative one, aligned with <see cref="Scores"/>.</summary>
    public byte[] Positive { get; }

    /// <summary>The evaluation row of each entry, aligned with <see cref="Scores"/>.</summary>
    public int[] Rows { get; }

    /// <summary>The binary label.</summary>
    public BinaryLabel Label { get; }

    /// <summary>The operating threshold: a score at least this is predicted positive.</summary>
    public double Threshold { get; }

    /// <summary>Evaluation rows left out because their label or score was missing.</summary>
    public int DroppedRows { get; }

    /// <summary>Rows used.</summary>
    public int Count => Scores.Length;

    /// <summary>
    /// Reads scores (from the model or the registered score column) and the binary label, leaving out rows with a missing
    /// label or a NaN score.
    /// </summary>
    /// <param name="context">The check's context.</param>
    /// <param name="cancellationToken">Cancels the prediction.</param>
    /// <returns>
    /// The outcomes, or <see langword="null"/> after telling the context why the check is skipped: the task is not
    /// binary classification, the label is not binary, or no row has both a label and a score.
    /// </returns>
    public static async ValueTask<ScoredOutcomes?> LoadAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var registration = context.Registration;
        if (registration.LabelColumn is null || !context.Evaluation.TryGetColumn(registration.LabelColumn, out var labelColumn))
        {
            context.Skip("it needs a label column");
            return null;
        }

        var predictions = await context.GetPredictionsAsync(cancellationToken).ConfigureAwait(false);
        if (predictions.Task != ModelTask.BinaryClassification)
        {
            context.Skip($"it examines binary classifiers, and the model's task is {predictions.Task}");
            return null;
        }

        var label = BinaryLabel.TryRead(labelColumn, registration.PositiveClass);
        if (label is null)
        {
            context.Skip($"label column '{labelColumn.Name}' does not have exactly two classes");
            return null;
        }

        var outcomes = From(predictions.Values.Span, labelColumn.Values, label, registration.Threshold);
        if (outcomes.Count == 0)
        {
            context.Skip("no row has both a label and a score");
            return null;
        }

        return outcomes;
    }

    /// <summary>Aligns scores with a binary label.</summary>
    /// <param name="scores">One score per evaluation row.</param>
    /// <param name="labels">One stored label value per evaluation row.</param>
    /// <param name="label">The binary label.</param>
    /// <param name="threshold">The operating threshold.</param>
    /// <returns>The outcomes.</returns>
    public static ScoredOutcomes From(ReadOnlySpan<double> scores, ReadOnlySpan<double> labels, BinaryLabel label, double threshold)
    {
        var n = 0;
        for (var r = 0; r < scores.Length; r++)
        {
            if (!double.IsNaN(scores[r]) && !double.IsNaN(labels[r]))
            {
                n++;
            }
        }

        var kept = new double[n];
        var positive = new byte[n];
        var rows = new int[n];
        var i = 0;
        for (var r = 0; r < scores.Length; r++)
        {
            if (!double.IsNaN(scores[r]) && !double.IsNaN(labels[r]))
            {
                kept[i] = scores[r];
                positive[i] = label.IsPositive(labels[r]) ? (byte)1 : (byte)0;
                rows[i] = i;
                i++;
            }
        }

        // The sort permutes indices into the kept arrays; map them back to evaluation rows afterwards.
        var outcomes = new ScoredOutcomes(kept, positive, rows, label, threshold, scores.Length - n);
        var evaluationRow = new int[n];
        i = 0;
        for (var r = 0; r < scores.Length; r++)
        {
            if (!double.IsNaN(scores[r]) && !double.IsNaN(labels[r]))
            {
                evaluationRow[i++] = r;
            }
        }

        for (var k = 0; k < n; k++)
        {
            outcomes.Rows[k] = evaluationRow[outcomes.Rows[k]];
        }

        return outcomes;
    }
}
