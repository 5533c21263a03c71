using System.Diagnostics;
using System.Text;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting;

/// <summary>
/// Prints the HTML report to PDF with headless Chromium (<c>--print-to-pdf</c>): the report's own print stylesheet lays it
/// out, nothing is fetched (the document is self-contained and its Content-Security-Policy forbids it), and the browser
/// runs with a throw-away profile, background networking and component updates off, and a timeout.
/// </summary>
public sealed class PdfPrinter
{
    /// <summary>The environment variable naming the Chromium executable.</summary>
    public const string ChromiumVariable = "XAI_CHROMIUM";

    /// <summary>How long printing may take by default.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    private static readonly string[] CommandNames = ["chromium", "chromium-browser", "google-chrome"];

    /// <summary>Creates a printer.</summary>
    /// <param name="chromiumPath">The Chromium (or Chrome) executable.</param>
    /// <param name="timeout">How long one print may take; <see cref="DefaultTimeout"/> when <see langword="null"/>.</param>
    public PdfPrinter(string chromiumPath, TimeSpan? timeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chromiumPath);
        ChromiumPath = chromiumPath;
        Timeout = timeout ?? DefaultTimeout;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero, nameof(timeout));
    }

    /// <summary>The Chromium executable.</summary>
    public string ChromiumPath { get; }

    /// <summary>How long one print may take.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>
    /// Finds Chromium: the file named by <c>XAI_CHROMIUM</c> when that is set, else <c>/usr/bin/chromium</c>, else
    /// <c>chromium</c>, <c>chromium-browser</c> or <c>google-chrome</c> on <c>PATH</c>.
    /// </summary>
    /// <param name="environment">Reads an environment variable; <see cref="Environment.GetEnvironmentVariable(string)"/> when <see langword="null"/>.</param>
    /// <returns>A printer using the Chromium found.</returns>
    /// <exception cref="InvalidAuditInputException">No Chromium was found; the message says where it was looked for.</exception>
    public static PdfPrinter Locate(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (environment(ChromiumVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured)
                ? new PdfPrinter(configured)
                : throw new InvalidAuditInputException($"--pdf needs headless Chromium, but {ChromiumVariable} names '{configured}', which does not exist", field: ChromiumVariable);
        }

        const string debian = "/usr/bin/chromium";
        if (File.Exists(debian))
        {
            return new PdfPrinter(debian);
        }

        foreach (var folder in (environment("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in CommandNames)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return new PdfPrinter(candidate);
                }
            }
        }

        throw new InvalidAuditInputException(
            $"--pdf needs headless Chromium, and none was found ({ChromiumVariable} is not set, no {debian}, no chromium, chromium-browser or google-chrome on PATH): install it (apt-get install chromium) or set {ChromiumVariable}",
            field: "--pdf");
    }

    /// <summary>Prints an HTML document.</summary>
    /// <param name="html">The self-contained HTML document.</param>
    /// <param name="ct">Cancels printing; the browser is stopped.</param>
    /// <returns>The PDF's bytes.</returns>
    /// <exception cref="IOException">Chromium failed, timed out, or wrote no PDF.</exception>
    public async Task<byte[]> PrintAsync(string html, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(html);
        var work = Directory.CreateTempSubdirectory("xai-pdf-").FullName;
        try
        {
            var page = Path.Combine(work, "report.html");
            var pdf = Path.Combine(work, "report.pdf");
            await File.WriteAllTextAsync(page, html, new UTF8Encoding(false), ct).ConfigureAwait(false);
            var start = new ProcessStartInfo(ChromiumPath)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
                WorkingDirectory = work,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-extensions", "--no-default-browser-check",
                "--user-data-dir=" + Path.Combine(work, "profile"), "--no-pdf-header-footer", "--print-to-pdf=" + pdf, new Uri(page).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new IOException($"could not start Chromium at {ChromiumPath}");
            var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                ct.ThrowIfCancellationRequested();
                throw new IOException($"Chromium did not finish printing the PDF within {Timeout.TotalSeconds:0} s");
            }

            await Task.WhenAll(stderr, stdout).ConfigureAwait(false);
            var bytes = File.Exists(pdf) ? await File.ReadAllBytesAsync(pdf, ct).ConfigureAwait(false) : [];
            if (process.ExitCode != 0 || bytes.Length < 5 || !bytes.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
            {
                var detail = (await stderr.ConfigureAwait(false)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
                throw new IOException($"Chromium did not print the PDF (exit code {process.ExitCode}){(detail is null ? string.Empty : ": " + detail)}");
            }

            return bytes;
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // A profile file still held by a dying browser process; the temp folder is cleaned by the system.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
