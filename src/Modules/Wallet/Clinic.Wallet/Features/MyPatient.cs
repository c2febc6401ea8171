using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Errors;

namespace Clinic.Wallet.Features;

/// <summary>The signed-in patient, from the session only: every portal query filters by it, so another patient's id answers as missing.</summary>
internal static class MyPatient
{
    public static Guid Id(ICurrentUser user) =>
        user.PatientId ?? throw new BusinessRuleException("Sign in as a patient to manage your cards and wallet.");
}
