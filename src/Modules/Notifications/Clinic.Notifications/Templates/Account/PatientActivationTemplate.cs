namespace Clinic.Notifications.Templates.Account;

/// <summary>The welcome email whose link lets the patient confirm their portal account by choosing a password (PP1, PP2).</summary>
internal static class PatientActivationTemplate
{
    public static EmailContent Email(AccountMessage m, string activationUrl) => new(
        m.Language.Pick($"Te damos la bienvenida a {m.Clinic.Name}", $"Welcome to {m.Clinic.Name}"),
        m.Language.Pick("Tu portal de paciente te espera", "Your patient portal is ready"),
        [
            new Paragraph(m.Greeting),
            new Paragraph(m.Language.Pick(
                $"En el portal de paciente de {m.Clinic.Name} puedes ver tus citas, cambiarlas o cancelarlas, completar los formularios antes de tu visita y consultar las indicaciones de tus tratamientos.",
                $"In the {m.Clinic.Name} patient portal you can see, change or cancel your appointments, complete your forms before your visit and read the instructions for your treatments.")),
            new Paragraph(m.Language.Pick("Para activar tu cuenta solo tienes que elegir una contraseña:", "To activate your account, just choose a password:")),
            new ActionButton(m.Language.Pick("Activar mi cuenta", "Activate my account"), activationUrl),
            new Note(m.Language.Pick(
                $"El enlace caduca el {m.Expiry}. Si caduca, pídenos uno nuevo en tu próxima visita o desde la página de acceso.",
                $"The link expires on {m.Expiry}. If it does, ask us for a new one at your next visit or from the login page.")),
        ],
        m.Clinic.Footer);
}
