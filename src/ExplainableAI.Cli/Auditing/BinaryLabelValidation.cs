using System.Globalization;
using ExplainableAI.Core;
using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Cli;

/// <summary>
/// A binary audit (a binary model, or a score column without a model) needs a label with exactly two classes. With three
/// classes every binary check would have to guess which rows are positive; with one class (or none) discrimination,
/// calibration, error rates and fairness are all undefined. Either way no check could say anything, and the gate would
/// pass on silence, so the label is bad input, named with the values found. A one-class evaluation set is treated as a
/// data-collection error rather than an audit to report on: a medical model's performance claim cannot rest on it.
/// Any other audit with a label needs at least one labelled row, for the same reason.
/// </summary>
internal static class BinaryLabelValidation
{
    private const int ShownValues = 5;

    /// <summary>Throws unless the label has exactly two distinct non-missing values.</summary>
    /// <param name="label">The label column.</param>
    /// <param name="file">The data file, for the error.</param>
    /// <param name="why">What makes the audit binary, for the error ("a binary model").</param>
    /// <exception cref="InvalidAuditInputException">The label has fewer or more than two classes.</exception>
    public static void EnsureBinary(DataColumn label, string file, string why)
    {
        // The classes as every check reads them (the SDK's label rule), so the error names what the checks would see.
        var counts = BinaryLabel.Classes(label);
        var name = UntrustedText.Clean(label.Name);
        var problem = counts.Count switch
        {
            2 => null,
            0 => $"label column '{name}' has no values (all {label.Length} rows are missing); {why} needs a label with two classes",
            1 => $"label column '{name}' has one class, {Listed(counts)}; {why} needs both classes to measure discrimination, calibration, error rates and fairness",
            _ => $"label column '{name}' has {counts.Count} classes, {Listed(counts)}; {why} needs a label with exactly two (give a binary label or audit a multiclass model)",
        };
        if (problem is not null)
        {
            throw new InvalidAuditInputException(problem, file: file, field: label.Name);
        }
    }

    /// <summary>Throws when every row's label is missing: whatever the task, no label-based check could measure anything.</summary>
    /// <param name="label">The label column.</param>
    /// <param name="file">The data file, for the error.</param>
    /// <exception cref="InvalidAuditInputException">The label has no value.</exception>
    public static void EnsureAnyValue(DataColumn label, string file)
    {
        foreach (var value in label.Values)
        {
            if (!double.IsNaN(value))
            {
                return;
            }
        }

        throw new InvalidAuditInputException(
            $"label column '{UntrustedText.Clean(label.Name)}' has no values (all {label.Length} rows are missing); the checks that compare predictions with outcomes need labelled rows",
            file: file, field: label.Name);
    }

    // The most frequent values first: they are the ones the user recognises.
    private static string Listed(IReadOnlyList<LabelClass> counts)
    {
        var shown = counts.OrderByDescending(c => c.Rows).Take(ShownValues)
            .Select(c => $"'{UntrustedText.Clean(c.Name)}' ({c.Rows.ToString(CultureInfo.InvariantCulture)} rows)");
        var more = counts.Count > ShownValues ? $", … ({counts.Count - ShownValues} more)" : string.Empty;
        return string.Join(", ", shown) + more;
    }
}
