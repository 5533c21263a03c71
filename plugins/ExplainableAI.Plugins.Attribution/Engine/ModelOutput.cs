using System.Runtime.CompilerServices;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>The one number per row that is explained: a chosen output of the model, read from batched predictions.</summary>
internal sealed class ModelOutput
{
    private readonly IAuditModel model;
    private readonly AttributionOutput output;

    public ModelOutput(IAuditModel model, AttributionOutput output, int? classIndex)
    {
        this.model = model;
        this.output = output;
        var classes = model.Task == ModelTask.MulticlassClassification ? model.Classes.Count : 1;
        Class = model.Task == ModelTask.MulticlassClassification ? classIndex ?? throw new ArgumentException("A multiclass model needs a class index.", nameof(classIndex)) : 0;
        if (Class < 0 || Class >= classes)
        {
            throw new ArgumentOutOfRangeException(nameof(classIndex), Class, $"The model has {classes} output(s).");
        }

        if (output == AttributionOutput.Margin && model.Task != ModelTask.Regression && !model.HasMargin)
        {
            throw new ArgumentException("The model gives no margins; explain its probability instead.", nameof(output));
        }
    }

    /// <summary>The class (output group) explained; 0 for binary and regression models.</summary>
    public int Class { get; }

    public double[] Evaluate(FeatureMatrix input, CancellationToken cancellationToken)
    {
        var result = new double[input.RowCount];
        Evaluate(input, result, cancellationToken);
        return result;
    }

    /// <summary>The explained output of each row of <paramref name="input"/>, written to <paramref name="result"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Evaluate(FeatureMatrix input, Span<double> result, CancellationToken cancellationToken)
    {
        var predictions = model.Predict(input, cancellationToken);
        var rows = input.RowCount;
        var useMargin = output == AttributionOutput.Margin && model.Task != ModelTask.Regression;
        var source = useMargin ? predictions.Margins!.Value.Span : predictions.Values.Span;
        var width = model.Task == ModelTask.MulticlassClassification ? (useMargin ? model.Classes.Count : predictions.OutputCount) : 1;
        for (var r = 0; r < rows; r++)
        {
            result[r] = source[(r * width) + Class];
        }
    }
}
