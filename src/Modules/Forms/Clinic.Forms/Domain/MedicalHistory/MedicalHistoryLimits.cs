namespace Clinic.Forms.Domain.MedicalHistory;

internal static class MedicalHistoryLimits
{
    public const int Details = 2000;
    public const int Notes = 4000;
}
