using Clinic.BuildingBlocks.Errors;

namespace Clinic.Wallet.Adapters.Payments;

/// <summary>
/// The processor could not be reached or failed on its side: nothing is known to have happened, so the
/// caller tries again later with the same idempotency key (which makes a repeat harmless). A request that
/// meets it answers 503.
/// </summary>
internal sealed class PaymentGatewayUnavailableException(string message, Exception? inner = null)
    : ServiceUnavailableException($"The card processor could not be reached: {message} Nothing was charged; try again in a moment.", inner);
