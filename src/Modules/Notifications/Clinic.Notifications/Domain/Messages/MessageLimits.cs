namespace Clinic.Notifications.Domain.Messages;

internal static class MessageLimits
{
    public const int IdempotencyKeyLength = 450;
    public const int RecipientLength = 320;
    public const int NameLength = 200;
    public const int SubjectLength = 300;
    public const int ErrorLength = 2000;
    public const int ProviderIdLength = 200;
}
