using Mediator;

namespace Clinic.Wallet.Features.PayLinks.GetPayLink;

/// <summary>The fee behind an emailed pay link; the link's secret is the only credential.</summary>
public sealed record GetPayLink(string Token) : IRequest<PayLinkView>;
