using System.Security.Cryptography;
using ExplainableAI.Reporting.Tests.Fixtures;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Tests.Exporters;

public sealed class ReportExportersTests : IDisposable
{
    private readonly string output = Directory.CreateTempSubdirectory("xai-exporters-").FullName;

    public void Dispose() => Directory.Delete(output, recursive: true);

    [Fact]
    public void Default_exporters_cover_json_checksum_html_sarif_and_the_pdfs()
    {
        var names = ReportExporters.CreateDefault().SelectMany(e => e.FileNames);

        Assert.Equal(
            [ReportSetNames.Json, ReportSetNames.JsonChecksum, ReportSetNames.Html, ReportSetNames.Sarif, ReportSetNames.Pdf, ReportSetNames.AppendixPdf],
            names);
    }

    [Fact]
    public void A_writers_own_files_are_the_file_names_of_its_exporters_and_their_temporary_files()
    {
        var writer = new ReportWriter();

        Assert.Equal(ReportExporters.CreateDefault().SelectMany(e => e.FileNames), writer.FileNames);
        Assert.All(writer.FileNames, name => Assert.True(writer.OwnsFile(name), name));
        Assert.True(writer.OwnsFile($".report.sarif.{Guid.NewGuid():N}.tmp"));
        Assert.False(writer.OwnsFile("echo.txt"));
        Assert.False(writer.OwnsFile("annex-iv.md")); // the command line's format, not one of the defaults
    }

    [Fact]
    public async Task A_format_added_by_one_exporter_is_written_and_owned_with_no_other_change()
    {
        // An earlier set of the extended writer: its echo.txt makes the folder the user's to a writer without the exporter ...
        await File.WriteAllTextAsync(Path.Combine(output, "report.json"), "earlier");
        await File.WriteAllTextAsync(Path.Combine(output, "echo.txt"), "earlier");
        var ex = await Assert.ThrowsAsync<InvalidAuditInputException>(() => new ReportWriter().WriteAsync(ReportFixture.Create(), output, new ReportOptions(), CancellationToken.None));
        Assert.Contains("'echo.txt'", ex.Message, StringComparison.Ordinal);

        // ... and registering the one exporter class is all it takes for the folder check to own it and the set to hold it.
        var writer = new ReportWriter([.. ReportExporters.CreateDefault(), new HashEchoExporter()]);
        Assert.True(writer.OwnsFile("echo.txt"));
        var files = await writer.WriteAsync(ReportFixture.Create(), output, new ReportOptions(), CancellationToken.None);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(files.Json))), await File.ReadAllTextAsync(Path.Combine(output, "echo.txt")));
    }

    [Fact]
    public async Task An_added_exporter_writes_its_file_into_the_set()
    {
        var writer = new ReportWriter([.. ReportExporters.CreateDefault(), new HashEchoExporter()]);

        await writer.WriteAsync(ReportFixture.Create(), output, new ReportOptions(), CancellationToken.None);

        Assert.Equal(
            ["echo.txt", "report.html", "report.json", "report.json.sha256", "report.sarif"],
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_added_exporters_earlier_file_does_not_make_the_folder_the_users()
    {
        var writer = new ReportWriter([.. ReportExporters.CreateDefault(), new HashEchoExporter()]);
        await writer.WriteAsync(ReportFixture.Create(), output, new ReportOptions(), CancellationToken.None);

        await writer.WriteAsync(ReportFixture.Create(), output, new ReportOptions(), CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(output, "echo.txt")));
    }

    [Fact]
    public async Task Exporters_receive_the_sha256_of_the_report_json_bytes_written()
    {
        var writer = new ReportWriter([.. ReportExporters.CreateDefault(), new HashEchoExporter()]);

        var files = await writer.WriteAsync(ReportFixture.Create(), output, new ReportOptions(), CancellationToken.None);

        var expected = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(files.Json)));
        Assert.Equal(expected, await File.ReadAllTextAsync(Path.Combine(output, "echo.txt")));
    }

    [Fact]
    public async Task Rendered_report_carries_the_sha256_of_its_json()
    {
        var rendered = await new ReportWriter().RenderAsync(ReportFixture.Create(), new ReportOptions(), CancellationToken.None);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(rendered.Json.Span)), rendered.JsonSha256);
    }

    [Fact]
    public void Two_exporters_of_the_same_file_are_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ReportWriter([new JsonReportExporter(), new JsonReportExporter()]));

        Assert.Equal("exporters", ex.ParamName);
    }

    [Fact]
    public async Task A_file_an_exporter_did_not_declare_is_refused_and_nothing_is_written()
    {
        var target = Path.Combine(output, "new");
        var writer = new ReportWriter([new JsonReportExporter(), new UndeclaredExporter()]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.WriteAsync(ReportFixture.Create(), target, new ReportOptions(), CancellationToken.None));

        Assert.False(Directory.Exists(target));
    }

    // Writes the hash it was given, so a test can compare it with the JSON on disk.
    private sealed class HashEchoExporter : IReportExporter
    {
        public IReadOnlyList<string> FileNames { get; } = ["echo.txt"];

        public ValueTask<IReadOnlyList<RenderedFile>> ExportAsync(ReportDocument document, CancellationToken ct) =>
            ValueTask.FromResult<IReadOnlyList<RenderedFile>>([new("echo.txt", ReportDocument.Utf8(document.JsonSha256))]);
    }

    private sealed class UndeclaredExporter : IReportExporter
    {
        public IReadOnlyList<string> FileNames { get; } = ["declared.txt"];

        public ValueTask<IReadOnlyList<RenderedFile>> ExportAsync(ReportDocument document, CancellationToken ct) =>
            ValueTask.FromResult<IReadOnlyList<RenderedFile>>([new("other.txt", document.Json)]);
    }
}
