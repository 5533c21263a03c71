using System.Text;

namespace ExplainableAI.Sdk;

/// <summary>
/// A user error in the audit's input (a file, a manifest field, a column): carries where it is and what was expected,
/// so the command line can print it as one line and exit with code 2.
/// </summary>
public sealed class InvalidAuditInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">What is wrong and what was expected.</param>
    /// <param name="file">The file at fault, if any.</param>
    /// <param name="line">One-based line in that file, if known.</param>
    /// <param name="column">One-based column (character position or field number) in that line, if known.</param>
    /// <param name="field">The manifest field or data column at fault, if any.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public InvalidAuditInputException(string problem, string? file = null, int? line = null, int? column = null, string? field = null, Exception? innerException = null)
        : base(Compose(problem, file, line, column, field), innerException)
    {
        Problem = problem;
        File = file;
        Line = line;
        Column = column;
        Field = field;
    }

    /// <summary>What is wrong and what was expected.</summary>
    public string Problem { get; }

    /// <summary>The file at fault, if any.</summary>
    public string? File { get; }

    /// <summary>One-based line, if known.</summary>
    public int? Line { get; }

    /// <summary>One-based column, if known.</summary>
    public int? Column { get; }

    /// <summary>The manifest field or data column at fault, if any.</summary>
    public string? Field { get; }

    private static string Compose(string problem, string? file, int? line, int? column, string? field)
    {
        var where = new StringBuilder();
        if (file is not null)
        {
            where.Append(file);
            if (line is not null)
            {
                where.Append(':').Append(line.Value);
                if (column is not null)
                {
                    where.Append(':').Append(column.Value);
                }
            }
        }

        if (field is not null)
        {
            if (where.Length > 0)
            {
                where.Append(": ");
            }

            where.Append('\'').Append(field).Append('\'');
        }

        return where.Length == 0 ? problem : $"{where}: {problem}";
    }
}
