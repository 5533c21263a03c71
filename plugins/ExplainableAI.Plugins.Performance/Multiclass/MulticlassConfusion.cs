using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// A K×K confusion matrix (rows: true class, columns: predicted class = the class of largest probability, the first on
/// ties) and scikit-learn's averages: per-class F1 = 2TP/(2TP+FP+FN); macro F1 = their mean over the classes that occur
/// in the label or the predictions; micro F1 = ΣTP / N (equal to accuracy for single-label data).
/// </summary>
internal sealed class MulticlassConfusion
{
    private readonly long[,] matrix;

    private MulticlassConfusion(long[,] matrix, long total)
    {
        this.matrix = matrix;
        Total = total;
    }

    /// <summary>Classes.</summary>
    public int ClassCount => matrix.GetLength(0);

    /// <summary>Rows counted.</summary>
    public long Total { get; }

    /// <summary>Rows of true class <paramref name="actual"/> predicted as <paramref name="predicted"/>.</summary>
    /// <param name="actual">True class.</param>
    /// <param name="predicted">Predicted class.</param>
    /// <returns>The count.</returns>
    public long this[int actual, int predicted] => matrix[actual, predicted];

    /// <summary>Counts the matrix.</summary>
    /// <param name="actual">True class index per row, −1 to leave the row out.</param>
    /// <param name="probabilities">Row-major class probabilities.</param>
    /// <param name="classCount">Classes.</param>
    /// <returns>The matrix.</returns>
    public static MulticlassConfusion Count(ReadOnlySpan<int> actual, ReadOnlySpan<double> probabilities, int classCount)
    {
        var matrix = new long[classCount, classCount];
        long total = 0;
        for (var r = 0; r < actual.Length; r++)
        {
            if (actual[r] < 0)
            {
                continue;
            }

            var row = probabilities.Slice(r * classCount, classCount);
            var best = 0;
            for (var k = 1; k < classCount; k++)
            {
                if (row[k] > row[best])
                {
                    best = k;
                }
            }

            matrix[actual[r], best]++;
            total++;
        }

        return new MulticlassConfusion(matrix, total);
    }

    /// <summary>Rows of a true class.</summary>
    /// <param name="k">The class.</param>
    /// <returns>Its support.</returns>
    public long Support(int k) => Enumerable.Range(0, ClassCount).Sum(j => matrix[k, j]);

    /// <summary>Rows predicted as a class.</summary>
    /// <param name="k">The class.</param>
    /// <returns>The count.</returns>
    public long Predicted(int k) => Enumerable.Range(0, ClassCount).Sum(i => matrix[i, k]);

    /// <summary>Recall of a class with its Wilson interval.</summary>
    /// <param name="k">The class.</param>
    /// <returns>TP / support.</returns>
    public Interval Recall(int k) => Wilson.Proportion(matrix[k, k], Support(k));

    /// <summary>F1 of a class.</summary>
    /// <param name="k">The class.</param>
    /// <returns>2TP/(2TP+FP+FN), NaN when the class occurs nowhere.</returns>
    public double F1(int k)
    {
        var tp = matrix[k, k];
        var denominator = Support(k) + Predicted(k);
        return denominator == 0 ? double.NaN : 2.0 * tp / denominator;
    }

    /// <summary>Macro F1 over the classes that occur in the label or the predictions.</summary>
    public double MacroF1
    {
        get
        {
            var scores = Enumerable.Range(0, ClassCount).Select(F1).Where(f => !double.IsNaN(f)).ToArray();
            return scores.Length == 0 ? double.NaN : scores.Average();
        }
    }

    /// <summary>Micro F1: correct rows / rows.</summary>
    public double MicroF1 => Total == 0 ? double.NaN : Enumerable.Range(0, ClassCount).Sum(k => matrix[k, k]) / (double)Total;
}
