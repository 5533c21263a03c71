namespace ExplainableAI.Testing;

/// <summary>Thrown when a check's findings differ from the expected ones; the message lists both.</summary>
public sealed class CheckVerificationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What differed.</param>
    public CheckVerificationException(string message)
        : base(message)
    {
    }
}
