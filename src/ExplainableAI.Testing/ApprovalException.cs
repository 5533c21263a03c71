namespace ExplainableAI.Testing;

/// <summary>Thrown when output differs from its approved file; the message names both files.</summary>
public sealed class ApprovalException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What differed and where the received file is.</param>
    public ApprovalException(string message)
        : base(message)
    {
    }
}
