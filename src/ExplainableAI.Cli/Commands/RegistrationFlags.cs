using System.CommandLine;
using ExplainableAI.Sdk;

namespace ExplainableAI.Cli;

/// <summary>
/// The flags of <c>xai audit</c> that declare the registration: the model, the data and the columns' roles. Each flag
/// given is read into a <see cref="RegistrationOverride"/>; this is the one place a flag meets a registration field.
/// </summary>
internal sealed class RegistrationFlags
{
    private readonly Option<string?> model = new("--model") { Description = "The model file (.zip for ML.NET, .onnx for ONNX, .json for XGBoost)." };
    private readonly Option<string?> format = new("--model-format") { Description = "The model format when the extension does not say: mlnet, onnx, xgboost, lightgbm, or one a plugin adds." };
    private readonly Option<string?> task = CommonOptions.Task();
    private readonly Option<string?> inputs = CommonOptions.ModelInputs();
    private readonly Option<string?> data = new("--data", "-d") { Description = "The evaluation data (CSV or Parquet)." };
    private readonly Option<string?> reference = new("--reference") { Description = "Reference data, such as the training set (CSV or Parquet)." };
    private readonly Option<string?> label = new("--label") { Description = "The ground-truth column." };
    private readonly Option<string?> positive = new("--positive-class") { Description = "The label value that counts as positive (binary tasks)." };
    private readonly Option<string?> sensitive = new("--sensitive") { Description = "Comma-separated sensitive attributes, such as sex,age." };
    private readonly Option<string?> score = new("--score-column") { Description = "A column of precomputed scores, to audit without the model." };
    private readonly Option<double?> threshold = new("--threshold") { Description = "The operating threshold (default 0.5)." };
    private readonly Option<string?> delimiter = CommonOptions.Delimiter();

    /// <summary>The flags, in the order <c>--help</c> lists them.</summary>
    public IReadOnlyList<Option> Options => [model, format, task, inputs, data, reference, label, positive, sensitive, score, threshold, delimiter];

    /// <summary>The overrides of the flags given, in the order of <see cref="Options"/>; a malformed value is bad input naming its flag.</summary>
    /// <param name="parsed">The parsed command line.</param>
    /// <returns>The overrides, none for a flag not given.</returns>
    public IReadOnlyList<RegistrationOverride> Read(ParseResult parsed)
    {
        var overrides = new List<RegistrationOverride>();
        if (parsed.GetValue(model) is { } file)
        {
            overrides.Add(RegistrationOverride.Model(m => m with { File = Path.GetFullPath(file) }));
        }

        if (CommonOptions.ParseFormat(parsed.GetValue(format)) is { } modelFormat)
        {
            overrides.Add(RegistrationOverride.Model(m => m with { Format = modelFormat }));
        }

        if (CommonOptions.ParseTask(parsed.GetValue(task)) is { } modelTask)
        {
            overrides.Add(RegistrationOverride.Model(m => m with { Task = modelTask }));
        }

        if (CommonOptions.ParseModelInputs(parsed.GetValue(inputs)) is { } columns)
        {
            overrides.Add(RegistrationOverride.Model(m => m with { Inputs = columns }));
        }

        if (parsed.GetValue(data) is { } evaluation)
        {
            overrides.Add(RegistrationOverride.Data(d => d with { Evaluation = Path.GetFullPath(evaluation) }));
        }

        if (parsed.GetValue(reference) is { } referenceFile)
        {
            overrides.Add(RegistrationOverride.Data(d => d with { Reference = Path.GetFullPath(referenceFile) }));
        }

        if (parsed.GetValue(label) is { } labelColumn)
        {
            overrides.Add(RegistrationOverride.Declared(r => r with { LabelColumn = labelColumn }));
        }

        if (parsed.GetValue(positive) is { } positiveClass)
        {
            overrides.Add(RegistrationOverride.Declared(r => r with { PositiveClass = positiveClass }));
        }

        if (parsed.GetValue(sensitive) is { } attributes)
        {
            var list = attributes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            overrides.Add(RegistrationOverride.Declared(r => r with { SensitiveAttributes = list }));
        }

        if (parsed.GetValue(score) is { } scoreColumn)
        {
            overrides.Add(RegistrationOverride.Declared(r => r with { ScoreColumn = scoreColumn }));
        }

        if (parsed.GetValue(threshold) is { } operatingThreshold)
        {
            // Checked as the manifest's model.threshold is: a threshold outside [0, 1] can never match a probability.
            if (operatingThreshold is < 0 or > 1)
            {
                throw new InvalidAuditInputException("expected a number from 0 to 1", field: "--threshold");
            }

            overrides.Add(RegistrationOverride.Declared(r => r with { Threshold = operatingThreshold }));
        }

        if (CommonOptions.ParseDelimiter(parsed.GetValue(delimiter)) is { } separator)
        {
            overrides.Add(RegistrationOverride.Data(d => d with { Delimiter = separator }));
        }

        return overrides;
    }
}
