using ExplainableAI.Sdk;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ExplainableAI.Models;

/// <summary>
/// An ML.NET model behind <see cref="IAuditModel"/>. The transformer is loaded once; each <see cref="Predict"/> call wraps
/// its rows in a fresh data view and cursor, so calls from several threads share nothing mutable.
/// </summary>
internal sealed class MlNetAuditModel : IAuditModel
{
    private const int CancellationStride = 1024;

    private readonly ITransformer transformer;
    private readonly DataViewSchema inputSchema;
    private readonly InputColumn[] columns;
    private readonly MlNetOutputs outputs;

    public MlNetAuditModel(ITransformer transformer, DataViewSchema inputSchema, InputColumn[] columns, ModelFeature[] features, MlNetOutputs outputs)
    {
        this.transformer = transformer;
        this.inputSchema = inputSchema;
        this.columns = columns;
        this.outputs = outputs;
        Features = features;
    }

    public string Format => MlNetModelAdapter.FormatName;

    public ModelTask Task => outputs.Task;

    public IReadOnlyList<ModelFeature> Features { get; }

    public IReadOnlyList<string> Classes => outputs.Classes;

    public bool HasMargin => outputs.Task == ModelTask.BinaryClassification;

    public Predictions Predict(FeatureMatrix input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ModelInput.Check(input, Features);
        CheckIntegersPresent(input);
        var scored = transformer.Transform(new FeatureMatrixDataView(inputSchema, columns, input));
        return outputs.Task switch
        {
            ModelTask.BinaryClassification => ReadBinary(scored, input.RowCount, cancellationToken),
            ModelTask.MulticlassClassification => ReadMulticlass(scored, input.RowCount, cancellationToken),
            _ => ReadRegression(scored, input.RowCount, cancellationToken),
        };
    }

    private Predictions ReadBinary(IDataView scored, int rows, CancellationToken cancellationToken)
    {
        var probabilityColumn = scored.Schema[MlNetOutputs.Probability];
        var scoreColumn = scored.Schema[MlNetOutputs.Score];
        using var cursor = scored.GetRowCursor([probabilityColumn, scoreColumn]);
        var getProbability = cursor.GetGetter<float>(probabilityColumn);
        var getScore = cursor.GetGetter<float>(scoreColumn);
        var values = new double[rows];
        var margins = new double[rows];
        var flip = outputs.PositiveIndex == 0;
        float probability = 0, score = 0;
        for (var r = 0; r < rows && cursor.MoveNext(); r++)
        {
            ThrowIfCancelled(r, cancellationToken);
            getProbability(ref probability);
            getScore(ref score);
            values[r] = flip ? 1 - (double)probability : probability;
            margins[r] = flip ? -(double)score : score;
        }

        return new Predictions(Task, rows, outputs.OutputNames, values, margins);
    }

    private Predictions ReadMulticlass(IDataView scored, int rows, CancellationToken cancellationToken)
    {
        var scoreColumn = scored.Schema[MlNetOutputs.Score];
        using var cursor = scored.GetRowCursor([scoreColumn]);
        var getScore = cursor.GetGetter<VBuffer<float>>(scoreColumn);
        var width = outputs.OutputNames.Length;
        var values = new double[rows * width];
        var buffer = default(VBuffer<float>);
        for (var r = 0; r < rows && cursor.MoveNext(); r++)
        {
            ThrowIfCancelled(r, cancellationToken);
            getScore(ref buffer);
            var k = 0;
            foreach (var p in buffer.DenseValues())
            {
                values[(r * width) + k++] = p;
            }
        }

        return new Predictions(Task, rows, outputs.OutputNames, values);
    }

    private Predictions ReadRegression(IDataView scored, int rows, CancellationToken cancellationToken)
    {
        var scoreColumn = scored.Schema[MlNetOutputs.Score];
        using var cursor = scored.GetRowCursor([scoreColumn]);
        var getScore = cursor.GetGetter<float>(scoreColumn);
        var values = new double[rows];
        float score = 0;
        for (var r = 0; r < rows && cursor.MoveNext(); r++)
        {
            ThrowIfCancelled(r, cancellationToken);
            getScore(ref score);
            values[r] = score;
        }

        return new Predictions(Task, rows, outputs.OutputNames, values);
    }

    // ML.NET integer columns have no missing value, and feeding 0 instead would be a silent guess.
    private void CheckIntegersPresent(FeatureMatrix input)
    {
        foreach (var column in columns)
        {
            if (column.FeatureIndex < 0 || (column.Type.RawType != typeof(int) && column.Type.RawType != typeof(long)))
            {
                continue;
            }

            for (var r = 0; r < input.RowCount; r++)
            {
                if (double.IsNaN(input.Values[(r * input.Features.Count) + column.FeatureIndex]))
                {
                    throw new InvalidAuditInputException(
                        $"row {r + 1} has no value, but the model's integer input cannot represent a missing value", field: column.Name);
                }
            }
        }
    }

    private static void ThrowIfCancelled(int row, CancellationToken cancellationToken)
    {
        if (row % CancellationStride == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
