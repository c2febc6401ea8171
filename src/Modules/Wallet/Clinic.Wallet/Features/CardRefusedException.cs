using Clinic.BuildingBlocks.Errors;

namespace Clinic.Wallet.Features;

/// <summary>
/// The bank or the processor refused a card the patient is present for. A 422 whose <c>reason</c> extension is a
/// machine word (insufficient_funds, card_declined…) the SPA words in the patient's language.
/// </summary>
internal sealed class CardRefusedException(string reason, string message) : BusinessRuleException(message)
{
    public override IReadOnlyDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?> { ["reason"] = reason };
}
