using ExplainableAI.Sdk;

namespace ExplainableAI.Models.Tests;

[Collection(ModelsCollection.Name)]
public sealed class MlNetModelAdapterTests(TrainedModels models)
{
    private const double Tolerance = 1e-6;
    private static readonly ModelLoader Loader = ModelLoader.CreateDefault();

    [Fact]
    public void Features_are_the_saved_inputs_without_the_label_in_schema_order()
    {
        var model = Loader.Load(models.BinaryZip, null, new ModelLoadOptions()).Model;

        Assert.Equal(
            [new ModelFeature("Age", ColumnKind.Numeric), new ModelFeature("Bmi", ColumnKind.Numeric), new ModelFeature("Ward", ColumnKind.Categorical)],
            model.Features);
    }

    [Fact]
    public void Binary_task_classes_and_margin_are_inferred_from_the_outputs()
    {
        var model = Loader.Load(models.BinaryZip, null, new ModelLoadOptions()).Model;

        Assert.Equal("mlnet", model.Format);
        Assert.Equal(ModelTask.BinaryClassification, model.Task);
        Assert.Equal(["false", "true"], model.Classes);
        Assert.True(model.HasMargin);
    }

    [Fact]
    public void Binary_predictions_equal_mlnet_probability_and_score_including_missing_and_unseen_values()
    {
        var model = Loader.Load(models.BinaryZip, null, new ModelLoadOptions()).Model;
        var expected = models.MlNetBinary(models.Scoring);

        var predictions = model.Predict(Matrix(model), CancellationToken.None);

        Assert.Equal(["probability"], predictions.OutputNames);
        Assert.Equal(models.Scoring.Length, predictions.RowCount);
        var margins = predictions.Margins!.Value.Span;
        for (var r = 0; r < expected.Length; r++)
        {
            Assert.Equal(expected[r].Probability, predictions.Values.Span[r], Tolerance);
            Assert.Equal(expected[r].Score, margins[r], Tolerance);
        }
    }

    [Fact]
    public void Missing_age_is_fed_as_NaN_like_mlnet_reads_it()
    {
        var model = Loader.Load(models.BinaryZip, null, new ModelLoadOptions()).Model;
        PatientFeatures[] rows = [new(float.NaN, 31.5f, "B"), new(0, 31.5f, "B")];
        var expected = models.MlNetBinary(rows);

        var predictions = model.Predict(Matrix(model, rows), CancellationToken.None);

        Assert.False(double.IsNaN(predictions.Values.Span[0]));
        Assert.Equal(expected[0].Probability, predictions.Values.Span[0], Tolerance);
        Assert.Equal(expected[1].Probability, predictions.Values.Span[1], Tolerance);
    }

    [Fact]
    public void Multiclass_classes_follow_the_label_key_order()
    {
        var model = Loader.Load(models.MulticlassZip, null, new ModelLoadOptions()).Model;

        Assert.Equal(ModelTask.MulticlassClassification, model.Task);
        Assert.Equal(models.TriageClasses, model.Classes);
        Assert.False(model.HasMargin);
    }

    [Fact]
    public void Multiclass_predictions_equal_mlnet_class_probabilities()
    {
        var model = Loader.Load(models.MulticlassZip, null, new ModelLoadOptions()).Model;
        var expected = models.MlNetMulticlass(models.Scoring);

        var predictions = model.Predict(Matrix(model), CancellationToken.None);

        Assert.Equal(models.TriageClasses.Select(c => "probability_" + c), predictions.OutputNames);
        // Predictions turns a null margin array into an empty ReadOnlyMemory, so "no margins" reads as empty, not null.
        Assert.True((predictions.Margins?.Length ?? 0) == 0);
        var width = models.TriageClasses.Length;
        for (var r = 0; r < expected.Length; r++)
        {
            for (var k = 0; k < width; k++)
            {
                Assert.Equal(expected[r].Score[k], predictions.Values.Span[(r * width) + k], Tolerance);
            }
        }
    }

    [Fact]
    public void Regression_with_a_named_label_and_an_ignored_identifier_predicts_mlnet_scores()
    {
        var options = new ModelLoadOptions(LabelColumn: "LengthOfStay", IgnoredColumns: ["PatientId"]);
        var model = Loader.Load(models.RegressionZip, null, options).Model;
        var expected = models.MlNetRegression(models.Scoring);

        var predictions = model.Predict(Matrix(model), CancellationToken.None);

        Assert.Equal(ModelTask.Regression, model.Task);
        Assert.Empty(model.Classes);
        Assert.Equal(["Age", "Bmi", "Ward"], model.Features.Select(f => f.Name));
        Assert.Equal(["prediction"], predictions.OutputNames);
        for (var r = 0; r < expected.Length; r++)
        {
            Assert.Equal(expected[r].Score, predictions.Values.Span[r], Tolerance);
        }
    }

