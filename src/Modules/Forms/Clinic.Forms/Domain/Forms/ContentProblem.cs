namespace Clinic.Forms.Domain.Forms;

/// <summary>Something wrong with a form's content; <see cref="Path"/> names the field as the JSON calls it ("items[2].text.en").</summary>
internal sealed record ContentProblem(string Path, string Message);
