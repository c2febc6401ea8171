using Clinic.BuildingBlocks.Abstractions;
using Clinic.Identity.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Clinic.Identity.Features.Account.GetCurrentUser;

internal sealed class GetCurrentUserHandler(ICurrentUser currentUser, UserManager<ClinicUser> users, CurrentUserResponses responses)
    : IRequestHandler<GetCurrentUser, CurrentUserResponse?>
{
    public async ValueTask<CurrentUserResponse?> Handle(GetCurrentUser query, CancellationToken cancellationToken)
    {
        if (currentUser.UserId is not { } userId || !Guid.TryParse(userId, out _))
        {
            return null;
        }

        var user = await users.FindByIdAsync(userId);
        return user is null ? null : await responses.DescribeAsync(user, cancellationToken);
    }
}
