using Clinic.BuildingBlocks.Errors;

namespace Clinic.Scheduling.Features.Booking.ConfirmBooking;

/// <summary>A 422 whose <c>reason</c> is "card_required": the SPA returns the patient to the card step.</summary>
internal sealed class CardRequiredException() : BusinessRuleException(
    "This booking needs a validated card (for its deposit or the clinic's cancellation policy). Add your card to secure it, then confirm.")
{
    public override IReadOnlyDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?> { ["reason"] = "card_required" };
}
