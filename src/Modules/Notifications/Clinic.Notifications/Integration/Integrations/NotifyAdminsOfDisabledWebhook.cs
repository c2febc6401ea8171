using Clinic.BuildingBlocks.Outbox;
using Clinic.Identity.Contracts;
using Clinic.Integrations.Contracts;
using Clinic.Notifications.Delivery;
using Clinic.Notifications.Domain.Messages;
using Clinic.Notifications.Persistence;
using Clinic.Notifications.Templates;
using Clinic.Notifications.Templates.Integrations;
using Mediator;
using Microsoft.Extensions.Options;

namespace Clinic.Notifications.Integration.Integrations;

/// <summary>A webhook subscription gave up after repeated failures: every active Admin is emailed, in the clinic's language.</summary>
internal sealed class NotifyAdminsOfDisabledWebhook(
    NotificationsDbContext db, NotificationQueue queue, ISender sender, IOptions<ClinicBrandingOptions> clinicOptions, TimeProvider clock)
    : IntegrationEventHandler<WebhookSubscriptionDisabled, NotificationsDbContext>(db, clock)
{
    protected override async ValueTask HandleAsync(WebhookSubscriptionDisabled disabled, CancellationToken cancellationToken)
    {
        var clinic = clinicOptions.Value.ToBranding();
        var language = Languages.Resolve(null, clinicOptions.Value.DefaultLanguage);
        foreach (var admin in await sender.Send(new ListAdminContacts(), cancellationToken))
        {
            var email = EmailLayout.Render(WebhookDisabledTemplate.Email(disabled, admin.FullName, language, clinic), clinic, language);
            await queue.EmailAsync(new MessageSource(disabled.EventId, NotificationType.WebhookSubscriptionDisabled, language), admin.Email, admin.FullName,
                email, redacted: null, calendar: null, cancellationToken);
        }
    }
}
