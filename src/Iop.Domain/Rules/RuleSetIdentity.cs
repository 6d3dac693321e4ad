using NodaTime;

namespace Iop.Domain.Rules;

/// <summary>The checks every rule set applies to its identity, in one place.</summary>
internal static class RuleSetIdentity
{
    /// <summary>Refuses an <paramref name="effectiveFrom"/> outside <see cref="SupportedDates"/> or after <paramref name="effectiveTo"/>: the check of an <c>EffectiveFrom</c> setter.</summary>
    public static LocalDate CheckEffectiveFrom(LocalDate effectiveFrom, LocalDate? effectiveTo, string paramName)
    {
        Guard.Against.UnsupportedDate(effectiveFrom, paramName);
        if (effectiveTo is { } to && to < effectiveFrom)
        {
            throw new ArgumentException("EffectiveFrom must not be after EffectiveTo; an open-ended rule set has a null EffectiveTo.", paramName);
        }

        return effectiveFrom;
    }

    /// <summary>Refuses an <paramref name="effectiveTo"/> outside <see cref="SupportedDates"/> or before <paramref name="effectiveFrom"/>: the check of an <c>EffectiveTo</c> setter.</summary>
    public static LocalDate? CheckEffectiveTo(LocalDate? effectiveTo, LocalDate effectiveFrom, string paramName)
    {
        Guard.Against.UnsupportedDate(effectiveTo, paramName);
        if (effectiveTo is { } to && to < effectiveFrom)
        {
            throw new ArgumentException("EffectiveTo must not be before EffectiveFrom; an open-ended rule set has null.", paramName);
        }

        return effectiveTo;
    }
}
