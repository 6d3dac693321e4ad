namespace Iop.Domain.Coding;

/// <summary>
/// Makes UB-04 revenue-code codings from values the caller supplies. Revenue codes and their
/// descriptors are licensed by the AHA (NUBC), so the library ships no table of them: fill a
/// <c>BillingCodeMap</c> with the codes your payer contracts name.
/// </summary>
public static class RevenueCodes
{
    /// <summary>Creates a revenue-code coding from its four digits.</summary>
    /// <param name="code">Four ASCII digits, for example the value your payer contract names for IOP.</param>
    /// <param name="display">Your own label; empty by default (the library never ships licensed descriptors).</param>
    /// <returns>A coding in <see cref="CodeSystems.NubcRevenueCodes"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not exactly four ASCII digits (the message does not repeat it).</exception>
    public static CodedValue Create(string code, string display = "")
    {
        Guard.Against.Null(code);
        if (code.Length != 4 || !code.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A revenue code is exactly four ASCII digits.", nameof(code));
        }

        return new CodedValue(CodeSystems.NubcRevenueCodes, code, display);
    }
}
