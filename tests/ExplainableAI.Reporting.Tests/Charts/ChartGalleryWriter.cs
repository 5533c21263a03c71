using System.Text;
using ExplainableAI.Reporting.Charts;
using ExplainableAI.Reporting.Json;
using ExplainableAI.Sdk;
using Xunit.Abstractions;

namespace ExplainableAI.Reporting.Tests.Charts;

/// <summary>
/// Tools for a person, not checks: with <c>XAI_CHART_GALLERY=&lt;folder&gt;</c> writes every kind with long English and
/// Japanese names as an HTML page (with the report's stylesheet) to look at in a browser; with
/// <c>XAI_CHART_REPORT=&lt;report.json&gt;</c> renders that report's charts and prints their sizes. Without the variables they
/// do nothing.
/// </summary>
public sealed class ChartGalleryWriter(ITestOutputHelper output)
{
    [Fact]
    public void Write_gallery_when_asked()
    {
        if (Environment.GetEnvironmentVariable("XAI_CHART_GALLERY") is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        foreach (var language in new[] { "en", "ja" })
        {
            var page = Page();
            foreach (var kind in Enum.GetValues<ChartKind>())
            {
                var svg = SvgChartRenderer.Render(LongNames.Chart(kind, language), $"{language}-{kind}", LongNames.Labels(language));
                page.Append("<figure class=\"chart-figure\">").Append(svg).Append("</figure>\n");
            }

            File.WriteAllText(Path.Combine(folder, $"gallery-{language}.html"), page.Append("</body></html>").ToString());
        }
    }

    [Fact]
    public void Measure_report_charts_when_asked()
    {
        if (Environment.GetEnvironmentVariable("XAI_CHART_REPORT") is not { Length: > 0 } path)
        {
            return;
        }

        var report = AuditReportJson.Read(path);
        var page = Page();
        long total = 0;
        var n = 0;
        foreach (var chart in report.Findings.SelectMany(f => f.Evidence?.Charts ?? []))
        {
            var svg = SvgChartRenderer.Render(chart, $"c{++n}");
            var bytes = Encoding.UTF8.GetByteCount(svg);
            total += bytes;
            output.WriteLine($"{bytes,8} {chart.Kind,-10} {chart.Title}");
            page.Append("<figure class=\"chart-figure\">").Append(svg).Append("</figure>\n");
        }

        output.WriteLine($"{total,8} bytes in {n} charts");
        if (Environment.GetEnvironmentVariable("XAI_CHART_GALLERY") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "report-charts.html"), page.Append("</body></html>").ToString());
        }
    }

    private static StringBuilder Page()
    {
        var styles = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "../../../../../reports/templates/_styles.sbn"));
        return new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><style>").Append(styles).Append("</style></head><body>\n");
    }
}
