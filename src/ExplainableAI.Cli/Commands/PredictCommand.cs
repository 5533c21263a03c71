using System.CommandLine;
using ExplainableAI.Core;
using ExplainableAI.Data;
using ExplainableAI.Models;
using ExplainableAI.Sdk;
using Microsoft.Extensions.DependencyInjection;

namespace ExplainableAI.Cli;

/// <summary>
/// <c>xai predict</c>: writes the model's scores for each data row, so a vendor can confirm that the adapter reproduces
/// their own predictions before trusting the audit.
/// </summary>
internal static class PredictCommand
{
    public static Command Create(CommandContext context)
    {
        var model = new Option<string>("--model") { Description = "The model file (.zip for ML.NET, .onnx for ONNX, .json for XGBoost).", Required = true };
        var format = new Option<string?>("--model-format") { Description = "The model format when the extension does not say: mlnet, onnx, xgboost, lightgbm, or one a plugin adds." };
        var data = new Option<string>("--data", "-d") { Description = "The data to score (CSV or Parquet).", Required = true };
        var label = new Option<string?>("--label") { Description = "The label column, which the model does not take as a feature." };
        var output = new Option<string?>("--out", "-o") { Description = "The CSV file to write (default: standard output)." };
        var task = CommonOptions.Task();
        var inputs = CommonOptions.ModelInputs();
        var delimiter = CommonOptions.Delimiter();
        var plugins = CommonOptions.Plugins();
        var command = new Command("predict", "Write the model's scores as CSV: row, then probability (binary), probability_<class> (multiclass) or prediction (regression), and margin where the model has one.");
        foreach (var option in new Option[] { model, format, task, inputs, data, label, delimiter, output, plugins })
        {
            command.Options.Add(option);
        }

        command.SetAction((parsed, ct) => CliApplication.GuardAsync(context, parsed, async () =>
        {
            // Checked before the model is loaded: a folder, a device or an unwritable place is bad input found at once.
            var target = parsed.GetValue(output) is { } named ? Core.OutputPaths.CheckFile(named, "--out") : null;
            using var host = CliServices.Build(parsed.GetValue(context.Verbose), context.Output);
            var options = new ModelLoadOptions(parsed.GetValue(label), CommonOptions.ParseTask(parsed.GetValue(task)))
            {
                InputColumns = CommonOptions.ParseModelInputs(parsed.GetValue(inputs)),
            };
            var formatValue = CommonOptions.ParseFormat(parsed.GetValue(format));
            var dataOptions = new DataLoadOptions(CommonOptions.ParseDelimiter(parsed.GetValue(delimiter)));
            // Plugins may contribute model adapters for more formats.
            var pluginSet = host.Services.GetRequiredService<PluginLoader>().Load(PluginLoader.SearchDirectories(parsed.GetValue(plugins) ?? []));
            var loaded = ModelLoader.CreateDefault(pluginSet.Adapters).Load(parsed.GetValue(model)!, formatValue, options, ct);
            var table = host.Services.GetRequiredService<DatasetLoader>().Load(parsed.GetValue(data)!, dataOptions, ct);
            var predictions = loaded.Model.Predict(FeatureMatrix.FromData(table, loaded.Model.Features), ct);
            if (target is null)
            {
                PredictionCsv.Write(predictions, context.Output);
            }
            else
            {
                ct.ThrowIfCancellationRequested();
                Core.AtomicFile.WriteText(target, writer => PredictionCsv.Write(predictions, writer));
                await context.Output.WriteLineAsync($"Wrote {predictions.RowCount} predictions to {target}").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
