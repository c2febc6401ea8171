namespace Clinic.Notifications.Templates.Account;

/// <summary>Asks a newly registered patient to prove they own the address (PP4).</summary>
internal static class EmailVerificationTemplate
{
    public static EmailContent Email(AccountMessage m, string verificationUrl) => new(
        m.Language.Pick("Confirma tu correo electrónico", "Confirm your email address"),
        m.Language.Pick("Confirma tu correo electrónico", "Confirm your email address"),
        [
            new Paragraph(m.Greeting),
            new Paragraph(m.Language.Pick(
                $"Gracias por registrarte en el portal de pacientes de {m.Clinic.Name}. Para terminar, confirma que esta dirección de correo es tuya:",
                $"Thank you for registering with the {m.Clinic.Name} patient portal. To finish, please confirm that this email address is yours:")),
            new ActionButton(m.Language.Pick("Confirmar mi correo", "Confirm my email"), verificationUrl),
            new Note(m.Language.Pick(
                $"El enlace caduca el {m.Expiry}. Si no has creado una cuenta, ignora este mensaje.",
                $"The link expires on {m.Expiry}. If you did not create an account, you can ignore this message.")),
        ],
        m.Clinic.Footer);
}
