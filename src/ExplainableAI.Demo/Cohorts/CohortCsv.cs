using System.Globalization;
using System.Text;
using ExplainableAI.Core;

namespace ExplainableAI.Demo.Cohorts;

/// <summary>Writes cohort rows as CSV: UTF-8 without BOM, comma-separated, LF line ends, invariant culture.</summary>
/// <remarks>
/// Missing values are empty fields, booleans are <c>true</c>/<c>false</c>, and the header uses the snake_case
/// names in <see cref="Columns"/>, which are also the model's input column names.
/// </remarks>
public static class CohortCsv
{
    /// <summary>The column names in file order; the last one is the label.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "age", "sex", "site", "heart_rate", "resp_rate", "temperature", "systolic_bp",
        "wbc", "lactate", "creatinine", "crp", "spo2", "antibiotics_ordered", "sepsis",
    ];

    /// <summary>The name of the label column.</summary>
    public const string LabelColumn = "sepsis";

    /// <summary>Writes <paramref name="records"/> to <paramref name="path"/>, replacing the file atomically.</summary>
    /// <param name="records">The rows.</param>
    /// <param name="path">The target file; its folder is created when missing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static void Write(IReadOnlyList<PatientRecord> records, string path)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true)
            {
                NewLine = "\n",
            };
            writer.WriteLine(string.Join(',', Columns));
            var line = new StringBuilder(128);
            foreach (var record in records)
            {
                line.Clear();
                line.Append(Number(record.Age)).Append(',')
                    .Append(record.Sex).Append(',')
                    .Append(record.Site).Append(',')
                    .Append(Number(record.HeartRate)).Append(',')
                    .Append(Number(record.RespRate)).Append(',')
                    .Append(Number(record.Temperature)).Append(',')
                    .Append(Number(record.SystolicBp)).Append(',')
                    .Append(Number(record.Wbc)).Append(',')
                    .Append(Number(record.Lactate)).Append(',')
                    .Append(Number(record.Creatinine)).Append(',')
                    .Append(Number(record.Crp)).Append(',')
                    .Append(Number(record.Spo2)).Append(',')
                    .Append(Boolean(record.AntibioticsOrdered)).Append(',')
                    .Append(Boolean(record.Sepsis));
                writer.WriteLine(line);
            }
        });
    }

    // "R" gives the shortest text that parses back to the same double, so 37.2 is written as "37.2".
    private static string Number(double? value) =>
        value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static string Boolean(bool value) => value ? "true" : "false";
}
