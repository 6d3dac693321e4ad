namespace Iop.Domain.Fhir;

/// <summary>Checks the caller's resource ids against FHIR's <c>id</c> type, leaving room for the suffixes the mappings add.</summary>
internal static class FhirIds
{
    /// <summary>The longest id a caller may give: FHIR allows 64 characters and the mappings add at most 12.</summary>
    internal const int MaximumLength = 52;

    internal static string Check(string id, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(id, parameterName);
        if (id.Length is 0 or > MaximumLength || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.'))
        {
            throw new ArgumentException($"A resource id is 1 to {MaximumLength} ASCII letters, digits, '-' or '.' (FHIR id, with room for the suffixes the mapping adds).", parameterName);
        }

        return id;
    }
}
