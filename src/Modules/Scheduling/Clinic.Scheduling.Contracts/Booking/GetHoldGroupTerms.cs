using Mediator;

namespace Clinic.Scheduling.Contracts.Booking;

/// <summary>
/// What a held booking asks of the patient's card (OB8), for Wallet's card step. The hold tokens prove the caller
/// placed the holds; an unknown hold or a wrong token is "not found", a lapsed one a conflict.
/// </summary>
public sealed record GetHoldGroupTerms(IReadOnlyList<HoldProof> Holds) : IRequest<HoldGroupTerms>;

public sealed record HoldProof(Guid HoldId, string HoldToken);

/// <summary>
/// <see cref="HoldKey"/> identifies the booking these holds will become (ADR 0012). <see cref="LatestExpiry"/> is the
/// longest the holds can be kept, extensions included: an authorization no booking claimed by then may be released.
/// <see cref="HasCancellationFee"/> and <see cref="NoShowFeeMinor"/> come from the policy in force, which the booking
/// will accept.
/// </summary>
public sealed record HoldGroupTerms(
    string HoldKey,
    DateTimeOffset ExpiresAt,
    DateTimeOffset LatestExpiry,
    long DepositMinor,
    string Currency,
    bool HasCancellationFee,
    long NoShowFeeMinor,
    IReadOnlyList<HeldVisit> Visits)
{
    /// <summary>A card must be validated before this booking is secured (OB8).</summary>
    public bool CardRequired => DepositMinor > 0 || HasCancellationFee || NoShowFeeMinor > 0;
}

/// <summary>One held appointment: what the patient will see on their receipt, and its share of the deposit.</summary>
public sealed record HeldVisit(Guid HoldId, string Title, DateTimeOffset StartsAt, string TimeZone, string LocationName, long DepositMinor);
