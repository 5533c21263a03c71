using Microsoft.ML;

namespace ExplainableAI.Models.Tests;

/// <summary>
/// Tiny ML.NET models trained once per test run on synthetic patients, saved as .zip and exported as .onnx
/// into a temporary folder, together with ML.NET's own predictions for the scoring rows.
/// </summary>
public sealed class TrainedModels : IDisposable
{
    private const int TrainingRows = 300;

    public TrainedModels()
    {
        Folder = Directory.CreateTempSubdirectory("xai-models-").FullName;
        Context = new MLContext(seed: 1);
        Scoring = SyntheticPatients.Scoring();

        var binaryTraining = Context.Data.LoadFromEnumerable(SyntheticPatients.Binary(TrainingRows, seed: 1));
        Binary = Encode("Ward")
            .Append(Context.Transforms.Concatenate("Features", "Age", "Bmi", "WardCode"))
            .Append(Context.BinaryClassification.Trainers.FastTree(numberOfLeaves: 4, numberOfTrees: 20, minimumExampleCountPerLeaf: 10))
            .Fit(binaryTraining);
        BinaryZip = Save(Binary, binaryTraining, "binary");
        BinaryOnnx = Export(Binary, binaryTraining, "binary");

        var uncalibrated = Encode("Ward")
            .Append(Context.Transforms.Concatenate("Features", "Age", "Bmi", "WardCode"))
            .Append(Context.BinaryClassification.Trainers.SdcaNonCalibrated(maximumNumberOfIterations: 5))
            .Fit(binaryTraining);
        UncalibratedZip = Save(uncalibrated, binaryTraining, "uncalibrated");

        var triage = SyntheticPatients.Triage(TrainingRows, seed: 2);
        TriageClasses = [.. triage.Select(p => p.Label).Distinct()];
        var triageTraining = Context.Data.LoadFromEnumerable(triage);
        Multiclass = Context.Transforms.Conversion.MapValueToKey("Label")
            .Append(Encode("Ward"))
            .Append(Context.Transforms.Concatenate("Features", "Age", "Bmi", "WardCode"))
            .Append(Context.Transforms.NormalizeMinMax("Features"))
            .Append(Context.MulticlassClassification.Trainers.SdcaMaximumEntropy(maximumNumberOfIterations: 20))
            .Append(Context.Transforms.Conversion.MapKeyToValue("PredictedLabel"))
            .Fit(triageTraining);
        MulticlassZip = Save(Multiclass, triageTraining, "multiclass");
        MulticlassOnnx = Export(Multiclass, triageTraining, "multiclass");

        var stayTraining = Context.Data.LoadFromEnumerable(SyntheticPatients.Stay(TrainingRows, seed: 3));
        Regression = Encode("Ward")
            .Append(Context.Transforms.Concatenate("Features", "Age", "Bmi", "WardCode"))
            .Append(Context.Regression.Trainers.FastTree(
                labelColumnName: "LengthOfStay", numberOfLeaves: 4, numberOfTrees: 20, minimumExampleCountPerLeaf: 10))
            .Fit(stayTraining);
        RegressionZip = Save(Regression, stayTraining, "regression");
        RegressionOnnx = Export(Regression, stayTraining, "regression");

        var vectorTraining = Context.Data.LoadFromEnumerable(Enumerable.Range(0, 50).Select(i => new VectorPatient
        {
            Features = [i, i % 7, i % 3],
            Label = i % 5,
        }));
        var vector = Context.Regression.Trainers.FastTree(numberOfLeaves: 2, numberOfTrees: 2, minimumExampleCountPerLeaf: 5).Fit(vectorTraining);
        VectorZip = Save(vector, vectorTraining, "vector");
    }

    public MLContext Context { get; }

    public string Folder { get; }

    public PatientFeatures[] Scoring { get; }

    public ITransformer Binary { get; }

    public string BinaryZip { get; }

    public string BinaryOnnx { get; }

    /// <summary>A binary classifier without a calibrator, hence without a Probability column.</summary>
    public string UncalibratedZip { get; }

    public ITransformer Multiclass { get; }

    /// <summary>The triage classes in order of first appearance, which is the key order MapValueToKey gives them.</summary>
    public string[] TriageClasses { get; }

    public string MulticlassZip { get; }

    public string MulticlassOnnx { get; }

    public ITransformer Regression { get; }

    public string RegressionZip { get; }

    public string RegressionOnnx { get; }

    public string VectorZip { get; }

    /// <summary>ML.NET's own binary outputs for rows, through the in-memory transformer.</summary>
    public BinaryScore[] MlNetBinary(IEnumerable<PatientFeatures> rows) =>
        Score<BinaryPatient, BinaryScore>(Binary, rows.Select(r => new BinaryPatient { Age = r.Age, Bmi = r.Bmi, Ward = r.Ward }));

    public MulticlassScore[] MlNetMulticlass(IEnumerable<PatientFeatures> rows) =>
        Score<TriagePatient, MulticlassScore>(Multiclass, rows.Select(r => new TriagePatient { Age = r.Age, Bmi = r.Bmi, Ward = r.Ward }));

    public RegressionScore[] MlNetRegression(IEnumerable<PatientFeatures> rows) =>
        Score<StayPatient, RegressionScore>(Regression, rows.Select(r => new StayPatient { Age = r.Age, Bmi = r.Bmi, Ward = r.Ward }));

    public string PathFor(string fileName) => Path.Combine(Folder, fileName);

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private IEstimator<ITransformer> Encode(string column) =>
        Context.Transforms.Categorical.OneHotEncoding(column + "Code", column);

    private TOut[] Score<TIn, TOut>(ITransformer model, IEnumerable<TIn> rows)
        where TIn : class
        where TOut : class, new() =>
        [.. Context.Data.CreateEnumerable<TOut>(model.Transform(Context.Data.LoadFromEnumerable(rows)), reuseRowObject: false)];

    private string Save(ITransformer model, IDataView training, string name)
    {
        var path = PathFor(name + ".zip");
        Context.Model.Save(model, training.Schema, path);
        return path;
    }

    private string Export(ITransformer model, IDataView training, string name)
    {
        var path = PathFor(name + ".onnx");
        using var stream = File.Create(path);
        Context.Model.ConvertToOnnx(model, training, stream);
        return path;
    }
}
