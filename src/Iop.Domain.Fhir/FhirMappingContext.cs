using Hl7.Fhir.Model;

namespace Iop.Domain.Fhir;

/// <summary>
/// What a mapping needs from the caller and the library cannot know: whom the resources are about, and
/// whether the records come from a 42 CFR Part 2 programme.
/// </summary>
/// <remarks>
/// <para>
/// The library does not know who a person is: <see cref="Subject"/> is the caller's reference
/// (<c>Patient/123</c>), copied into every resource that has a subject and never printed.
/// </para>
/// <para>
/// <see cref="IsPart2Programme"/> is the caller's statement that the records were obtained by a federally
/// assisted programme that holds itself out as providing substance-use-disorder diagnosis, treatment or
/// referral (42 CFR 2.11). Such a programme's records are Part 2 records whatever they contain, so every
/// resource is labelled. When it is <see langword="false"/>, a resource is labelled only when its content
/// reveals SUD treatment (<see cref="Iop.Domain.Rules.Part2Sensitivity"/>). The library marks data; whether
/// a labelled resource may be disclosed is the caller's decision. Immutable once built (the reference is
/// copied).
/// </para>
/// </remarks>
public sealed record FhirMappingContext
{
    private readonly ResourceReference subject;

    /// <summary>Creates a context for resources about <paramref name="subject"/>.</summary>
    /// <param name="subject">The caller's reference to the person, for example <c>Patient/123</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is <see langword="null"/>.</exception>
    public FhirMappingContext(ResourceReference subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        this.subject = (ResourceReference)subject.DeepCopy();
    }

    /// <summary>Gets a copy of the reference to the person the resources are about.</summary>
    public ResourceReference Subject => (ResourceReference)subject.DeepCopy();

    /// <summary>Gets whether the records come from a 42 CFR Part 2 programme, so that every resource carries the Part 2 labels.</summary>
    /// <value>The default value is <see langword="false"/>: only resources whose content reveals SUD treatment are labelled.</value>
    public bool IsPart2Programme { get; init; }

    /// <summary>Returns whether the subject references compare equal (by value) and the programme flag is the same.</summary>
    /// <param name="other">The other context.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(FhirMappingContext? other) =>
        other is not null && IsPart2Programme == other.IsPart2Programme && subject.IsExactly(other.subject);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(subject.Reference, IsPart2Programme);

    /// <summary>Describes the context without the subject.</summary>
    /// <returns><c>FhirMappingContext (Part 2 programme)</c> or <c>FhirMappingContext</c>.</returns>
    public override string ToString() => IsPart2Programme ? "FhirMappingContext (Part 2 programme)" : "FhirMappingContext";
}
