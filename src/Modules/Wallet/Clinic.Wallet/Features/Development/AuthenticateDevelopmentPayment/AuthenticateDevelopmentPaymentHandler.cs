using Mediator;

namespace Clinic.Wallet.Features.Development.AuthenticateDevelopmentPayment;

internal sealed class AuthenticateDevelopmentPaymentHandler(IServiceProvider services) : IRequestHandler<AuthenticateDevelopmentPayment, DevelopmentGatewayResult>
{
    public ValueTask<DevelopmentGatewayResult> Handle(AuthenticateDevelopmentPayment command, CancellationToken cancellationToken) =>
        ValueTask.FromResult(DevelopmentGatewayAccess.ToResult(
            DevelopmentGatewayAccess.Require(services).AuthenticatePayment(command.PaymentId, command.ClientSecret, command.Approve)));
}
