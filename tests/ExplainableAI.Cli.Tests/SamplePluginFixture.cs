using System.Diagnostics;

namespace ExplainableAI.Cli.Tests;

/// <summary>
/// Builds samples/ThirdPartyPlugin once, on its own, as a plugin author would (it is not part of the solution),
/// and exposes its output folder.
/// </summary>
public sealed class SamplePluginFixture
{
    public SamplePluginFixture()
    {
        var project = Path.Combine(RepositoryPaths.Root, "samples", "ThirdPartyPlugin", "Contoso.Xai.CohortSize.csproj");
        var start = new ProcessStartInfo("dotnet", ["build", project, "-c", "Release", "--nologo", "-v", "q"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"building the sample plugin failed:\n{stdout.Result}\n{stderr.Result}");
        }

        Folder = Path.Combine(RepositoryPaths.Root, "samples", "ThirdPartyPlugin", "bin", "Release", "net10.0");
        if (File.Exists(Path.Combine(Folder, "ExplainableAI.Sdk.dll")))
        {
            throw new InvalidOperationException("a plugin must not ship its own copy of the SDK");
        }
    }

    public string Folder { get; }

    public void CopyTo(string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.GetFiles(Folder))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }
    }
}
