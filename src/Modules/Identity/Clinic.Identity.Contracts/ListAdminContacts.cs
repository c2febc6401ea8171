using Mediator;

namespace Clinic.Identity.Contracts;

/// <summary>The clinic's active Admins and their email addresses, for messages about the clinic's own configuration.</summary>
public sealed record ListAdminContacts : IRequest<IReadOnlyList<AdminContact>>;

public sealed record AdminContact(Guid UserId, string Email, string FullName);
