using Clinic.IntegrationTests.Infrastructure;
using MimeKit;

namespace Clinic.IntegrationTests.Notifications;

/// <summary>The .eml files the development email adapter wrote under the host's data directory.</summary>
internal static class MailFolder
{
    public static string PathOf(ClinicApiFactory factory) => Path.Combine(factory.DataDirectory, "mail");

    public static List<MimeMessage> Read(ClinicApiFactory factory) => Directory.Exists(PathOf(factory))
        ? Directory.GetFiles(PathOf(factory), "*.eml").Order().Select(file => MimeMessage.Load(file)).ToList()
        : [];
}
