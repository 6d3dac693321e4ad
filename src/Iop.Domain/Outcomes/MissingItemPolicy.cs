namespace Iop.Domain.Outcomes;

/// <summary>What scoring does when item responses are missing (rule <c>OUT-PHQ9-PRORATE</c>). <c>0</c> is not a member.</summary>
public enum MissingItemPolicy
{
    /// <summary>Refuse to score: a questionnaire with any missing item has no total. The default.</summary>
    Refuse = 1,

    /// <summary>
    /// Prorate: when no more than the instrument's allowed number of items is missing, the total is the
    /// mean of the answered items times the item count, rounded half up. Opt-in.
    /// </summary>
    Prorate = 2,
}
