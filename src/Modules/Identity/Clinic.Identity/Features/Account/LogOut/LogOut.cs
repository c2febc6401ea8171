using Mediator;

namespace Clinic.Identity.Features.Account.LogOut;

/// <summary>Ends the session; harmless without one.</summary>
public sealed record LogOut : IRequest;
