namespace ExplainableAI.Cli.Tests;

/// <summary>Finds the repository's folders from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ExplainableAI.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("ExplainableAI.sln not found above the test folder.");
    }
}
