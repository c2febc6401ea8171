using FluentValidation;

namespace Clinic.Identity.Features.Patients.SearchPatients;

internal sealed class SearchPatientsValidator : AbstractValidator<SearchPatients>
{
    public SearchPatientsValidator()
    {
        RuleFor(s => s.Search).MaximumLength(100);
        RuleFor(s => s.Limit).InclusiveBetween(1, 200);
    }
}
