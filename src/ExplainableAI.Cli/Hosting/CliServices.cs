using ExplainableAI.Core;
using ExplainableAI.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ExplainableAI.Cli;

/// <summary>
/// Builds the Generic Host that wires the command's services: configuration (environment variables prefixed
/// <c>XAI_</c>), logging (to stderr, only with <c>--verbose</c>), and the loaders, engine pieces and writers.
/// </summary>
internal static class CliServices
{
    public static IHost Build(bool verbose, TextWriter output)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddEnvironmentVariables("XAI_");
        builder.Logging.ClearProviders();
        if (verbose)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Debug);
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PluginLoader>();
        builder.Services.AddSingleton<ManifestReader>();
        builder.Services.AddSingleton<DatasetLoader>();
        builder.Services.AddSingleton(ReportSetFolder.CreateWriter());
        builder.Services.AddSingleton(new ConsoleOutput(output));
        builder.Services.AddSingleton<AuditPlanner>();
        builder.Services.AddSingleton<AuditOutputWriter>();
        builder.Services.AddSingleton<AuditRunner>();
        return builder.Build();
    }
}
