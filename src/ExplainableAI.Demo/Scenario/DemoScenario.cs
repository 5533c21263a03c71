using System.Text;
using ExplainableAI.Core;
using ExplainableAI.Demo.Cohorts;
using ExplainableAI.Demo.Training;

namespace ExplainableAI.Demo.Scenario;

/// <summary>
/// Builds the self-contained scenario behind <c>xai demo</c>: a synthetic ICU cohort with planted problems,
/// a FastTree sepsis model trained on its reference period, and the registration manifest that ties them together.
/// </summary>
public sealed class DemoScenario
{
    private readonly IcuCohortGenerator generator = new();
    private readonly SepsisModelTrainer trainer = new();

    /// <summary>
    /// Writes <c>reference.csv</c>, <c>current.csv</c>, <c>model.zip</c> and <c>manifest.yaml</c> into
    /// <paramref name="outputDirectory"/>, replacing each file atomically.
    /// </summary>
    /// <param name="outputDirectory">The folder to write into; created when missing.</param>
    /// <param name="options">Seed and cohort sizes; the defaults when <see langword="null"/>. The seed also seeds training.</param>
    /// <param name="cancellationToken">Cancels between steps.</param>
    /// <returns>The written paths and the planted problems.</returns>
    /// <exception cref="ArgumentException"><paramref name="outputDirectory"/> is empty.</exception>
    public DemoArtifacts Create(string outputDirectory, CohortOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        options ??= new CohortOptions();
        var directory = Path.GetFullPath(outputDirectory);
        Directory.CreateDirectory(directory);

        var cohort = generator.Generate(options);
        cancellationToken.ThrowIfCancellationRequested();

        var referencePath = Path.Combine(directory, DemoManifest.ReferenceFileName);
        var currentPath = Path.Combine(directory, DemoManifest.CurrentFileName);
        CohortCsv.Write(cohort.Reference, referencePath);
        CohortCsv.Write(cohort.Current, currentPath);
        cancellationToken.ThrowIfCancellationRequested();

        var model = trainer.Train(cohort.Reference, options.Seed, Path.Combine(directory, DemoManifest.ModelFileName), cancellationToken);

        var factsPath = Path.Combine(directory, DemoManifest.DeclaredFactsFileName);
        var facts = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(DemoManifest.DeclaredFactsText.ReplaceLineEndings("\n"));
        AtomicFile.Write(factsPath, stream => stream.Write(facts));

        var manifestPath = Path.Combine(directory, DemoManifest.FileName);
        var manifest = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(DemoManifest.Text.ReplaceLineEndings("\n"));
        AtomicFile.Write(manifestPath, stream => stream.Write(manifest));

        return new DemoArtifacts(manifestPath, referencePath, currentPath, model, generator.Planted);
    }
}
