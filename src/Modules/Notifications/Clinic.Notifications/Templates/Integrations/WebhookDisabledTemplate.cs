using Clinic.Integrations.Contracts;

namespace Clinic.Notifications.Templates.Integrations;

/// <summary>Tells an Admin that a webhook subscription kept failing and was switched off, and what to do about it.</summary>
internal static class WebhookDisabledTemplate
{
    public static EmailContent Email(WebhookSubscriptionDisabled disabled, string adminName, Language language, ClinicBranding clinic)
    {
        var since = language.DateAndTime(ZonedTime.Of(disabled.FailingSince, clinic.TimeZone));
        var lastError = string.IsNullOrWhiteSpace(disabled.LastError) ? language.Pick("sin detalle", "no detail") : disabled.LastError;
        var screen = $"{clinic.PublicUrl.TrimEnd('/')}/admin/integrations";
        return new EmailContent(
            language.Pick($"Webhook desactivado: {disabled.SubscriptionName}", $"Webhook disabled: {disabled.SubscriptionName}"),
            language.Pick("Hemos desactivado un webhook", "We disabled a webhook"),
            [
                new Paragraph(language.Pick($"Hola, {Wording.FirstName(adminName)}:", $"Hello {Wording.FirstName(adminName)},")),
                new Paragraph(language.Pick(
                    $"La suscripción de webhook «{disabled.SubscriptionName}» de {clinic.Name} está desactivada: {disabled.FailedAttempts} intentos de entrega seguidos han fallado desde el {since}.",
                    $"The webhook subscription \"{disabled.SubscriptionName}\" of {clinic.Name} is disabled: {disabled.FailedAttempts} delivery attempts in a row have failed since {since}.")),
                new Facts(
                [
                    new Fact(language.Pick("Dirección", "Address"), disabled.Url),
                    new Fact(language.Pick("Último resultado", "Last result"), lastError),
                ]),
                new Paragraph(language.Pick(
                    "Mientras esté desactivada no se envía nada a esa dirección. Cuando el receptor vuelva a funcionar, actívala de nuevo; desde el registro de entregas puedes reenviar los eventos que no llegaron.",
                    "While it is disabled nothing is sent to that address. Once the receiver works again, enable it; from the delivery log you can redeliver the events that did not arrive.")),
                new ActionButton(language.Pick("Abrir integraciones", "Open integrations"), screen),
            ],
            clinic.Footer);
    }
}
