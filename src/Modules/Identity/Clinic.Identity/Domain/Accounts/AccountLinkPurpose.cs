namespace Clinic.Identity.Domain.Accounts;

internal enum AccountLinkPurpose
{
    EmailVerification,
    Activation,
    PasswordReset,
}
