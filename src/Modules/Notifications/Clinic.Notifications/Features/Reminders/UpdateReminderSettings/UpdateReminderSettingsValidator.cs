using Clinic.Notifications.Domain.Reminders;
using FluentValidation;

namespace Clinic.Notifications.Features.Reminders.UpdateReminderSettings;

internal sealed class UpdateReminderSettingsValidator : AbstractValidator<UpdateReminderSettings>
{
    public UpdateReminderSettingsValidator()
    {
        RuleFor(c => c.Reminders).Cascade(CascadeMode.Stop).NotNull()
            .Must(r => r.Count <= ReminderRule.MaxRules).WithMessage($"At most {ReminderRule.MaxRules} reminders.")
            .Must(r => r.OfType<ReminderLeadTime>().DistinctBy(x => x.HoursBefore).Count() == r.OfType<ReminderLeadTime>().Count()).WithMessage("Each reminder needs its own lead time.");
        RuleForEach(c => c.Reminders).Cascade(CascadeMode.Stop).NotNull().ChildRules(reminder =>
        {
            reminder.RuleFor(r => r.HoursBefore).InclusiveBetween(1, ReminderRule.MaxHoursBefore);
            reminder.RuleFor(r => r).Must(r => r.Email || r.Sms).WithName("channels")
                .WithMessage("A reminder must be sent by email, SMS or both.");
        }).When(c => c.Reminders is not null);
    }
}
