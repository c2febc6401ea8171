using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Forms.Features.Portal;

internal static class CurrentPatient
{
    /// <summary>The session's patient; the Patient policy has already ensured there is one.</summary>
    public static Guid IdOf(ICurrentUser user) =>
        user.PatientId ?? throw new InvalidOperationException("A portal request reached Forms without a patient session.");
}
