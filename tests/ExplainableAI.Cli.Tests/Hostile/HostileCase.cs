namespace ExplainableAI.Cli.Tests.Hostile;

/// <summary>
/// One hostile input and the outcome it must have: the arguments of one <c>xai</c> run, built in a fresh temporary
/// folder, and what the run must do.
/// </summary>
/// <param name="Name">A unique name, shown as the test case.</param>
/// <param name="Arrange">Writes the input files into the folder and returns the command-line arguments.</param>
/// <param name="Expected">The outcome the run must have.</param>
internal sealed record HostileCase(string Name, Func<HostileFolder, string[]> Arrange, HostileOutcome Expected)
{
    /// <summary>Run as a real child process (crashes, hangs, signals) rather than in this test process.</summary>
    public bool InChildProcess { get; init; }

    /// <summary>Skip on this machine when not null (e.g. FIFOs on Windows); the reason is shown.</summary>
    public string? SkipReason { get; init; }

    public override string ToString() => Name;
}
