using ExplainableAI.Reporting.Tests.Fixtures;
using ExplainableAI.Reporting.Tests.Html;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Tests;

public sealed class ReportWriterTests : IDisposable
{
    private readonly string output = Directory.CreateTempSubdirectory("xai-out-").FullName;
    private readonly ReportWriter writer = new();

    public void Dispose() => Directory.Delete(this.output, recursive: true);

    [Fact]
    public async Task Writes_json_html_and_sarif_renderings_of_the_report()
    {
        var report = ReportFixture.Create();

        var files = await this.writer.WriteAsync(report, this.output, new ReportOptions(), CancellationToken.None);

        Assert.Equal(Path.Combine(this.output, "report.json"), files.Json);
        Assert.Equal(AuditReportJson.Serialize(report), await File.ReadAllTextAsync(files.Json));
        Assert.Equal(new HtmlReportRenderer().Render(report, new ReportOptions()), await File.ReadAllTextAsync(files.Html));
        Assert.Equal(SarifWriter.Write(report), await File.ReadAllTextAsync(files.Sarif));
        Assert.Equal(["report.html", "report.json", "report.json.sha256", "report.sarif"], Directory.GetFiles(this.output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Json_checksum_is_in_sha256sum_format_and_matches_the_bytes_written()
    {
        var files = await this.writer.WriteAsync(ReportFixture.Create(), this.output, new ReportOptions(), CancellationToken.None);

        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(files.Json)));
        Assert.Equal($"{expected}  report.json\n", await File.ReadAllTextAsync(files.JsonChecksum));
        if (File.Exists("/usr/bin/sha256sum"))
        {
            // The reviewer's own tool must agree.
            var check = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/usr/bin/sha256sum", ["-c", "report.json.sha256"]) { WorkingDirectory = this.output, RedirectStandardOutput = true })!;
            Assert.Equal("report.json: OK", (await check.StandardOutput.ReadToEndAsync()).Trim());
            await check.WaitForExitAsync();
            Assert.Equal(0, check.ExitCode);
        }
    }

    [Fact]
    public async Task Files_are_utf8_without_a_byte_order_mark()
    {
        var files = await this.writer.WriteAsync(ReportFixture.Create(), this.output, new ReportOptions(), CancellationToken.None);

        Assert.Equal((byte)'{', (await File.ReadAllBytesAsync(files.Json))[0]);
    }

    [Fact]
    public async Task A_failing_template_writes_nothing_into_a_new_folder()
    {
        using var templates = new TemplateFolder();
        templates.Write("_rules.sbn", "{{ if }}");
        var target = Path.Combine(this.output, "new");

        await Assert.ThrowsAsync<InvalidAuditInputException>(() => this.writer.WriteAsync(ReportFixture.Create(), target, templates.Options, CancellationToken.None));

        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public async Task A_failing_template_leaves_existing_reports_untouched()
    {
        using var templates = new TemplateFolder();
        templates.Write("_rules.sbn", "{{ no_such_function 1 }}");
        foreach (var name in new[] { "report.json", "report.html", "report.sarif" })
        {
            await File.WriteAllTextAsync(Path.Combine(this.output, name), "previous " + name);
        }

        await Assert.ThrowsAsync<InvalidAuditInputException>(() => this.writer.WriteAsync(ReportFixture.Create(), this.output, templates.Options, CancellationToken.None));

        foreach (var name in new[] { "report.json", "report.html", "report.sarif" })
        {
            Assert.Equal("previous " + name, await File.ReadAllTextAsync(Path.Combine(this.output, name)));
        }

        Assert.Equal(3, Directory.GetFiles(this.output).Length);
    }

    [Fact]
    public async Task Cancellation_leaves_existing_reports_untouched_and_no_temporary_files()
    {
        await File.WriteAllTextAsync(Path.Combine(this.output, "report.json"), "previous");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => this.writer.WriteAsync(ReportFixture.Create(), this.output, new ReportOptions(), cancelled.Token));

        Assert.Equal(["report.json"], Directory.GetFiles(this.output).Select(Path.GetFileName));
        Assert.Equal("previous", await File.ReadAllTextAsync(Path.Combine(this.output, "report.json")));
    }

    [Fact]
    public async Task Existing_reports_are_replaced()
    {
        await File.WriteAllTextAsync(Path.Combine(this.output, "report.html"), "previous");

        var files = await this.writer.WriteAsync(ReportFixture.Create(), this.output, new ReportOptions(), CancellationToken.None);

        Assert.StartsWith("<!DOCTYPE html>", await File.ReadAllTextAsync(files.Html), StringComparison.Ordinal);
        Assert.Equal(4, Directory.GetFiles(this.output).Length); // json, its checksum, html, sarif
    }

    [Fact]
    public async Task Html_rendered_from_the_json_alone_equals_the_original()
    {
        var files = await this.writer.WriteAsync(ReportFixture.Create(), this.output, new ReportOptions(), CancellationToken.None);
        var original = await File.ReadAllTextAsync(files.Html);
        var again = Path.Combine(this.output, "again");

        var html = await this.writer.RenderHtmlFromJsonAsync(files.Json, again, new ReportOptions(), CancellationToken.None);

        Assert.Equal(Path.Combine(again, "report.html"), html);
        Assert.Equal(original, await File.ReadAllTextAsync(html));
    }

    [Fact]
    public async Task Rendering_from_bad_json_is_an_input_error_and_writes_nothing()
    {
        var json = Path.Combine(this.output, "report.json");
        await File.WriteAllTextAsync(json, "{ \"schemaVersion\": \"1.0\", ");
        var target = Path.Combine(this.output, "html");

        var ex = await Assert.ThrowsAsync<InvalidAuditInputException>(() => this.writer.RenderHtmlFromJsonAsync(json, target, new ReportOptions(), CancellationToken.None));

        Assert.Equal(json, ex.File);
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public async Task A_pdf_of_an_earlier_set_does_not_survive_beside_a_set_written_without_one()
    {
        await File.WriteAllTextAsync(Path.Combine(this.output, "report.pdf"), "an earlier run's PDF");
        await File.WriteAllTextAsync(Path.Combine(this.output, "report-appendix.pdf"), "an earlier run's appendix");

        await this.writer.WriteAsync(ReportFixture.Create(), this.output, new ReportOptions(), CancellationToken.None);

        Assert.Equal(["report.html", "report.json", "report.json.sha256", "report.sarif"], Directory.GetFiles(this.output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_folder_holding_a_users_file_is_refused_and_left_untouched()
    {
        await File.WriteAllTextAsync(Path.Combine(this.output, "notes.txt"), "mine");
        await File.WriteAllTextAsync(Path.Combine(this.output, "report.json"), "previous");

        var ex = await Assert.ThrowsAsync<InvalidAuditInputException>(() => this.writer.WriteAsync(ReportFixture.Create(), this.output, new ReportOptions(), CancellationToken.None));

        Assert.Contains("'notes.txt'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(["notes.txt", "report.json"], Directory.GetFiles(this.output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("previous", await File.ReadAllTextAsync(Path.Combine(this.output, "report.json")));
    }

    [Fact]
    public async Task What_a_killed_write_left_is_removed_by_the_next_write()
    {
        // A staging folder beside the output folder, and a temporary file an earlier version left inside it.
        var staging = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(this.output)!, $".{Path.GetFileName(this.output)}.xai-{Guid.NewGuid():N}")).FullName;
        await File.WriteAllTextAsync(Path.Combine(staging, "report.html"), "half");
        await File.WriteAllTextAsync(Path.Combine(this.output, $".report.json.{Guid.NewGuid():N}.tmp"), "half");

        await this.writer.WriteAsync(ReportFixture.Create(), this.output, new ReportOptions(), CancellationToken.None);

        Assert.False(Directory.Exists(staging));
        Assert.Equal(4, Directory.GetFiles(this.output).Length);
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(this.output)!, $".{Path.GetFileName(this.output)}.xai-*"));
    }

    [Fact]
    public async Task A_staging_folder_still_being_written_is_left_alone()
    {
        var staging = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(this.output)!, $".{Path.GetFileName(this.output)}.xai-{Guid.NewGuid():N}")).FullName;
        try
        {
            // Held as a live writer holds it: open, exclusively.
            using (new FileStream(Path.Combine(staging, ".xai-staging.lock"), FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await this.writer.WriteAsync(ReportFixture.Create(), this.output, new ReportOptions(), CancellationToken.None);
                Assert.True(Directory.Exists(staging));
            }
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    [Fact]
    public async Task Rerendering_the_html_keeps_the_json_and_sarif_and_drops_a_stale_pdf()
    {
        var files = await this.writer.WriteAsync(ReportFixture.Create(), this.output, new ReportOptions(), CancellationToken.None);
        var json = await File.ReadAllBytesAsync(files.Json);
        await File.WriteAllTextAsync(Path.Combine(this.output, "report.pdf"), "printed from other templates");

        await this.writer.RenderHtmlFromJsonAsync(files.Json, this.output, new ReportOptions(), CancellationToken.None);

        Assert.Equal(["report.html", "report.json", "report.json.sha256", "report.sarif"], Directory.GetFiles(this.output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(json, await File.ReadAllBytesAsync(files.Json));
    }
}
