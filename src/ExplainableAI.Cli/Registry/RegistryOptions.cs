using System.CommandLine;
using ExplainableAI.Registry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ExplainableAI.Cli;

/// <summary>The <c>--registry</c> option and its resolution: the option, else <c>XAI_REGISTRY</c>, else the default file.</summary>
internal static class RegistryOptions
{
    public static Option<string?> Registry() => new("--registry")
    {
        Description = $"The run registry (SQLite file). Default: the {RegistryLocation.EnvironmentVariable} variable, else {RegistryLocation.DefaultPath}.",
    };

    /// <summary>Resolves the registry file; the variable is read through the host's configuration (prefix <c>XAI_</c>).</summary>
    public static RegistryTarget Resolve(IHost host, string? option) =>
        RegistryLocation.Resolve(option, host.Services.GetRequiredService<IConfiguration>()["REGISTRY"]);

    /// <summary>Resolves the registry file for a command that needs nothing else from the host.</summary>
    public static RegistryTarget Resolve(CommandContext context, ParseResult parsed, Option<string?> option)
    {
        using var host = CliServices.Build(parsed.GetValue(context.Verbose), context.Output);
        return Resolve(host, parsed.GetValue(option));
    }
}
