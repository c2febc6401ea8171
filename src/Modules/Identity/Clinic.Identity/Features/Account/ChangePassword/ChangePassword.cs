using Mediator;

namespace Clinic.Identity.Features.Account.ChangePassword;

/// <summary>The signed-in person changes their password (PP9); other sessions end, this one continues.</summary>
public sealed record ChangePassword(string CurrentPassword, string NewPassword) : IRequest;
