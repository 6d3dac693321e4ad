using NodaTime;

namespace Iop.Domain.Rules;

/// <summary>The checks every rule set applies to its identity, in one place.</summary>
internal static class RuleSetIdentity
{
    /// <summary>Refuses an <paramref name="effectiveTo"/> before <paramref name="effectiveFrom"/>.</summary>
    public static LocalDate? CheckEffectiveTo(LocalDate? effectiveTo, LocalDate effectiveFrom, string paramName)
    {
        if (effectiveTo is { } to && to < effectiveFrom)
        {
            throw new ArgumentException("EffectiveTo must not be before EffectiveFrom; an open-ended rule set has null.", paramName);
        }

        return effectiveTo;
    }
}
