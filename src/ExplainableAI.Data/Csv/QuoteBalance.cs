using ExplainableAI.Data.Files;
using ExplainableAI.Sdk;

namespace ExplainableAI.Data.Csv;

/// <summary>
/// Finds the quote that is never closed when a file holds an odd number of '"' characters. Left alone, the parser
/// would read everything after it as one field, silently merging rows, so the audit would run on the wrong data.
/// </summary>
internal static class QuoteBalance
{
    /// <summary>Builds the error for an unclosed quote, locating the last quote that opened a quoted run.</summary>
    /// <param name="path">The file, known to hold an odd number of quotes.</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    /// <returns>The error, with the 1-based line and character position of the quote.</returns>
    public static InvalidAuditInputException Unclosed(string path, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(DataFile.OpenRead(path), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        var buffer = new char[1 << 16];
        var line = 1;
        var column = 0;
        var open = false;
        (int Line, int Column) opened = (1, 1);
        int read;
        while ((read = text.Read(buffer, 0, buffer.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var c in buffer.AsSpan(0, read))
            {
                if (c == '\n')
                {
                    line++;
                    column = 0;
                    continue;
                }

                // Count characters, not UTF-16 units, to match the position reported for invalid UTF-8.
                if (!char.IsLowSurrogate(c))
                {
                    column++;
                }

                if (c == '"')
                {
                    open = !open;
                    if (open)
                    {
                        opened = (line, column);
                    }
                }
            }
        }

        return new InvalidAuditInputException(
            "A quote opened here is never closed, so the rest of the file would be read as one field; expected every quoted field to end with a quote (write a quote inside a field as \"\"). The column is the 1-based character position.",
            path,
            opened.Line,
            opened.Column);
    }
}
