namespace Clinic.Forms.Domain.Audit;

/// <summary>Who acted: the patient in the portal, a staff member, an integrator's API key, or the system itself.</summary>
public enum ActorKind
{
    Patient,
    Staff,
    ApiKey,
    System,
}
