using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.DataQuality.Tests;

public sealed class CancellationAndProgressTests
{
    public static TheoryData<AuditCheck> AllChecks() =>
    [
        new MissingValuesCheck(),
        new ConstantColumnCheck(),
        new DuplicateRowsCheck(),
        new ClassImbalanceCheck(),
        new SingleFeatureLeakageCheck(),
        new ModelSchemaCheck(),
    ];

    [Theory]
    [MemberData(nameof(AllChecks))]
    public async Task Check_stops_when_cancelled_before_it_starts(AuditCheck check)
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await check.RunAsync(Context(), cancelled.Token));
    }

    [Theory]
    [MemberData(nameof(AllChecks))]
    public async Task Progress_rises_to_one_without_asking_for_predictions(AuditCheck check)
    {
        var context = Context();

        await check.RunAsync(context, CancellationToken.None);

        Assert.NotEmpty(context.Progress);
        Assert.Equal(context.Progress.Order(), context.Progress);
        Assert.Equal(1, context.Progress[^1]);
    }

    private static RecordingContext Context() => new(
        Table(Numeric("age", 50, 60, 70, 80), Numeric("y", 0, 0, 1, 1)),
        label: "y",
        model: DelegateModel.Threshold("age", 65));
}
