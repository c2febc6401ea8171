using System.Globalization;
using System.Text;

namespace Clinic.Identity.Domain.Patients;

/// <summary>"José  Pérez" and "jose perez" are the same person's name for duplicate detection.</summary>
internal static class PersonNameKey
{
    public static string Of(string firstName, string lastName)
    {
        var decomposed = $"{firstName} {lastName}".Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (key.Length > 0 && key[^1] != ' ')
                {
                    key.Append(' ');
                }

                continue;
            }

            key.Append(char.ToLowerInvariant(c));
        }

        return key.ToString().TrimEnd();
    }
}
