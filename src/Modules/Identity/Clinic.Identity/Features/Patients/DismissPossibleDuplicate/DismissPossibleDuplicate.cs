using Mediator;

namespace Clinic.Identity.Features.Patients.DismissPossibleDuplicate;

/// <summary>Staff checked a flagged pair and they are different people: stop flagging it.</summary>
public sealed record DismissPossibleDuplicate(Guid DuplicateId) : IRequest;
