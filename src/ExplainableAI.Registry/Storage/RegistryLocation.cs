namespace ExplainableAI.Registry;

/// <summary>Where the registry is: the <c>--registry</c> option, else the <c>XAI_REGISTRY</c> variable, else <see cref="DefaultPath"/>.</summary>
public static class RegistryLocation
{
    /// <summary>The environment variable that names the registry file.</summary>
    public const string EnvironmentVariable = "XAI_REGISTRY";

    /// <summary>
    /// The registry every audit records into when none is named: <c>ExplainableAI/registry.db</c> in the user's local
    /// application data (<c>~/.local/share</c> on Linux, <c>%LOCALAPPDATA%</c> on Windows), so runs of every project on this machine
    /// can be listed and compared.
    /// </summary>
    public static string DefaultPath
    {
        get
        {
            var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            if (string.IsNullOrEmpty(root))
            {
                root = Path.Combine(Path.GetTempPath(), "xai");
            }

            return Path.Combine(root, "ExplainableAI", "registry.db");
        }
    }

    /// <summary>Resolves the registry file from the option and the environment.</summary>
    /// <param name="option">The <c>--registry</c> value, if given.</param>
    /// <param name="environment">The <c>XAI_REGISTRY</c> value, if set.</param>
    /// <returns>The registry file, and whether the user named it.</returns>
    public static RegistryTarget Resolve(string? option, string? environment)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return new RegistryTarget(Path.GetFullPath(option), Named: true);
        }

        return !string.IsNullOrWhiteSpace(environment) ? new RegistryTarget(Path.GetFullPath(environment), Named: true) : new RegistryTarget(DefaultPath, Named: false);
    }
}
