using FluentValidation;

namespace Clinic.Forms.Features.Documents.GetPatientAuditLog;

internal sealed class GetPatientAuditLogValidator : AbstractValidator<GetPatientAuditLog>
{
    public GetPatientAuditLogValidator() => RuleFor(q => q.Limit).InclusiveBetween(1, 200);
}
