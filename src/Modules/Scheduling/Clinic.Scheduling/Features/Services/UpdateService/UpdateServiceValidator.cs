using FluentValidation;
using Microsoft.Extensions.Options;

namespace Clinic.Scheduling.Features.Services.UpdateService;

internal sealed class UpdateServiceValidator : AbstractValidator<UpdateService>
{
    public UpdateServiceValidator(IOptions<ClinicProfileOptions> clinic) => Include(new ServiceFieldsValidator(clinic));
}
