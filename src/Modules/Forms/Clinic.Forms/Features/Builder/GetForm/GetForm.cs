using Mediator;

namespace Clinic.Forms.Features.Builder.GetForm;

public sealed record GetForm(Guid FormId) : IRequest<FormDetails>;
