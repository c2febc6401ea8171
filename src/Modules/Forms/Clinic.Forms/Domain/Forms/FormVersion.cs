namespace Clinic.Forms.Domain.Forms;

/// <summary>
/// A published, immutable copy of a form. Whatever a patient answered or signed points to one of these,
/// so they always show exactly what the patient saw, however the form changes later.
/// </summary>
internal sealed class FormVersion
{
    private FormContent? content;

    private FormVersion() { }

    public Guid Id { get; private set; }

    public Guid FormId { get; private set; }

    /// <summary>1, 2, 3… per form.</summary>
    public int Number { get; private set; }

    public FormKind Kind { get; private set; }

    public string ContentJson { get; private set; } = "";

    public DateTimeOffset PublishedAt { get; private set; }

    public string PublishedBy { get; private set; } = "";

    public FormContent Content => content ??= StoredJson.Read<FormContent>(ContentJson);

    internal static FormVersion Publish(Guid formId, int number, FormKind kind, FormContent content, DateTimeOffset now, string by) => new()
    {
        Id = Guid.NewGuid(),
        FormId = formId,
        Number = number,
        Kind = kind,
        ContentJson = StoredJson.Write(content),
        PublishedAt = now,
        PublishedBy = by,
    };
}
