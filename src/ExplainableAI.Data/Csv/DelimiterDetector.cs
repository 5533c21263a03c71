using System.Text;

namespace ExplainableAI.Data.Csv;

/// <summary>Chooses the CSV delimiter from the header line.</summary>
internal static class DelimiterDetector
{
    private const int MaxHeaderChars = 1 << 20;

    /// <summary>The candidates in tie-break order: on equal counts the earlier one wins, so ',' is the default.</summary>
    private static readonly char[] Candidates = [',', ';', '\t'];

    /// <summary>
    /// Returns the candidate that splits the header line (up to the first line break outside quotes) into the most
    /// fields outside quotes; ',' when they tie or none occurs.
    /// </summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>The delimiter.</returns>
    public static char Detect(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        Span<int> counts = stackalloc int[Candidates.Length];
        var inQuotes = false;
        for (var read = 0; read < MaxHeaderChars; read++)
        {
            var c = reader.Read();
            if (c < 0 || (!inQuotes && c is '\n' or '\r'))
            {
                break;
            }

            if (c == '"')
            {
                // A doubled quote inside quotes toggles twice, which leaves the state unchanged as it should.
                inQuotes = !inQuotes;
            }
            else if (!inQuotes)
            {
                var index = Array.IndexOf(Candidates, (char)c);
                if (index >= 0)
                {
                    counts[index]++;
                }
            }
        }

        var best = 0;
        for (var i = 1; i < Candidates.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return Candidates[best];
    }
}
