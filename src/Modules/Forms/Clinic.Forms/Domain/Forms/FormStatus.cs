namespace Clinic.Forms.Domain.Forms;

/// <summary>A form in use, or archived: kept with every version and answer, but never requested again.</summary>
public enum FormStatus
{
    Active,
    Archived,
}
