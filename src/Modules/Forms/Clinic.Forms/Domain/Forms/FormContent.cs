namespace Clinic.Forms.Domain.Forms;

/// <summary>What a form says and asks, in both languages: the draft staff edit, or a published version's frozen copy.</summary>
public sealed record FormContent(LocalizedText Title, LocalizedText? Introduction, IReadOnlyList<FormItem> Items);
