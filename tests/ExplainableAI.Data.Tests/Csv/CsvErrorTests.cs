using ExplainableAI.Sdk;

namespace ExplainableAI.Data.Tests.Csv;

public sealed class CsvErrorTests : IDisposable
{
    private readonly TempFiles files = new();
    private readonly DatasetLoader loader = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Rejects_a_missing_file_naming_it()
    {
        var path = files.PathOf("absent.csv");

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal(path, error.File);
        Assert.StartsWith(path + ": the data file does not exist", error.Message);
    }

    [Fact]
    public void Rejects_an_unknown_extension_naming_the_expected_ones()
    {
        var path = files.Write("data.xlsx", "a\n1\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal(path, error.File);
        Assert.Contains(".csv, .tsv, .txt or .parquet", error.Message);
    }

    [Fact]
    public void Rejects_an_empty_file_as_missing_its_header()
    {
        var path = files.Write("empty.csv", string.Empty);

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("expected a header row", error.Message);
    }

    [Fact]
    public void Rejects_an_empty_header_name_at_its_field_number()
    {
        var path = files.Write("e.csv", "a, ,c\n1,2,3\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((1, 2), (error.Line, error.Column));
        Assert.Equal($"{path}:1:2: The header has an empty column name; expected a name for every column (the column is the 1-based field number).", error.Message);
    }

    [Fact]
    public void Rejects_a_duplicate_header_name_at_its_second_occurrence()
    {
        var path = files.Write("dup.csv", "年齢,性別,年齢\n1,2,3\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((1, 3), (error.Line, error.Column));
        Assert.Equal("年齢", error.Field);
        Assert.Contains("repeats column name '年齢' (first at field 1)", error.Message);
    }

    [Fact]
    public void Rejects_a_row_with_too_many_fields_at_the_first_extra_field()
    {
        var path = files.Write("wide.csv", "a,b\n1,2\n3,4,5\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((3, 3), (error.Line, error.Column));
        Assert.Contains("The row has 3 fields; expected 2", error.Message);
    }

    [Fact]
    public void Rejects_a_row_with_too_few_fields_at_the_first_missing_field_counting_physical_lines()
    {
        // Row 1 spans lines 2-3 because of the quoted newline, so the short row starts on line 4.
        var path = files.Write("short.csv", "a,b,c\n1,\"x\ny\",3\n4,5\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((4, 3), (error.Line, error.Column));
        Assert.Contains("The row has 2 fields; expected 3", error.Message);
    }

    [Fact]
    public void Rejects_invalid_utf8_at_its_line_and_character_position()
    {
        // Line 3 is "1,é" then a lone continuation byte 0x80: characters '1' ',' 'é' precede it, so position 4.
        byte[] bytes = [.. "a,b\n0,x\n1,\u00e9"u8, 0x80, .. "\n"u8];
        var path = files.WriteBytes("bad.csv", bytes);

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((3, 4), (error.Line, error.Column));
        Assert.Contains("not valid UTF-8", error.Message);
    }

    [Fact]
    public void Counts_lines_across_read_buffers_when_locating_invalid_utf8()
    {
        // 30,000 lines of "n,あい" (9-10 bytes each) put the bad byte far beyond the first 64 KB read, on line 30,002
        // after "x,é" (three characters), so at character position 4.
        var body = string.Concat(Enumerable.Range(0, 30_000).Select(i => $"{i % 10},あい\n"));
        byte[] bytes = [.. System.Text.Encoding.UTF8.GetBytes("a,b\n" + body + "x,\u00e9"), 0xFF, .. "\n"u8];
        var path = files.WriteBytes("far.csv", bytes);

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((30_002, 4), (error.Line, error.Column));
    }

    [Fact]
    public void Rejects_a_quote_that_is_never_closed_at_its_line_and_character_position()
    {
        // Unchecked, Sep would read "x\n2,3\n" as one field and the file would silently lose a row.
        var path = files.Write("q.csv", "a,b\n1,\"x\n2,3\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Contains("never closed", error.Message);
    }

    [Fact]
    public void Rejects_a_file_that_ends_inside_a_multibyte_character()
    {
        byte[] bytes = [.. "a\n"u8, 0xE5, 0xB9];
        var path = files.WriteBytes("cut.csv", bytes);

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((2, 1), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("a,b\n")]
    [InlineData("a,b\n\n\n")]
    public void Rejects_a_header_without_rows_as_no_rows(string text)
    {
        // A gate that passes on an empty evaluation file has checked nothing.
        var path = files.Write("h.csv", text);

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal($"{path}: The file has no rows, only column names; expected at least one data row.", error.Message);
    }

    [Fact]
    public void Rejects_a_file_that_is_only_a_bom_as_empty()
    {
        var path = files.WriteBytes("bom.csv", [0xEF, 0xBB, 0xBF]);

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Contains("The file is empty", error.Message);
    }

    [Theory]
    [InlineData(9_000_000)] // beyond our limit, within what Sep buffers: our own check
    [InlineData(17_000_000)] // beyond what Sep buffers: its NotSupportedException, located by the row before
    public void Rejects_a_row_longer_than_the_limit_at_the_line_where_it_starts(int length)
    {
        var path = files.Write("long.csv", $"a,b\n1,2\n3,{new string('7', length)}\n5,6\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal(3, error.Line);
        Assert.Contains($"longer than {8 << 20} characters", error.Message);
    }

    [Fact]
    public void Rejects_a_quoted_field_longer_than_sep_can_buffer_at_its_line()
    {
        var path = files.Write("quoted.csv", $"a,b\n1,2\n3,\"{new string('x', 17_000_000)}\"\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal(3, error.Line);
        Assert.Contains("longer than", error.Message);
    }

    [Fact]
    public void Rejects_a_value_longer_than_the_field_limit_at_its_field_number()
    {
        var path = files.Write("field.csv", $"a,b,c\n1,2,3\n4,\"{new string('x', (1 << 20) + 1)}\",6\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((3, 2), (error.Line, error.Column));
        Assert.Contains($"expected at most {1 << 20} in one value", error.Message);
    }

    [Fact]
    public void Rejects_a_header_name_longer_than_the_field_limit()
    {
        var path = files.Write("name.csv", $"a,{new string('n', (1 << 20) + 1)}\n1,2\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((1, 2), (error.Line, error.Column));
    }

    [Fact]
    public void Rejects_more_columns_than_the_limit_at_the_first_one_too_many()
    {
        var header = string.Join(',', Enumerable.Range(0, 16_385).Select(i => $"c{i}"));
        var path = files.Write("wide.csv", header + "\n" + string.Join(',', Enumerable.Repeat("1", 16_385)) + "\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((1, 16_385), (error.Line, error.Column));
        Assert.Contains("expected at most 16384", error.Message);
    }

    [Fact]
    public void Reads_as_many_columns_as_the_limit_growing_their_small_first_arrays()
    {
        // 16,384 columns start with 64 values each (8 MB in all, not 128 MB); 100 rows make them grow.
        var header = string.Join(',', Enumerable.Range(0, 16_384).Select(i => $"c{i}"));
        var row = string.Join(',', Enumerable.Repeat("1", 16_384)) + "\n";
        var path = files.Write("wide.csv", header + "\n" + string.Concat(Enumerable.Repeat(row, 100)));

        var data = loader.Load(path);

        Assert.Equal(16_384, data.Columns.Count);
        Assert.Equal(100, data.RowCount);
        Assert.Equal(1.0, data["c16383"].Values[99]);
    }

    [Fact]
    public void Rejects_a_nul_byte_in_a_number_at_its_line_and_character_position()
    {
        // Line 3 is "é,2" then NUL: characters 'é' ',' '2' precede it, so position 4. Read as text, "2\01" would silently make
        // the column categorical.
        byte[] bytes = [.. "a,b\n0,1\n\u00e9,2"u8, 0x00, .. "1\n"u8];
        var path = files.WriteBytes("nul.csv", bytes);

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((3, 4), (error.Line, error.Column));
        Assert.Contains("NUL byte", error.Message);
    }

    [Fact]
    public void Rejects_a_nul_byte_beyond_the_first_read_buffer()
    {
        var body = string.Concat(Enumerable.Range(0, 30_000).Select(i => $"{i % 10},1\n"));
        byte[] bytes = [.. System.Text.Encoding.UTF8.GetBytes("a,b\n" + body + "x,"), 0x00, .. "\n"u8];
        var path = files.WriteBytes("far.csv", bytes);

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((30_002, 3), (error.Line, error.Column));
    }

    [Fact]
    public void Rejects_a_delimiter_that_cannot_delimit()
    {
        var path = files.Write("a.csv", "a\n1\n");

        var error = Assert.Throws<ArgumentException>(() => loader.Load(path, new DataLoadOptions(Delimiter: '"')));

        Assert.Equal("options", error.ParamName);
    }

    [Fact]
    public void Stops_when_cancelled()
    {
        var path = files.Write("c.csv", "a\n1\n");

        Assert.ThrowsAny<OperationCanceledException>(() => loader.Load(path, cancellationToken: new CancellationToken(canceled: true)));
    }
}
