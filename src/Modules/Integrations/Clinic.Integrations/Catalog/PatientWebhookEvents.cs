using Clinic.Identity.Contracts;

namespace Clinic.Integrations.Catalog;

/// <summary>Identity's events as integrators see them: ids only; the profile is read through the API with the patients:read scope.</summary>
internal static class PatientWebhookEvents
{
    public static IReadOnlyList<WebhookEventDefinition> All { get; } =
    [
        WebhookEventDefinition.For<PatientCreated>("patient.created", "A patient profile was created: by staff, by registration or by a first booking.",
            e => new { patientId = e.PatientId, source = e.Source, language = e.Language }),
        WebhookEventDefinition.For<PatientsMerged>("patient.merged", "Staff merged a duplicate profile into another; use survivingPatientId from now on.",
            e => new { survivingPatientId = e.SurvivingPatientId, mergedPatientId = e.MergedPatientId }),
    ];
}
