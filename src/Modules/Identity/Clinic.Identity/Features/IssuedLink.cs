namespace Clinic.Identity.Features;

/// <summary>A link ready to email: the full URL with its token, when it was issued and when it stops working.</summary>
internal sealed record IssuedLink(string Url, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);
