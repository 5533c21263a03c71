using ExplainableAI.Sdk;

namespace ExplainableAI.Data.Tests.Inference;

public sealed class TypeInferenceTests : IDisposable
{
    private readonly TempFiles files = new();
    private readonly DatasetLoader loader = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Treats_empty_na_nan_and_null_in_any_case_as_missing_never_zero()
    {
        var data = loader.Load(files.Write("m.csv", "x\n1\n\nNA\n na \nnan\nNULL\nNaN\n2\n"));

        // Blank lines are skipped, so the empty value is written as a quoted empty field in the next test.
        var x = data["x"];
        Assert.Equal(ColumnKind.Numeric, x.Kind);
        Assert.Equal(7, x.Length);
        Assert.Equal(5, x.MissingCount);
        Assert.Equal(1.0, x.Values[0]);
        Assert.True(double.IsNaN(x.Values[1]));
        Assert.Equal(2.0, x.Values[6]);
    }

    [Fact]
    public void Counts_empty_fields_as_missing()
    {
        var data = loader.Load(files.Write("e.csv", "a,b\n1,\n,\"\"\n3,4\n"));

        Assert.Equal(1, data["a"].MissingCount);
        Assert.Equal(2, data["b"].MissingCount);
        Assert.Equal(4.0, data["b"].Values[2]);
    }

    [Fact]
    public void Infers_numeric_for_invariant_numbers_with_exponents_and_signs()
    {
        var data = loader.Load(files.Write("n.csv", "x\n-1.5\n2e3\n+0.25\n 7 \n"));

        Assert.Equal(ColumnKind.Numeric, data["x"].Kind);
        Assert.Equal([-1.5, 2000.0, 0.25, 7.0], data["x"].Values.ToArray());
    }

    [Theory]
    [InlineData("1,000.5")]
    [InlineData("2,3,4")]
    [InlineData("inf")]
    [InlineData("1.5x")]
    public void Treats_text_that_is_not_an_invariant_number_as_categorical(string value)
    {
        // Semicolon-delimited so that "2,3" (a European decimal) is one field: it must not become 23.
        var data = loader.Load(files.Write("t.csv", $"x;y\n{value};1\n"));

        Assert.Equal(ColumnKind.Categorical, data["x"].Kind);
        Assert.Equal([value], data["x"].Levels);
    }

    [Theory]
    [InlineData("x;y\n0.5;1\n0,964;2\n1,5;3\nNA;4\n", 3)]
    [InlineData("x,y\n\"0,964\",1\n\"1,5\",2\n", 2)]
    public void Rejects_numbers_with_a_decimal_comma_naming_column_value_and_line(string text, int line)
    {
        // Read as categorical, a measurement would silently become labels (and could look like leakage downstream).
        var path = files.Write("comma.csv", text);

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((line, 1), (error.Line, error.Column));
        Assert.Equal("x", error.Field);
        Assert.Contains("decimal comma, first '0,964'; expected '.' as the decimal point", error.Message);
    }

    [Fact]
    public void Keeps_decimal_comma_text_as_levels_when_categorical_is_declared()
    {
        var options = new DataLoadOptions(ColumnTypes: new Dictionary<string, ColumnKind> { ["x"] = ColumnKind.Categorical });

        var data = loader.Load(files.Write("comma.csv", "x;y\n0,964;1\n"), options);

        Assert.Equal(["0,964"], data["x"].Levels);
    }

