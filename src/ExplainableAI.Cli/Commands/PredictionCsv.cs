using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Cli;

/// <summary>Writes predictions as CSV with round-trip numbers in the invariant culture.</summary>
internal static class PredictionCsv
{
    public static void Write(Predictions predictions, TextWriter writer)
    {
        var marginNames = predictions.Margins is null
            ? []
            : predictions.Task == ModelTask.MulticlassClassification
                ? predictions.OutputNames.Select(n => "margin" + n["probability".Length..]).ToArray()
                : new[] { "margin" };
        writer.WriteLine(string.Join(',', new[] { "row" }.Concat(predictions.OutputNames).Concat(marginNames).Select(Quote)));
        var values = predictions.Values.Span;
        var margins = predictions.Margins is { } m ? m.Span : default;
        var width = predictions.OutputCount;
        for (var r = 0; r < predictions.RowCount; r++)
        {
            writer.Write(r.ToString(CultureInfo.InvariantCulture));
            for (var k = 0; k < width; k++)
            {
                writer.Write(',');
                writer.Write(Format(values[(r * width) + k]));
            }

            for (var k = 0; k < marginNames.Length; k++)
            {
                writer.Write(',');
                writer.Write(Format(margins[(r * marginNames.Length) + k]));
            }

            writer.WriteLine();
        }
    }

    private static string Format(double value) => double.IsNaN(value) ? string.Empty : value.ToString("R", CultureInfo.InvariantCulture);

    // Class names come from the model and may hold commas or quotes.
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
