namespace ExplainableAI.Core;

/// <summary>Receives the engine's progress, for a live display or plain log lines.</summary>
public interface IAuditProgress
{
    /// <summary>A check starts.</summary>
    /// <param name="check">Its name.</param>
    /// <param name="index">Zero-based position in the run.</param>
    /// <param name="total">Number of checks.</param>
    void CheckStarted(string check, int index, int total);

    /// <summary>A check reports how far it has come.</summary>
    /// <param name="check">Its name.</param>
    /// <param name="fraction">From 0 to 1.</param>
    void CheckProgressed(string check, double fraction);

    /// <summary>A check ends.</summary>
    /// <param name="check">Its name.</param>
    /// <param name="status">How it ended.</param>
    /// <param name="duration">How long it took.</param>
    void CheckFinished(string check, CheckStatus status, TimeSpan duration);
}
