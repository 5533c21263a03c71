namespace ExplainableAI.Cli.Tests;

/// <summary>
/// <c>--pdf</c> without Chromium: exit code 2, one line naming what is missing, and no file written. Changes the process
/// environment (XAI_CHROMIUM), so it runs alone, not in parallel with the browser tests that read it.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class PdfOptionTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("report", "render", "{0}/report.json", "--out", "{0}/out", "--pdf")]
    [InlineData("audit", "--data", "{0}/data.csv", "--out", "{0}/out", "--pdf")]
    public async Task Without_chromium_pdf_is_bad_input_and_writes_nothing(params string[] template)
    {
        var args = template.Select(a => string.Format(System.Globalization.CultureInfo.InvariantCulture, a, temp.Path)).ToArray();
        var saved = Environment.GetEnvironmentVariable("XAI_CHROMIUM");
        Environment.SetEnvironmentVariable("XAI_CHROMIUM", temp.Combine("no-such-chromium"));
        try
        {
            var run = await CliRun.RunAsync(args);

            Assert.Equal(2, run.ExitCode);
            Assert.Single(run.Error.TrimEnd().Split('\n'));
            Assert.Contains("--pdf needs headless Chromium", run.Error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(temp.Combine("out")), "an output folder was created");
        }
        finally
        {
            Environment.SetEnvironmentVariable("XAI_CHROMIUM", saved);
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "process environment";
}
