using FluentValidation;
using Microsoft.Extensions.Options;

namespace Clinic.Scheduling.Features.Services.CreateService;

internal sealed class CreateServiceValidator : AbstractValidator<CreateService>
{
    public CreateServiceValidator(IOptions<ClinicProfileOptions> clinic) => Include(new ServiceFieldsValidator(clinic));
}
