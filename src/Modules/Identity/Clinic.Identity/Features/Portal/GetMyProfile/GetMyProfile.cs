using Clinic.Identity.Features.Patients;
using Mediator;

namespace Clinic.Identity.Features.Portal.GetMyProfile;

/// <summary>The signed-in patient's own profile; whose profile comes from the session only.</summary>
public sealed record GetMyProfile : IRequest<PatientProfile>;
