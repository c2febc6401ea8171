namespace Clinic.Notifications.Domain.Messages;

/// <summary>What a message is about; each type has its own es/en templates.</summary>
public enum NotificationType
{
    AppointmentConfirmation,
    AppointmentRescheduled,
    AppointmentCancellation,
    AppointmentReminder,
    PostTreatment,
    PreTreatment,
    EmailVerification,
    PatientActivation,
    PasswordReset,
    PhoneVerificationCode,
    WebhookSubscriptionDisabled,
    DepositReceipt,
    FeeCharged,
    FeePaymentFailed,
    PaymentRefunded,
}
