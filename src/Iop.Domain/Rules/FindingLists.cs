namespace Iop.Domain.Rules;

/// <summary>What every result type that carries findings asks of its list, in one place.</summary>
internal static class FindingLists
{
    /// <summary>Returns whether any finding has <see cref="Severity.Error"/>; allocation-free over a list.</summary>
    public static bool HasErrors(IReadOnlyList<Finding> findings)
    {
        for (var i = 0; i < findings.Count; i++)
        {
            if (findings[i].Severity == Severity.Error)
            {
                return true;
            }
        }

        return false;
    }
}
