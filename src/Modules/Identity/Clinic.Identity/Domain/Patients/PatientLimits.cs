namespace Clinic.Identity.Domain.Patients;

internal static class PatientLimits
{
    public const int NameLength = 100;
    public const int EmailLength = 254;
    public const int PhoneLength = 20;
    public const int AddressLength = 300;
    public const int PasswordMaxLength = 128;
}
