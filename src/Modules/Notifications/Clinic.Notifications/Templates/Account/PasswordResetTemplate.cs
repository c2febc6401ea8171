namespace Clinic.Notifications.Templates.Account;

/// <summary>Sent to the owner of an account that asked for a new password.</summary>
internal static class PasswordResetTemplate
{
    public static EmailContent Email(AccountMessage m, string resetUrl) => new(
        m.Language.Pick("Restablece tu contraseña", "Reset your password"),
        m.Language.Pick("Restablece tu contraseña", "Reset your password"),
        [
            new Paragraph(m.Greeting),
            new Paragraph(m.Language.Pick(
                $"Hemos recibido una solicitud para restablecer la contraseña de tu cuenta en {m.Clinic.Name}.",
                $"We received a request to reset the password of your {m.Clinic.Name} account.")),
            new ActionButton(m.Language.Pick("Elegir una contraseña nueva", "Choose a new password"), resetUrl),
            new Note(m.Language.Pick(
                $"El enlace caduca el {m.Expiry}. Si no lo has pedido tú, ignora este correo: tu contraseña actual sigue funcionando.",
                $"The link expires on {m.Expiry}. If you did not ask for it, ignore this email: your current password still works.")),
        ],
        m.Clinic.Footer);
}
