using Clinic.Identity.Contracts;
using Clinic.Identity.Domain.Patients;

namespace Clinic.Identity.Features.Patients;

/// <summary>How other modules see a profile: the one mapping behind every contract that answers with contact details.</summary>
internal static class PatientContacts
{
    public static PatientContactDetails ToContact(this Patient patient) =>
        new(patient.Id, patient.FirstName, patient.LastName, patient.FullName, patient.Email, patient.Phone, patient.PreferredLanguage);
}
