using Mediator;

namespace Clinic.Wallet.Features.Development.AuthenticateDevelopmentSetup;

internal sealed class AuthenticateDevelopmentSetupHandler(IServiceProvider services) : IRequestHandler<AuthenticateDevelopmentSetup, DevelopmentGatewayResult>
{
    public ValueTask<DevelopmentGatewayResult> Handle(AuthenticateDevelopmentSetup command, CancellationToken cancellationToken) =>
        ValueTask.FromResult(DevelopmentGatewayAccess.ToResult(
            DevelopmentGatewayAccess.Require(services).AuthenticateSetup(command.SetupId, command.ClientSecret, command.Approve)));
}
