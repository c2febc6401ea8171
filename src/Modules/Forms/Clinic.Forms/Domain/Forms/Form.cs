using Clinic.BuildingBlocks.Errors;

namespace Clinic.Forms.Domain.Forms;

/// <summary>
/// A form staff build (ST3): a draft they edit freely, the versions they published from it, and the services
/// it is requested for. Publishing freezes the draft into a new <see cref="FormVersion"/>; the draft stays
/// editable and the next publication makes the next version.
/// </summary>
internal sealed class Form
{
    private readonly List<FormServiceAssignment> services = [];
    private FormContent? draft;

    private Form() { }

    public Guid Id { get; private set; }

    public FormKind Kind { get; private set; }

    public string DraftJson { get; private set; } = "";

    public FormStatus Status { get; private set; }

    /// <summary>
    /// Questionnaires only: answers the patient gave to the same version within this many days satisfy a new
    /// visit's request, so a regular patient is not asked the same health questions every month.
    /// </summary>
    public int? ReuseAnswersForDays { get; private set; }

    public Guid? CurrentVersionId { get; private set; }

    public int LatestVersionNumber { get; private set; }

    /// <summary>The draft differs from the latest version (or nothing was ever published).</summary>
    public bool HasUnpublishedChanges { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    /// <summary>Optimistic concurrency: two staff editing one form cannot silently overwrite each other.</summary>
    public Guid Revision { get; private set; }

    public IReadOnlyCollection<FormServiceAssignment> Services => services;

    public FormContent Draft => draft ??= StoredJson.Read<FormContent>(DraftJson);

    public bool IsPublished => CurrentVersionId is not null;

    public static Form Create(FormKind kind, FormContent content, int? reuseAnswersForDays, DateTimeOffset now, string by)
    {
        var form = new Form
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            Status = FormStatus.Active,
            CreatedAt = now,
        };
        form.Write(content, reuseAnswersForDays, now, by);
        return form;
    }

    public void UpdateDraft(FormContent content, int? reuseAnswersForDays, DateTimeOffset now, string by)
    {
        EnsureActive("edited");
        Write(content, reuseAnswersForDays, now, by);
    }

    /// <summary>Freezes the draft into the next version. Refused when the draft is incomplete or unchanged.</summary>
    public FormVersion Publish(DateTimeOffset now, string by)
    {
        EnsureActive("published");
        var problems = FormContentRules.PublishProblems(Kind, Draft);
        if (problems.Count > 0)
        {
            throw new FormNotReadyException(problems);
        }

        if (!HasUnpublishedChanges)
        {
            throw new ConflictException($"Version {LatestVersionNumber} already has exactly this content; change the draft before publishing again.");
        }

        var version = FormVersion.Publish(Id, LatestVersionNumber + 1, Kind, Draft, now, by);
        LatestVersionNumber = version.Number;
        CurrentVersionId = version.Id;
        HasUnpublishedChanges = false;
        Touch(now, by);
        return version;
    }

    /// <summary>Replaces the services this form is requested for; returns the services added or removed.</summary>
    public IReadOnlyList<Guid> AssignTo(IReadOnlyCollection<Guid> serviceIds, DateTimeOffset now, string by)
    {
        var wanted = serviceIds.ToHashSet();
        var current = services.Select(s => s.ServiceId).ToHashSet();
        var changed = wanted.Except(current).Concat(current.Except(wanted)).ToList();
        if (changed.Count == 0)
        {
            return [];
        }

        EnsureActive("assigned to services");
        services.RemoveAll(s => !wanted.Contains(s.ServiceId));
        services.AddRange(wanted.Except(current).Select(id => new FormServiceAssignment(Id, id)));
        Touch(now, by);
        return changed;
    }

    public void Archive(DateTimeOffset now, string by)
    {
        if (Status == FormStatus.Archived)
        {
            throw new ConflictException("This form is already archived.");
        }

        Status = FormStatus.Archived;
        Touch(now, by);
    }

    public void Restore(DateTimeOffset now, string by)
    {
        if (Status == FormStatus.Active)
        {
            throw new ConflictException("This form is not archived.");
        }

        Status = FormStatus.Active;
        Touch(now, by);
    }

    /// <summary>Whether patients get requests for this form: active and published.</summary>
    public bool IsInUse => Status == FormStatus.Active && CurrentVersionId is not null;

    private void Write(FormContent content, int? reuseAnswersForDays, DateTimeOffset now, string by)
    {
        var normalized = FormContentRules.Normalize(content);
        var json = StoredJson.Write(normalized);
        var reuse = Kind == FormKind.Questionnaire && reuseAnswersForDays is > 0 ? reuseAnswersForDays : null;
        if (json == DraftJson && reuse == ReuseAnswersForDays)
        {
            return;
        }

        HasUnpublishedChanges |= json != DraftJson;
        DraftJson = json;
        draft = normalized;
        ReuseAnswersForDays = reuse;
        Touch(now, by);
    }

    private void Touch(DateTimeOffset now, string by)
    {
        UpdatedAt = now;
        UpdatedBy = by;
        Revision = Guid.NewGuid();
    }

    private void EnsureActive(string action)
    {
        if (Status == FormStatus.Archived)
        {
            throw new ConflictException($"An archived form cannot be {action}. Restore it first.");
        }
    }
}
