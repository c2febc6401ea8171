namespace Clinic.Notifications.Templates.Appointments;

/// <summary>One post-treatment instruction (PP11), e.g. "Sun: avoid direct sun for 48 hours".</summary>
internal sealed record AftercareInstruction(string? Title, string Text);
