using Mediator;

namespace Clinic.Wallet.Features.Development.ConfirmDevelopmentPayment;

internal sealed class ConfirmDevelopmentPaymentHandler(IServiceProvider services) : IRequestHandler<ConfirmDevelopmentPayment, DevelopmentGatewayResult>
{
    public ValueTask<DevelopmentGatewayResult> Handle(ConfirmDevelopmentPayment command, CancellationToken cancellationToken) =>
        ValueTask.FromResult(DevelopmentGatewayAccess.ToResult(
            DevelopmentGatewayAccess.Require(services).ConfirmPayment(command.PaymentId, command.ClientSecret, command.Card)));
}
