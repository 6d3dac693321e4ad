namespace Iop.Domain.Continuum;

/// <summary>An edition of the ASAM Criteria. Member values are the edition numbers; <c>0</c> is not a member.</summary>
/// <remarks>States switch editions on fixed dates (Illinois adopted the 4th edition on 2025-07-01), so the
/// edition is always chosen by the caller, for example with <see cref="AsamEditionRuleSet.EditionOn"/>.</remarks>
public enum AsamEdition
{
    /// <summary>The 3rd edition (2013).</summary>
    Third = 3,

    /// <summary>The 4th edition (2023).</summary>
    Fourth = 4,
}
