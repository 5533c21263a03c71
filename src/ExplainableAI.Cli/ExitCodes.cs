namespace ExplainableAI.Cli;

/// <summary>The exit codes of <c>xai</c>, stable for CI gates.</summary>
internal static class ExitCodes
{
    /// <summary>Success; no gate failed.</summary>
    public const int Success = 0;

    /// <summary>A finding at or above <c>--fail-on</c>.</summary>
    public const int GateFailed = 1;

    /// <summary>Bad usage or bad input; nothing was written.</summary>
    public const int BadInput = 2;

    /// <summary>An internal error.</summary>
    public const int InternalError = 3;

    /// <summary>
    /// The environment refused a write (disk full, file too large, permission denied, read-only file system); stderr names
    /// the file, and nothing of the output set was written. Distinct from bad input: the same command succeeds once the
    /// disk has room.
    /// </summary>
    public const int EnvironmentError = 4;

    /// <summary>Cancelled with Ctrl+C; nothing was written (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
