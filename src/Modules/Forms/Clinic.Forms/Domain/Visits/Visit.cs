namespace Clinic.Forms.Domain.Visits;

/// <summary>
/// Forms' own picture of an appointment, kept from Scheduling's events: enough to group requests per visit,
/// say what is due before it, and plan requests again when staff assign a form to one of its services.
/// Events may arrive out of order (retries), so each change remembers when it happened and an older one is ignored.
/// </summary>
internal sealed class Visit
{
    private List<VisitService>? services;

    private Visit() { }

    public Guid AppointmentId { get; private set; }

    public Guid PatientId { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public string TimeZone { get; private set; } = "";

    public string LocationName { get; private set; } = "";

    public string ProviderName { get; private set; } = "";

    public string ServicesJson { get; private set; } = "[]";

    public VisitStatus Status { get; private set; }

    /// <summary>Set when the visit started: post-treatment instructions became visible then (PP11).</summary>
    public DateTimeOffset? StartedAt { get; private set; }

    /// <summary>When the event behind the current state happened.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    public IReadOnlyList<VisitService> Services => services ??= StoredJson.Read<List<VisitService>>(ServicesJson);

    public IReadOnlyList<Guid> ServiceIds => Services.Select(s => s.ServiceId).ToList();

    public bool IsOpenForRequests => Status == VisitStatus.Booked;

    public static Visit Record(VisitFacts facts, VisitStatus status, DateTimeOffset occurredAt)
    {
        var visit = new Visit { AppointmentId = facts.AppointmentId, ChangedAt = DateTimeOffset.MinValue };
        visit.TryApply(facts, status, occurredAt);
        return visit;
    }

    /// <summary>Takes the event's picture unless a later one was already applied; returns whether it did.</summary>
    public bool TryApply(VisitFacts facts, VisitStatus status, DateTimeOffset occurredAt)
    {
        if (occurredAt < ChangedAt)
        {
            return false;
        }

        PatientId = facts.PatientId;
        StartsAt = facts.StartsAt;
        EndsAt = facts.EndsAt;
        TimeZone = facts.TimeZone;
        LocationName = facts.LocationName;
        ProviderName = facts.ProviderName;
        ServicesJson = StoredJson.Write(facts.Services);
        services = facts.Services.ToList();
        if (status == VisitStatus.Started && StartedAt is null)
        {
            StartedAt = occurredAt;
        }

        Status = status;
        ChangedAt = occurredAt;
        return true;
    }

}

/// <summary>What every appointment event tells Forms about the visit.</summary>
internal sealed record VisitFacts(
    Guid AppointmentId, Guid PatientId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZone,
    string LocationName, string ProviderName, IReadOnlyList<VisitService> Services);
