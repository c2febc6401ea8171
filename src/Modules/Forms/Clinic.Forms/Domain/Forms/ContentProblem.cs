namespace Clinic.Forms.Domain.Forms;

/// <summary>
/// Something wrong with a form's content; <see cref="Path"/> names the field as the JSON calls it ("items[2].text.en").
/// <see cref="Message"/> is the English explanation for integrators; <see cref="Code"/> (with <see cref="Limit"/> where a
/// number is part of the rule) lets the builder say the same in the staff member's language.
/// </summary>
internal sealed record ContentProblem(string Path, ContentProblemCode Code, string Message, int? Limit = null);
