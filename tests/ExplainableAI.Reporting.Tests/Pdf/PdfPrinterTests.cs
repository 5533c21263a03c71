using ExplainableAI.Reporting.Tests.Fixtures;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Tests.Pdf;

public sealed class PdfPrinterTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("xai-pdf-test-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Locate_uses_XAI_CHROMIUM_when_set()
    {
        var fake = Script("chrome", "exit 0");

        var printer = PdfPrinter.Locate(name => name == "XAI_CHROMIUM" ? fake : null);

        Assert.Equal(fake, printer.ChromiumPath);
    }

    [Fact]
    public void Locate_names_a_missing_XAI_CHROMIUM_in_one_line()
    {
        var missing = Path.Combine(folder, "nope");

        var error = Assert.Throws<InvalidAuditInputException>(() => PdfPrinter.Locate(name => name == "XAI_CHROMIUM" ? missing : null));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task Chromium_that_fails_is_reported_with_its_last_error_line()
    {
        var printer = new PdfPrinter(Script("fails", "echo 'first' >&2; echo 'cannot open display' >&2; exit 21"));

        var error = await Assert.ThrowsAsync<IOException>(() => printer.PrintAsync("<html></html>", CancellationToken.None));

        Assert.Equal("Chromium did not print the PDF (exit code 21): cannot open display", error.Message);
    }

    [Fact]
    public async Task Chromium_that_writes_no_pdf_is_an_error_even_with_exit_code_0()
    {
        var printer = new PdfPrinter(Script("silent", "exit 0"));

        await Assert.ThrowsAsync<IOException>(() => printer.PrintAsync("<html></html>", CancellationToken.None));
    }

    [Fact]
    public async Task Chromium_that_hangs_is_stopped_at_the_timeout()
    {
        var printer = new PdfPrinter(Script("hangs", "sleep 30"), TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAsync<IOException>(() => printer.PrintAsync("<html></html>", CancellationToken.None));

        Assert.Contains("did not finish printing the PDF within", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Printed_pdf_is_returned_and_written_atomically_beside_the_other_files()
    {
        // A stand-in browser that checks the flags it must be given and writes a minimal PDF where --print-to-pdf says.
        var fake = Script("prints", """
            for a in "$@"; do case "$a" in --print-to-pdf=*) out="${a#--print-to-pdf=}";; esac; done
            for f in --headless --no-sandbox --disable-gpu --no-pdf-header-footer --disable-background-networking --disable-component-update --disable-sync --no-first-run; do
              case " $* " in *" $f "*) ;; *) echo "missing $f" >&2; exit 3;; esac
            done
            printf '%%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%%%EOF\n' > "$out"
            """);
        var output = Path.Combine(folder, "out");

        var files = await new ReportWriter().WriteAsync(ReportFixture.Create(), output, new ReportOptions { Pdf = new PdfPrinter(fake) }, CancellationToken.None);

        Assert.Equal(Path.Combine(output, "report.pdf"), files.Pdf);
        Assert.StartsWith("%PDF-1.4\n1 0 obj << /Type /Page >>", await File.ReadAllTextAsync(files.Pdf!), StringComparison.Ordinal);
        Assert.Equal(["report.html", "report.json", "report.json.sha256", "report.pdf", "report.sarif"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_failed_print_writes_no_file_at_all()
    {
        var output = Path.Combine(folder, "out");
        var options = new ReportOptions { Pdf = new PdfPrinter(Script("fails2", "exit 1")) };

        await Assert.ThrowsAsync<IOException>(() => new ReportWriter().WriteAsync(ReportFixture.Create(), output, options, CancellationToken.None));

        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any(), "files were written");
    }

    private string Script(string name, string body)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }
}
