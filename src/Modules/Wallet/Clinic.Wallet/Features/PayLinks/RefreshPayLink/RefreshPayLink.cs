using Mediator;

namespace Clinic.Wallet.Features.PayLinks.RefreshPayLink;

/// <summary>After the browser confirmed the payment: asks the card processor how it went and records it (a receipt follows by email).</summary>
public sealed record RefreshPayLink(string Token) : IRequest<PayLinkView>;
