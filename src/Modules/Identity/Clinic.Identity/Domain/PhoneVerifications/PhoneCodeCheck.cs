namespace Clinic.Identity.Domain.PhoneVerifications;

internal enum PhoneCodeCheck
{
    Verified,
    WrongCode,
    Expired,
    TooManyChecks,
    AlreadyUsed,
}
