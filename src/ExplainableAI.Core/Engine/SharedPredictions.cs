using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>Computes the evaluation predictions once, on first request, and shares them between checks.</summary>
internal sealed class SharedPredictions
{
    private readonly Lazy<Task<Predictions>>? lazy;

    public SharedPredictions(AuditRequest request, CancellationToken auditToken)
    {
        if (request.Model is { } model)
        {
            lazy = new Lazy<Task<Predictions>>(() => Task.Run(
                () => model.Model.Predict(FeatureMatrix.FromData(request.Evaluation, model.Model.Features), auditToken),
                auditToken));
        }
        else if (request.Registration.Declared.ScoreColumn is { } scoreColumn && request.Evaluation.TryGetColumn(scoreColumn, out var column))
        {
            lazy = new Lazy<Task<Predictions>>(() => Task.FromResult(FromScoreColumn(column)));
        }
    }

    public bool Available => lazy is not null;

    public ValueTask<Predictions> GetAsync(CancellationToken cancellationToken)
    {
        if (lazy is null)
        {
            throw new InvalidOperationException("This audit has neither a model nor a score column; a check that needs scores must declare CheckInputs.Scores.");
        }

        return new ValueTask<Predictions>(lazy.Value.WaitAsync(cancellationToken));
    }

    private static Predictions FromScoreColumn(DataColumn column) =>
        new(ModelTask.BinaryClassification, column.Length, ["probability"], column.Values.ToArray());
}
