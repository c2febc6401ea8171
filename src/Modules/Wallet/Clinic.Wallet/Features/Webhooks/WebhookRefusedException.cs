using Clinic.BuildingBlocks.Errors;

namespace Clinic.Wallet.Features.Webhooks;

/// <summary>A webhook that does not prove it comes from the processor (signature missing, wrong, or outside the tolerance).</summary>
internal sealed class WebhookRefusedException(string detail) : BusinessRuleException(detail);
