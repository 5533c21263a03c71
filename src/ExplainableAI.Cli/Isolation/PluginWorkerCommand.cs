using System.CommandLine;
using ExplainableAI.Core;

namespace ExplainableAI.Cli;

/// <summary>
/// <c>xai plugin-worker</c> (hidden): the plugin process of <c>--isolation process</c>. Being the same program as the
/// host, it is found beside it in a build, a publish folder and a tool package alike, and it loads the plugin with the
/// host's own loader.
/// </summary>
internal static class PluginWorkerCommand
{
    public const string Name = "plugin-worker";

    public static Command Create()
    {
        var pipe = new Option<string>("--pipe") { Required = true };
        var plugin = new Option<string>("--plugin") { Required = true };
        var command = new Command(Name, "Serve one plugin to an audit in another process (used by the host).") { Hidden = true };
        command.Options.Add(pipe);
        command.Options.Add(plugin);
        command.SetAction((parsed, _) => PluginWorker.RunAsync(parsed.GetValue(pipe)!, parsed.GetValue(plugin)!));
        return command;
    }

    /// <summary>How to start this program again as a plugin process: its apphost where there is one, else <c>dotnet xai.dll</c>.</summary>
    public static WorkerCommand Self()
    {
        var folder = AppContext.BaseDirectory;
        var apphost = Path.Combine(folder, OperatingSystem.IsWindows() ? "xai.exe" : "xai");
        if (File.Exists(apphost))
        {
            return new WorkerCommand(apphost, [Name]);
        }

        // Under `dotnet test` or `dotnet xai.dll` the running host is the muxer (DOTNET_HOST_PATH when the SDK set it).
        var process = Environment.ProcessPath;
        var muxer = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath ? hostPath
            : process is not null && Path.GetFileNameWithoutExtension(process) == "dotnet" ? process
            : "dotnet";
        return new WorkerCommand(muxer, [Path.Combine(folder, "xai.dll"), Name]);
    }
}