    [Fact]
    public void An_input_not_ignored_is_a_feature_even_when_the_pipeline_does_not_read_it()
    {
        var model = Loader.Load(models.RegressionZip, null, new ModelLoadOptions(LabelColumn: "LengthOfStay")).Model;
        var expected = models.MlNetRegression(models.Scoring);

        var input = FeatureMatrix.FromData(SyntheticPatients.ToData(models.Scoring, withId: true), model.Features);
        var predictions = model.Predict(input, CancellationToken.None);

        Assert.Equal(new ModelFeature("PatientId", ColumnKind.Categorical), model.Features[0]);
        Assert.Equal(expected[0].Score, predictions.Values.Span[0], Tolerance);
    }

    [Fact]
    public void Positive_class_false_reports_the_complement_and_negated_margin()
    {
        var model = Loader.Load(models.BinaryZip, null, new ModelLoadOptions(PositiveClass: "false")).Model;
        var expected = models.MlNetBinary(models.Scoring);

        var predictions = model.Predict(Matrix(model), CancellationToken.None);

        Assert.Equal(["true", "false"], model.Classes);
        Assert.Equal(1 - (double)expected[0].Probability, predictions.Values.Span[0], Tolerance);
        Assert.Equal(-expected[0].Score, predictions.Margins!.Value.Span[0], Tolerance);
    }

    [Fact]
    public void Unknown_positive_class_is_rejected_naming_the_file()
    {
        var error = Assert.Throws<InvalidAuditInputException>(
            () => Loader.Load(models.BinaryZip, null, new ModelLoadOptions(PositiveClass: "sick")));

        Assert.Equal(models.BinaryZip, error.File);
        Assert.Contains("'sick'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_task_that_does_not_fit_the_outputs_is_rejected()
    {
        var error = Assert.Throws<InvalidAuditInputException>(
            () => Loader.Load(models.BinaryZip, null, new ModelLoadOptions(Task: ModelTask.Regression)));

        Assert.Equal(models.BinaryZip, error.File);
        Assert.Contains("Regression", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_task_that_fits_is_accepted()
    {
        var model = Loader.Load(models.MulticlassZip, null, new ModelLoadOptions(Task: ModelTask.MulticlassClassification)).Model;

        Assert.Equal(ModelTask.MulticlassClassification, model.Task);
    }

    [Fact]
    public void Vector_input_is_rejected_naming_the_column()
    {
        var error = Assert.Throws<InvalidAuditInputException>(() => Loader.Load(models.VectorZip, null, new ModelLoadOptions()));

        Assert.Equal(models.VectorZip, error.File);
        Assert.Equal("Features", error.Field);
        Assert.Contains("vector", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_classifier_without_probability_is_rejected()
    {
        var error = Assert.Throws<InvalidAuditInputException>(() => Loader.Load(models.UncalibratedZip, null, new ModelLoadOptions()));

        Assert.Equal(models.UncalibratedZip, error.File);
        Assert.Contains("calibrat", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predictions_from_several_threads_equal_a_single_thread_prediction()
    {
        var model = Loader.Load(models.MulticlassZip, null, new ModelLoadOptions()).Model;
        var input = Matrix(model);
        var reference = model.Predict(input, CancellationToken.None).Values.ToArray();

        var results = new double[8][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            results[i] = model.Predict(input, CancellationToken.None).Values.ToArray());

        Assert.All(results, result => Assert.Equal(reference, result));
    }

    [Fact]
    public void Empty_batch_gives_empty_predictions()
    {
        var model = Loader.Load(models.BinaryZip, null, new ModelLoadOptions()).Model;

        var predictions = model.Predict(Matrix(model, []), CancellationToken.None);

        Assert.Equal(0, predictions.RowCount);
    }

    [Fact]
    public void Cancelled_prediction_throws()
    {
        var model = Loader.Load(models.BinaryZip, null, new ModelLoadOptions()).Model;

        Assert.ThrowsAny<OperationCanceledException>(() => model.Predict(Matrix(model), new CancellationToken(canceled: true)));
    }

    private FeatureMatrix Matrix(IAuditModel model, IReadOnlyList<PatientFeatures>? rows = null) =>
        FeatureMatrix.FromData(SyntheticPatients.ToData(rows ?? models.Scoring), model.Features);
}
