using System.Diagnostics;
using System.Text.Json;

namespace ExplainableAI.Imaging.Tests.Dicom;

/// <summary>
/// DICOM files written by pydicom at test time (write_dicom_fixtures.py) and what pydicom reads from each. Tests skip with
/// the reason where python3-pydicom is missing, unless <c>XAI_REQUIRE_PYDICOM=1</c> (set by CI), where they fail.
/// </summary>
public sealed class PydicomFixtures : IDisposable
{
    private const string Python = "/usr/bin/python3";

    public PydicomFixtures()
    {
        Folder = Directory.CreateTempSubdirectory("xai-dicom-").FullName;
        var script = Path.Combine(AppContext.BaseDirectory, "Dicom", "write_dicom_fixtures.py");
        if (!System.IO.File.Exists(Python))
        {
            Unavailable = $"{Python} not found";
            return;
        }

        using var process = Process.Start(new ProcessStartInfo(Python, [script, Folder])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Unavailable = $"write_dicom_fixtures.py failed (python3-pydicom and python3-numpy installed?): {errors.Result.Trim()}";
        }
    }

    /// <summary>Why the fixtures could not be written, or null.</summary>
    public string? Unavailable { get; }

    /// <summary>The folder the files are in.</summary>
    public string Folder { get; }

    /// <summary>The path of a written file, skipping (or, in CI, failing) the test when pydicom is missing.</summary>
    public string File(string name)
    {
        if (Unavailable is not null)
        {
            Assert.False(Environment.GetEnvironmentVariable("XAI_REQUIRE_PYDICOM") == "1", $"pydicom fixtures are required (XAI_REQUIRE_PYDICOM=1): {Unavailable}");
            Skip.If(true, $"pydicom fixtures unavailable: {Unavailable} (apt-get install -y python3-pydicom python3-numpy)");
        }

        return Path.Combine(Folder, name);
    }

    /// <summary>What pydicom read from <c>NAME.dcm</c>.</summary>
    public PydicomReading Reading(string name) =>
        JsonSerializer.Deserialize<PydicomReading>(System.IO.File.ReadAllText(File(name + ".json")), JsonOptions)!;

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}