    [Fact]
    public void Rejects_a_column_of_numbers_with_a_stray_text_value_naming_it()
    {
        // 19 numbers and one "<0.5" (a detection limit): one text cell in twenty is a misread measurement, not a code.
        var rows = string.Concat(Enumerable.Range(0, 19).Select(i => $"{i}.5,{i}\n"));
        var path = files.Write("stray.csv", "lactate,id\n" + rows + "<0.5,19\nNA,20\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((21, 1), (error.Line, error.Column));
        Assert.Equal("lactate", error.Field);
        Assert.Contains("holds numbers but 1 of its cells are not, first '<0.5'", error.Message);
    }

    [Fact]
    public void Infers_categorical_when_text_is_more_than_one_cell_in_twenty()
    {
        var rows = string.Concat(Enumerable.Range(0, 18).Select(i => $"{i}\n"));

        var data = loader.Load(files.Write("codes.csv", "ward\n" + rows + "ICU\nER\n"));

        Assert.Equal(ColumnKind.Categorical, data["ward"].Kind);
    }

    [Fact]
    public void Infers_boolean_for_true_and_false_in_any_case_with_missing_values()
    {
        var data = loader.Load(files.Write("b.csv", "smoker\nTRUE\nfalse\nNA\nTrue\n"));

        var smoker = data["smoker"];
        Assert.Equal(ColumnKind.Boolean, smoker.Kind);
        Assert.Equal(["false", "true"], smoker.Levels);
        Assert.Equal(1.0, smoker.Values[0]);
        Assert.Equal(0.0, smoker.Values[1]);
        Assert.True(smoker.IsMissing(2));
        Assert.Equal(1.0, smoker.Values[3]);
    }

    [Fact]
    public void Does_not_infer_boolean_from_yes_and_no()
    {
        var data = loader.Load(files.Write("y.csv", "smoker\nyes\nno\n"));

        Assert.Equal(ColumnKind.Categorical, data["smoker"].Kind);
        Assert.Equal(["yes", "no"], data["smoker"].Levels);
    }

    [Fact]
    public void Infers_categorical_with_levels_in_order_of_first_appearance()
    {
        var data = loader.Load(files.Write("c.csv", "sex\nM\nF\nM\nX\nF\n"));

        var sex = data["sex"];
        Assert.Equal(ColumnKind.Categorical, sex.Kind);
        Assert.Equal(["M", "F", "X"], sex.Levels);
        Assert.Equal([0.0, 1.0, 0.0, 2.0, 1.0], sex.Values.ToArray());
    }

    [Fact]
    public void Infers_categorical_for_a_column_mixing_numbers_and_text_keeping_the_number_text()
    {
        var data = loader.Load(files.Write("mix.csv", "stage,id\n1,1\n2.0,2\nIIa,3\n1,4\nnull,5\n"));

        var stage = data["stage"];
        Assert.Equal(ColumnKind.Categorical, stage.Kind);
        Assert.Equal(["1", "2.0", "IIa"], stage.Levels);
        Assert.Equal(0.0, stage.Values[3]);
        Assert.True(stage.IsMissing(4));
        Assert.Equal(ColumnKind.Numeric, data["id"].Kind);
    }

    [Fact]
    public void Infers_numeric_for_a_column_with_every_value_missing()
    {
        var data = loader.Load(files.Write("all.csv", "x,y\nNA,1\nnull,2\n"));

        Assert.Equal(ColumnKind.Numeric, data["x"].Kind);
        Assert.Equal(2, data["x"].MissingCount);
    }

    [Fact]
    public void Keeps_numeric_text_as_levels_when_categorical_is_declared()
    {
        var options = new DataLoadOptions(ColumnTypes: new Dictionary<string, ColumnKind> { ["code"] = ColumnKind.Categorical });

        var data = loader.Load(files.Write("o.csv", "code\n010\n2\n010\nNA\n"), options);

        var code = data["code"];
        Assert.Equal(ColumnKind.Categorical, code.Kind);
        Assert.Equal(["010", "2"], code.Levels);
        Assert.Equal(0.0, code.Values[2]);
        Assert.Equal(1, code.MissingCount);
    }

    [Fact]
    public void Makes_a_boolean_when_boolean_is_declared_on_true_false_text()
    {
        var options = new DataLoadOptions(ColumnTypes: new Dictionary<string, ColumnKind> { ["flag"] = ColumnKind.Boolean });

        var data = loader.Load(files.Write("o.csv", "flag\nfalse\ntrue\n"), options);

        Assert.Equal([0.0, 1.0], data["flag"].Values.ToArray());
    }

    [Fact]
    public void Rejects_non_numeric_text_when_numeric_is_declared_naming_line_column_and_value()
    {
        var path = files.Write("o.csv", "id,bmi\n1,22.5\n2,NA\n3,obese\n");
        var options = new DataLoadOptions(ColumnTypes: new Dictionary<string, ColumnKind> { ["bmi"] = ColumnKind.Numeric });

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path, options));

        Assert.Equal((4, 2), (error.Line, error.Column));
        Assert.Equal("bmi", error.Field);
        Assert.StartsWith($"{path}:4:2: 'bmi': The column is declared Numeric but holds 'obese'", error.Message);
    }

    [Fact]
    public void Rejects_other_text_when_boolean_is_declared_naming_its_line()
    {
        var path = files.Write("o.csv", "flag\ntrue\n1\n");
        var options = new DataLoadOptions(ColumnTypes: new Dictionary<string, ColumnKind> { ["flag"] = ColumnKind.Boolean });

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path, options));

        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.Contains("declared Boolean but holds '1'", error.Message);
    }

    [Fact]
    public void Rejects_a_declared_type_for_a_column_that_is_not_in_the_file()
    {
        var path = files.Write("o.csv", "age\n1\n");
        var options = new DataLoadOptions(ColumnTypes: new Dictionary<string, ColumnKind> { ["年齢"] = ColumnKind.Numeric });

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path, options));

        Assert.Equal("年齢", error.Field);
        Assert.Contains("expected one of: age", error.Message);
    }
}
