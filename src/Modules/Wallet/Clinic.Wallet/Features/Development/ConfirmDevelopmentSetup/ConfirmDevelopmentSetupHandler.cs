using Mediator;

namespace Clinic.Wallet.Features.Development.ConfirmDevelopmentSetup;

internal sealed class ConfirmDevelopmentSetupHandler(IServiceProvider services) : IRequestHandler<ConfirmDevelopmentSetup, DevelopmentGatewayResult>
{
    public ValueTask<DevelopmentGatewayResult> Handle(ConfirmDevelopmentSetup command, CancellationToken cancellationToken) =>
        ValueTask.FromResult(DevelopmentGatewayAccess.ToResult(
            DevelopmentGatewayAccess.Require(services).ConfirmSetup(command.SetupId, command.ClientSecret, command.Card)));
}
