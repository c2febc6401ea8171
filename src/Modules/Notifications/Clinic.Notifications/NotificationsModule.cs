using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Background;
using Clinic.BuildingBlocks.Modules;
using Clinic.BuildingBlocks.Operations;
using Clinic.BuildingBlocks.Persistence;
using Clinic.Notifications.Adapters.Email;
using Clinic.Notifications.Adapters.Sms;
using Clinic.Notifications.Contracts;
using Clinic.Notifications.Delivery;
using Clinic.Notifications.Integration.Identity;
using Clinic.Notifications.Integration.Scheduling;
using Clinic.Notifications.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Clinic.Notifications;

/// <summary>Notifications' public face: the definition the host lists, which registers the module and maps its endpoints.</summary>
public static class NotificationsModule
{
    public static ModuleDefinition Definition { get; } = new(
        NotificationsModuleInfo.Name, typeof(NotificationsModule).Assembly, typeof(NotificationsModuleInfo).Assembly, AddServices, MapEndpoints);

    private static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<NotificationsDbContext, SqliteNotificationsDbContext, SqlServerNotificationsDbContext>(configuration, Definition);

        services.Configure<ClinicBrandingOptions>(configuration.GetSection(ClinicBrandingOptions.Section));
        services.AddOptions<DeliveryOptions>().Bind(configuration.GetSection(DeliveryOptions.Section))
            .Validate(d => d.MaxAttempts >= 1 && d.BatchSize >= 1 && d.LeaseDuration > TimeSpan.Zero && d.PollInterval > TimeSpan.Zero,
                "Notifications:Delivery needs MaxAttempts, BatchSize, LeaseDuration and PollInterval above zero.")
            .ValidateOnStart();

        AddEmail(services, configuration);
        AddSms(services, configuration);

        services.AddScoped<DeliveryChannels>();
        services.AddScoped<NotificationQueue>();
        services.AddScoped<AppointmentNotifier>();
        services.AddScoped<AccountNotifier>();
        services.AddScoped<Integration.Wallet.PaymentNotifier>();
        services.AddScoped<ReminderContent>();
        services.AddSingleton<MessageDeliveryProcessor>();
        services.AddSingleton<IBacklogSource, DeliveryBacklogSource>();
        services.AddBackgroundWorker<MessageDeliveryWorker>(configuration, $"{DeliveryOptions.Section}:{nameof(DeliveryOptions.RunSender)}");

    }

    private static void MapEndpoints(IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/admin/notifications").WithTags("Notifications").RequireAuthorization(ClinicPolicies.Staff);
        Features.DeliveryLog.ListNotificationMessages.ListNotificationMessagesEndpoint.Map(staff);
        Features.DeliveryLog.GetNotificationMessage.GetNotificationMessageEndpoint.Map(staff);
        Features.DeliveryLog.RetryNotificationMessage.RetryNotificationMessageEndpoint.Map(staff);

        var settings = app.MapGroup("/api/admin/notifications/settings").WithTags("Notifications").RequireAuthorization(ClinicPolicies.ManageClinic);
        Features.Reminders.GetReminderSettings.GetReminderSettingsEndpoint.Map(settings);
        Features.Reminders.UpdateReminderSettings.UpdateReminderSettingsEndpoint.Map(settings);

        var calendar = app.MapGroup("/api/calendar").WithTags("Notifications").AllowAnonymous();
        Features.Calendar.DownloadAppointmentCalendar.DownloadAppointmentCalendarEndpoint.Map(calendar);
    }

    private static void AddEmail(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section))
            .Validate(e => MimeKit.MailboxAddress.TryParse(e.FromAddress, out _) && e.FromAddress.Contains('@', StringComparison.Ordinal),
                "Notifications:Email:FromAddress must be an email address.")
            .Validate(e => e.Adapter != EmailAdapter.Smtp || (!string.IsNullOrWhiteSpace(e.Smtp.Host) && e.Smtp.Port is > 0 and <= 65535),
                "Notifications:Email:Smtp:Host and a valid Port are required when the email adapter is Smtp.")
            .ValidateOnStart();

        var email = configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        if (email.Adapter == EmailAdapter.Smtp)
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
            return;
        }

        var dataDirectory = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.DataDirectory ?? "data";
        services.AddSingleton(new PickupDirectory(Path.GetFullPath(email.PickupDirectory ?? Path.Combine(dataDirectory, "mail"))));
        services.AddSingleton<IEmailSender, PickupDirectoryEmailSender>();
    }

    private static void AddSms(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmsOptions>().Bind(configuration.GetSection(SmsOptions.Section))
            .Validate(s => s.Adapter != SmsAdapter.Twilio || (!string.IsNullOrWhiteSpace(s.Twilio.AccountSid) && !string.IsNullOrWhiteSpace(s.Twilio.AuthToken)
                                                              && (!string.IsNullOrWhiteSpace(s.Twilio.FromNumber) || !string.IsNullOrWhiteSpace(s.Twilio.MessagingServiceSid))),
                "Notifications:Sms:Twilio needs AccountSid, AuthToken and a FromNumber or MessagingServiceSid when the SMS adapter is Twilio.")
            .ValidateOnStart();

        var sms = configuration.GetSection(SmsOptions.Section).Get<SmsOptions>() ?? new SmsOptions();
        if (sms.Adapter == SmsAdapter.Twilio)
        {
            services.AddTransient<TwilioEndpointHandler>();
            services.AddHttpClient(TwilioSmsSender.HttpClientName, (sp, client) =>
                    client.Timeout = sp.GetRequiredService<IOptions<SmsOptions>>().Value.Twilio.Timeout)
                .AddHttpMessageHandler<TwilioEndpointHandler>();
            services.AddSingleton<ISmsSender, TwilioSmsSender>();
            return;
        }

        services.AddSingleton<ISmsSender, DeliveryLogSmsSender>();
    }
}
