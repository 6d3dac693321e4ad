using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Iop.Domain.Rules;

/// <summary>
/// The versions of one rule set, each in force over its own dates, and the selection of the version in force
/// on a date of service. A catalogue is typed (it holds <typeparamref name="TRuleSet"/> values), so callers
/// select by date, never by a name string.
/// </summary>
/// <typeparam name="TRuleSet">The rule-set type.</typeparam>
/// <remarks>
/// <para>Versions are ordered by <see cref="IRuleSet.EffectiveFrom"/> and must not overlap: each version
/// other than the last must have an <see cref="IRuleSet.EffectiveTo"/> before the next one starts. Gaps are
/// allowed (no version is in force there).</para>
/// <para>Equality is by value over the versions. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class RuleSetCatalogue<TRuleSet> : IEquatable<RuleSetCatalogue<TRuleSet>>
    where TRuleSet : class, IRuleSet
{
    /// <summary>Creates a catalogue.</summary>
    /// <param name="versions">The versions, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="versions"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="versions"/> is empty, contains null, mixes rule-set names, repeats a version, or has
    /// versions whose dates overlap.
    /// </exception>
    public RuleSetCatalogue(IEnumerable<TRuleSet> versions)
    {
        var list = Guard.Against.EmptyOrNullElements(versions).OrderBy(v => v.EffectiveFrom).ToArray();
        for (var i = 1; i < list.Length; i++)
        {
            var previous = list[i - 1];
            if (!string.Equals(previous.Name, list[i].Name, StringComparison.Ordinal))
            {
                throw new ArgumentException("All versions in a catalogue must share one rule-set name.", nameof(versions));
            }

            if (string.Equals(previous.Version, list[i].Version, StringComparison.Ordinal))
            {
                throw new ArgumentException("Each version in a catalogue must have its own version label.", nameof(versions));
            }

            if (previous.EffectiveTo is not { } end || end >= list[i].EffectiveFrom)
            {
                throw new ArgumentException("Versions must not overlap: each must end before the next one starts.", nameof(versions));
            }
        }

        Versions = Array.AsReadOnly(list);
    }

    /// <summary>Gets the rule-set name the versions share.</summary>
    public string Name => Versions[0].Name;

    /// <summary>Gets the versions, ordered by the date they take effect.</summary>
    public IReadOnlyList<TRuleSet> Versions { get; }

    /// <summary>Gets the version that takes effect last.</summary>
    public TRuleSet Latest => Versions[^1];

    /// <summary>Compares two catalogues by value.</summary>
    /// <param name="left">The first catalogue.</param>
    /// <param name="right">The second catalogue.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(RuleSetCatalogue<TRuleSet>? left, RuleSetCatalogue<TRuleSet>? right) => Equals(left, right);

    /// <summary>Compares two catalogues by value.</summary>
    /// <param name="left">The first catalogue.</param>
    /// <param name="right">The second catalogue.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(RuleSetCatalogue<TRuleSet>? left, RuleSetCatalogue<TRuleSet>? right) => !Equals(left, right);

    /// <summary>Finds the version in force on a date of service.</summary>
    /// <param name="date">The date of service.</param>
    /// <param name="ruleSet">The version in force, when one is.</param>
    /// <returns>Whether a version is in force on <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside <see cref="Rules.SupportedDates"/>.</exception>
    public bool TryGetInForceOn(LocalDate date, [MaybeNullWhen(false)] out TRuleSet ruleSet)
    {
        Guard.Against.UnsupportedDate(date);
        for (var i = Versions.Count - 1; i >= 0; i--)
        {
            var version = Versions[i];
            if (version.EffectiveFrom <= date)
            {
                if (version.EffectiveTo is not { } end || date <= end)
                {
                    ruleSet = version;
                    return true;
                }

                break;
            }
        }

        ruleSet = null;
        return false;
    }

    /// <summary>Gets the version in force on a date of service.</summary>
    /// <param name="date">The date of service.</param>
    /// <returns>The version in force.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No version is in force on <paramref name="date"/> (use <see cref="TryGetInForceOn"/> to ask),
    /// or <paramref name="date"/> is outside <see cref="SupportedDates"/>.</exception>
    public TRuleSet InForceOn(LocalDate date) =>
        TryGetInForceOn(date, out var ruleSet)
            ? ruleSet
            : throw new ArgumentOutOfRangeException(nameof(date), "Value must be a date on which a version of the rule set is in force; see Versions for their dates.");

    /// <inheritdoc/>
    public bool Equals(RuleSetCatalogue<TRuleSet>? other) => other is not null && Versions.SequenceEqual(other.Versions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RuleSetCatalogue<TRuleSet>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var version in Versions)
        {
            hash.Add(version);
        }

        return hash.ToHashCode();
    }

    /// <summary>Gives the rule-set name and the number of versions.</summary>
    /// <returns>For example <c>Medicare PHP/IOP (3 versions)</c>.</returns>
    public override string ToString() => $"{Name} ({Versions.Count} version{(Versions.Count == 1 ? string.Empty : "s")})";
}
