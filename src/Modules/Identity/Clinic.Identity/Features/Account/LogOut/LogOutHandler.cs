using Mediator;

namespace Clinic.Identity.Features.Account.LogOut;

internal sealed class LogOutHandler(Sessions sessions) : IRequestHandler<LogOut>
{
    public async ValueTask<Unit> Handle(LogOut command, CancellationToken cancellationToken)
    {
        await sessions.SignOutAsync();
        return Unit.Value;
    }
}
