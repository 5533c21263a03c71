using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// The evaluation rows whose explanations a reviewer most needs: the highest-risk row (highest score; the first on ties) and,
/// for a binary classifier with a readable binary label, the missed positives (false negatives at the operating threshold)
/// with the lowest scores, the cases the model is most wrong about.
/// </summary>
internal static class SelectedRows
{
    // Titles stay short: the row's score and output are in the waterfall's subtitle.
    public const string HighestRiskFormat = "Row {0}, highest risk";

    public const string MissedPositiveFormat = "Row {0}, missed positive (threshold {1})";

    public static IReadOnlyList<(int Row, string Title)> Pick(CheckContext context, Predictions predictions, int falseNegatives)
    {
        var count = predictions.RowCount;
        if (count == 0)
        {
            return [];
        }

        var picked = new List<(int, string)>();
        var highest = Enumerable.Range(0, count).Where(r => !double.IsNaN(predictions.Score(r))).DefaultIfEmpty(-1).MaxBy(r => r < 0 ? 0 : predictions.Score(r));
        if (highest >= 0)
        {
            picked.Add((highest, Phrase.Format(HighestRiskFormat, highest)));
        }

        var registration = context.Registration;
        if (predictions.Task != ModelTask.BinaryClassification || registration.LabelColumn is null
            || !context.Evaluation.TryGetColumn(registration.LabelColumn, out var label)
            || PositiveLabel.Read(label, registration.PositiveClass) is not { } positive)
        {
            return picked;
        }

        var missed = Enumerable.Range(0, count)
            .Where(r => !label.IsMissing(r) && label.Values[r] == positive && predictions.Score(r) < registration.Threshold)
            .OrderBy(r => predictions.Score(r))
            .ThenBy(r => r)
            .Take(falseNegatives);
        foreach (var r in missed)
        {
            picked.Add((r, Phrase.Format(MissedPositiveFormat, r, NumberText.Format(registration.Threshold))));
        }

        return picked;
    }
}
