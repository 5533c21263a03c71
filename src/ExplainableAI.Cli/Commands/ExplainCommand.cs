using System.CommandLine;
using System.Globalization;
using ExplainableAI.Core;
using ExplainableAI.Data;
using ExplainableAI.Models;
using ExplainableAI.Sdk;
using Microsoft.Extensions.DependencyInjection;

namespace ExplainableAI.Cli;

/// <summary>
/// <c>xai explain</c>: SHAP attributions of the model's output for each data row, as CSV: <c>row</c>, <c>base_value</c>,
/// <c>prediction</c>, then one column per model feature. Every row is checked for additivity. The attributions come from
/// the first loaded plugin that offers an explainer (<see cref="IExplainer"/>; the built-in Attribution plugin does), so
/// the command does not depend on any plugin as a library. Plugins are loaded in this process, as for model adapters:
/// <c>--isolation</c> is an option of audits, and explain has none.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(CommandContext context)
    {
        var model = new Option<string>("--model") { Description = "The model file (.zip ML.NET, .onnx ONNX, .json XGBoost).", Required = true };
        var format = new Option<string?>("--model-format") { Description = "The model format when the extension does not say." };
        var data = new Option<string>("--data", "-d") { Description = "The rows to explain (CSV or Parquet).", Required = true };
        var background = new Option<string?>("--background") { Description = "Background data that stands for 'feature absent' (default: a seeded sample of --data)." };
        var backgroundRows = new Option<int>("--background-rows") { Description = "Background sample size.", DefaultValueFactory = _ => 100 };
        var method = new Option<string>("--method") { Description = "auto, exact, kernel, permutation, tree-path (path-dependent TreeSHAP), tree-interventional (TreeSHAP against the background) or linear (closed form for linear models).", DefaultValueFactory = _ => "auto" };
        var output = new Option<string>("--output") { Description = "The model output explained: margin or probability.", DefaultValueFactory = _ => "margin" };
        var rows = new Option<int?>("--rows") { Description = "Explain only the first N rows." };
        var classIndex = new Option<int?>("--class") { Description = "For multiclass models, the class explained (0-based)." };
        var label = new Option<string?>("--label") { Description = "The label column, which the model does not take as a feature." };
        var seed = new Option<int>("--seed") { Description = "Seed of background sampling and of sampling methods.", DefaultValueFactory = _ => AuditPlanner.DefaultSeed };
        var outFile = new Option<string>("--out", "-o") { Description = "The CSV file to write.", Required = true };
        var plugins = CommonOptions.Plugins();
        var inputs = CommonOptions.ModelInputs();
        var command = new Command("explain", "Write SHAP attributions per row as CSV: row, base_value, prediction, then one column per model feature.");
        foreach (var option in new Option[] { model, format, inputs, data, background, backgroundRows, method, output, rows, classIndex, label, seed, outFile, plugins })
        {
            command.Options.Add(option);
        }

        command.SetAction((parsed, ct) => CliApplication.GuardAsync(context, parsed, async () =>
        {
            var target = Core.OutputPaths.CheckFile(parsed.GetValue(outFile)!, "--out");
            using var host = CliServices.Build(parsed.GetValue(context.Verbose), context.Output);
            var probability = ParseOutput(parsed.GetValue(output)!);
            var pluginSet = host.Services.GetRequiredService<PluginLoader>().Load(PluginLoader.SearchDirectories(parsed.GetValue(plugins) ?? []));
            var chosenMethod = parsed.GetValue(method)!;
            var explainer = FindExplainer(pluginSet, chosenMethod);
            var loaded = ModelLoader.CreateDefault(pluginSet.Adapters).Load(parsed.GetValue(model)!, CommonOptions.ParseFormat(parsed.GetValue(format)), new ModelLoadOptions(parsed.GetValue(label)) { InputColumns = CommonOptions.ParseModelInputs(parsed.GetValue(inputs)) }, ct);
            var datasets = host.Services.GetRequiredService<DatasetLoader>();
            var table = datasets.Load(parsed.GetValue(data)!, null, ct);
            var matrix = FeatureMatrix.FromData(table, loaded.Model.Features);
            if (parsed.GetValue(rows) is { } limit)
            {
                if (limit <= 0)
                {
                    throw new InvalidAuditInputException($"expected a positive number of rows, got {limit}", field: "--rows");
                }

                matrix = Head(matrix, limit);
            }

            var backgroundTable = parsed.GetValue(background) is { } backgroundPath ? datasets.Load(backgroundPath, null, ct) : table;
            var backgroundMatrix = Sample(FeatureMatrix.FromData(backgroundTable, loaded.Model.Features), parsed.GetValue(backgroundRows), parsed.GetValue(seed));
            var progress = new PercentProgress(context.Output, "explain");
            Explanation result;
            try
            {
                result = explainer.Explain(new ExplanationRequest(loaded.Model, matrix, backgroundMatrix, chosenMethod, probability, parsed.GetValue(classIndex), parsed.GetValue(seed)), progress, ct);
            }
            catch (ArgumentException ex)
            {
                throw new InvalidAuditInputException(ex.Message, field: "--method", innerException: ex);
            }

            Core.AtomicFile.WriteText(target, writer => Write(result, writer));
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Wrote attributions of {result.RowCount} rows ({result.Method}) to {target}; largest additivity error {result.MaxAdditivityError:G3}")).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    // The first explainer that knows the method, in plugin order (the built-in folder first).
    private static IExplainer FindExplainer(PluginSet plugins, string method)
    {
        if (plugins.Explainers.Count == 0)
        {
            throw new InvalidAuditInputException($"no loaded plugin provides an explainer (a class marked [Explainer]); the built-in Attribution plugin is missing from {PluginLoader.BuiltInDirectory}", field: "--plugins");
        }

        return plugins.Explainers.FirstOrDefault(e => e.Methods.Contains(method, StringComparer.Ordinal))
            ?? throw new InvalidAuditInputException($"expected one of {string.Join(", ", plugins.Explainers.SelectMany(e => e.Methods).Distinct(StringComparer.Ordinal))}, got '{method}'", field: "--method");
    }

    // Whether the probability is explained rather than the margin.
    private static bool ParseOutput(string text) => text switch
    {
        "margin" => false,
        "probability" => true,
        _ => throw new InvalidAuditInputException($"expected margin or probability, got '{text}'", field: "--output"),
    };

    private static FeatureMatrix Head(FeatureMatrix matrix, int rows)
    {
        var width = matrix.Features.Count;
        return matrix.WithValues(matrix.Values.AsSpan(0, Math.Min(rows, matrix.RowCount) * width).ToArray());
    }

    // A seeded sample without replacement, so the same seed explains against the same background.
    private static FeatureMatrix Sample(FeatureMatrix matrix, int size, int seed)
    {
        if (size <= 0)
        {
            throw new InvalidAuditInputException($"expected a positive background size, got {size}", field: "--background-rows");
        }

        if (matrix.RowCount <= size)
        {
            return matrix;
        }

        var order = Enumerable.Range(0, matrix.RowCount).ToArray();
        new Random(seed).Shuffle(order);
        var width = matrix.Features.Count;
        var values = new double[size * width];
        var chosen = order.AsSpan(0, size);
        chosen.Sort();
        for (var i = 0; i < size; i++)
        {
            matrix.Row(chosen[i]).CopyTo(values.AsSpan(i * width, width));
        }

        return matrix.WithValues(values);
    }

    private static void Write(Explanation result, TextWriter writer)
    {
        writer.WriteLine(string.Join(',', new[] { "row", "base_value", "prediction" }.Concat(result.FeatureNames.Select(Quote))));
        var width = result.FeatureNames.Count;
        for (var r = 0; r < result.RowCount; r++)
        {
            writer.Write(r.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(result.BaseValues[r].ToString("R", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(result.Predictions[r].ToString("R", CultureInfo.InvariantCulture));
            for (var f = 0; f < width; f++)
            {
                writer.Write(',');
                writer.Write(result.Values[(r * width) + f].ToString("R", CultureInfo.InvariantCulture));
            }

            writer.WriteLine();
        }
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
