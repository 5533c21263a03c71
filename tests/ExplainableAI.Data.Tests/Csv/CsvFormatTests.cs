using ExplainableAI.Sdk;

namespace ExplainableAI.Data.Tests.Csv;

public sealed class CsvFormatTests : IDisposable
{
    private readonly TempFiles files = new();
    private readonly DatasetLoader loader = new();

    public void Dispose() => files.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_the_same_data_with_or_without_a_utf8_bom(bool bom)
    {
        var data = loader.Load(files.Write("a.csv", "age,score\n41,0.5\n62,1.25\n", bom));

        Assert.Equal(["age", "score"], data.Columns.Select(c => c.Name));
        Assert.Equal([41.0, 62.0], data["age"].Values.ToArray());
        Assert.Equal([0.5, 1.25], data["score"].Values.ToArray());
    }

    [Theory]
    [InlineData(",")]
    [InlineData(";")]
    [InlineData("\t")]
    public void Detects_the_delimiter_from_the_header(string delimiter)
    {
        var text = string.Join(delimiter, "a", "b", "c") + "\n" + string.Join(delimiter, "1", "2", "3") + "\n";

        var data = loader.Load(files.Write("d.csv", text));

        Assert.Equal(["a", "b", "c"], data.Columns.Select(c => c.Name));
        Assert.Equal([3.0], data["c"].Values.ToArray());
    }

    [Fact]
    public void Counts_only_delimiters_outside_quotes_when_detecting()
    {
        // Header: two ';' inside quotes, one ',' outside: ',' gives the most fields outside quotes.
        var data = loader.Load(files.Write("q.csv", "\"a;b;c\",d\n1,2\n"));

        Assert.Equal(["a;b;c", "d"], data.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Prefers_comma_when_delimiters_tie()
    {
        var data = loader.Load(files.Write("t.csv", "a;b,c\n1;2,3\n"));

        Assert.Equal(["a;b", "c"], data.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Uses_the_delimiter_override_instead_of_detection()
    {
        var data = loader.Load(files.Write("o.csv", "a|b,c\n1|x,y\n"), new DataLoadOptions(Delimiter: '|'));

        Assert.Equal(["a", "b,c"], data.Columns.Select(c => c.Name));
        Assert.Equal(["x,y"], data["b,c"].Levels);
    }

    [Fact]
    public void Unescapes_quoted_fields_with_delimiters_newlines_and_doubled_quotes()
    {
        var data = loader.Load(files.Write("q.csv", "id,note\n1,\"a, b\"\n2,\"line1\nline2\"\n3,\"say \"\"hi\"\"\"\n"));

        Assert.Equal([1.0, 2.0, 3.0], data["id"].Values.ToArray());
        Assert.Equal(["a, b", "line1\nline2", "say \"hi\""], data["note"].Levels);
        Assert.Equal([0.0, 1.0, 2.0], data["note"].Values.ToArray());
    }

    [Fact]
    public void Keeps_japanese_column_names_and_levels_exactly()
    {
        var data = loader.Load(files.Write("jp.csv", " 年齢 ,性別\n45,男性\n38,女性\n", bom: true));

        Assert.Equal(["年齢", "性別"], data.Columns.Select(c => c.Name));
        Assert.Equal([45.0, 38.0], data["年齢"].Values.ToArray());
        Assert.Equal(["男性", "女性"], data["性別"].Levels);
    }

    [Fact]
    public void Reads_multibyte_text_that_spans_read_buffer_boundaries()
    {
        // About 600 KB of three-byte characters: some inevitably straddle the 64 KB reads of the UTF-8 check.
        var rows = Enumerable.Range(0, 20_000).Select(i => $"{i},診断{i % 7}あいうえお");
        var data = loader.Load(files.Write("big.csv", "n,診断名\n" + string.Join("\n", rows) + "\n"));

        Assert.Equal(20_000, data.RowCount);
        Assert.Equal(ColumnKind.Categorical, data["診断名"].Kind);
        Assert.Equal(7, data["診断名"].Levels.Count);
        Assert.Equal("診断0あいうえお", data["診断名"].FormatValue(19_999)); // 19999 = 7 × 2857
    }

    [Fact]
    public void Reads_crlf_line_endings()
    {
        var data = loader.Load(files.Write("crlf.csv", "a,b\r\n1,x\r\n2,y\r\n"));

        Assert.Equal([1.0, 2.0], data["a"].Values.ToArray());
        Assert.Equal(["x", "y"], data["b"].Levels);
    }

    [Fact]
    public void Skips_blank_lines()
    {
        var data = loader.Load(files.Write("blank.csv", "a,b\n1,2\n\n3,4\n\n"));

        Assert.Equal([1.0, 3.0], data["a"].Values.ToArray());
    }

    [Fact]
    public void Records_file_name_path_as_given_and_sha256_of_the_bytes()
    {
        var path = files.Write("id.csv", "a\n1\n", bom: true);

        var data = loader.Load(path);

        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
        Assert.Equal("id.csv", data.Name);
        Assert.Equal(path, data.Path);
        Assert.Equal(expected, data.Sha256);
    }

    [Fact]
    public void Loads_a_tsv_file_by_extension()
    {
        var data = loader.Load(files.Write("x.tsv", "a\tb\n1\t2\n"));

        Assert.Equal([2.0], data["b"].Values.ToArray());
    }

    [Fact]
    public void Loads_many_rows_in_file_order()
    {
        // Enough rows for the parallel parser to use several batches and to grow the column arrays.
        var rows = Enumerable.Range(0, 50_000).Select(i => $"{i},{(i % 3 == 0 ? "NA" : (i * 0.5).ToString(System.Globalization.CultureInfo.InvariantCulture))}");
        var data = loader.Load(files.Write("many.csv", "i,x\n" + string.Join("\n", rows)));

        Assert.Equal(50_000, data.RowCount);
        Assert.Equal(49_999.0, data["i"].Values[49_999]);
        Assert.Equal(24_999.5, data["x"].Values[49_999]);
        Assert.Equal(16_667, data["x"].MissingCount); // ceil(50000 / 3) multiples of 3 in [0, 50000)
        for (var i = 0; i < data.RowCount; i++)
        {
            Assert.Equal(i, data["i"].Values[i]);
        }
    }
}
