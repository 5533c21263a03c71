using System.Diagnostics;
using ExplainableAI.Demo.Scenario;

namespace ExplainableAI.Demo.Tests.Scenario;

/// <summary>Writes the default demo scenario once into a temporary folder for the tests that read it.</summary>
public sealed class ScenarioFixture : IDisposable
{
    public ScenarioFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "xai-demo-tests-" + Guid.NewGuid().ToString("N"));
        var stopwatch = Stopwatch.StartNew();
        Artifacts = new DemoScenario().Create(Directory);
        Elapsed = stopwatch.Elapsed;
    }

    public string Directory { get; }

    public DemoArtifacts Artifacts { get; }

    public TimeSpan Elapsed { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
