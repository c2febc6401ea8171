namespace Clinic.Notifications.Templates;

/// <summary>
/// An email described once as blocks; <see cref="EmailLayout"/> turns it into both the HTML and the
/// plain-text body, so the two can never say different things.
/// </summary>
internal sealed record EmailContent(string Subject, string Heading, IReadOnlyList<EmailBlock> Blocks, IReadOnlyList<string> Footer);

internal abstract record EmailBlock;

internal sealed record Paragraph(string Text) : EmailBlock;

/// <summary>Label/value pairs: the appointment's date, time, place…</summary>
internal sealed record Facts(IReadOnlyList<Fact> Items) : EmailBlock;

internal sealed record Fact(string Label, string Value);

/// <summary>The one thing the patient should click.</summary>
internal sealed record ActionButton(string Label, string Url) : EmailBlock;

internal sealed record LinkRow(string Intro, IReadOnlyList<Link> Links) : EmailBlock;

internal sealed record Link(string Label, string Url);

internal sealed record BulletList(string Title, IReadOnlyList<BulletItem> Items) : EmailBlock;

internal sealed record BulletItem(string? Title, string Text);

/// <summary>Small print under the main content.</summary>
internal sealed record Note(string Text) : EmailBlock;

/// <summary>The finished email bodies.</summary>
internal sealed record RenderedEmail(string Subject, string Html, string Text);
