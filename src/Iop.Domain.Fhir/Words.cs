using System.Text;

namespace Iop.Domain.Fhir;

/// <summary>Plain-English labels for the library's enum members (for <c>CodeableConcept.text</c>).</summary>
internal static class Words
{
    /// <summary>Turns <c>GroupTherapy</c> into <c>Group therapy</c>.</summary>
    internal static string Sentence<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c))
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
