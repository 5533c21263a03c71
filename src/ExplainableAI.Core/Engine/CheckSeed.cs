namespace ExplainableAI.Core;

/// <summary>
/// Derives a check's seed from the audit seed and the check's name. String.GetHashCode is randomized per process,
/// so a fixed FNV-1a hash keeps the numbers identical from run to run, and adding a check never shifts another's.
/// </summary>
internal static class CheckSeed
{
    public static int Derive(int auditSeed, string checkName)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in checkName)
            {
                hash = (hash ^ c) * 16777619u;
            }

            hash = (hash ^ (uint)auditSeed) * 16777619u;
            return (int)(hash & 0x7FFFFFFF);
        }
    }
}
