using Clinic.Scheduling.Domain.Catalog;
using Clinic.Scheduling.Domain.Schedules;
using FluentValidation;

namespace Clinic.Scheduling.Features.Schedules.AddScheduleException;

internal sealed class AddScheduleExceptionValidator : AbstractValidator<AddScheduleException>
{
    public AddScheduleExceptionValidator()
    {
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Date).NotEmpty();
        RuleFor(c => c.Reason).MaximumLength(CatalogLimits.NameLength);
        RuleFor(c => c.Time!).SetValidator(new TimeRangeValidator()).When(c => c.Time is not null);

        RuleFor(c => c.ProviderId).NotEmpty().WithMessage("Time off needs the provider.").When(c => c.Kind == ScheduleExceptionKind.TimeOff);
        RuleFor(c => c.LocationId).Null().WithMessage("Time off applies at every location; leave the location empty.").When(c => c.Kind == ScheduleExceptionKind.TimeOff);

        RuleFor(c => c.ProviderId).NotEmpty().WithMessage("Extra hours need the provider.").When(c => c.Kind == ScheduleExceptionKind.ExtraHours);
        RuleFor(c => c.LocationId).NotEmpty().WithMessage("Extra hours need the location.").When(c => c.Kind == ScheduleExceptionKind.ExtraHours);
        RuleFor(c => c.Time).NotNull().WithMessage("Extra hours need a start and an end.").When(c => c.Kind == ScheduleExceptionKind.ExtraHours);

        RuleFor(c => c.LocationId).NotEmpty().WithMessage("A closure needs the location.").When(c => c.Kind == ScheduleExceptionKind.LocationClosed);
        RuleFor(c => c.ProviderId).Null().WithMessage("A closure applies to everyone; leave the provider empty.").When(c => c.Kind == ScheduleExceptionKind.LocationClosed);
    }
}
