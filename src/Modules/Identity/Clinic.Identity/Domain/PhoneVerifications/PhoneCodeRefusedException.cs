using Clinic.BuildingBlocks.Errors;

namespace Clinic.Identity.Domain.PhoneVerifications;

/// <summary>
/// An SMS code that did not verify the phone. The "code" extension tells the booking page which case it is, so it
/// can say so in the patient's language and, when the code can no longer work, offer a new one in one tap:
/// <c>wrong-code</c> (with <c>attemptsLeft</c>), <c>attempts-used-up</c>, <c>expired</c>, <c>already-used</c>, <c>no-code</c>.
/// </summary>
internal sealed class PhoneCodeRefusedException(string code, string detail, int? attemptsLeft = null) : BusinessRuleException(detail)
{
    public override IReadOnlyDictionary<string, object?> Extensions { get; } = attemptsLeft is null
        ? new Dictionary<string, object?> { ["code"] = code }
        : new Dictionary<string, object?> { ["code"] = code, ["attemptsLeft"] = attemptsLeft };
}
