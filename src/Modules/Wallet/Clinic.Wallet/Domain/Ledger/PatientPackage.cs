using Clinic.BuildingBlocks.Errors;

namespace Clinic.Wallet.Domain.Ledger;

/// <summary>
/// A package a patient holds: sessions per service, used by completed visits until it expires. The row's
/// concurrency token stops two visits completed at once from taking the last session twice.
/// </summary>
internal sealed class PatientPackage
{
    private readonly List<PatientPackageLine> lines = [];

    private PatientPackage() { }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public Guid ProductId { get; private set; }

    public string Name { get; private set; } = "";

    public IReadOnlyList<PatientPackageLine> Lines => lines;

    public DateTimeOffset AssignedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public long PricePaidMinor { get; private set; }

    public string Currency { get; private set; } = "";

    public int Revision { get; private set; }

    public static PatientPackage Assign(Guid patientId, PackageProduct product, long pricePaidMinor, DateTimeOffset now)
    {
        if (!product.IsActive)
        {
            throw new ConflictException($"The package '{product.Name}' is no longer sold.");
        }

        if (pricePaidMinor < 0)
        {
            throw new BusinessRuleException("The price paid cannot be negative.");
        }

        var package = new PatientPackage
        {
            Id = Guid.NewGuid(),
            PatientId = patientId,
            ProductId = product.Id,
            Name = product.Name,
            AssignedAt = now,
            ExpiresAt = now.AddDays(product.ValidityDays),
            PricePaidMinor = pricePaidMinor,
            Currency = product.Currency,
        };
        package.lines.AddRange(product.Lines.Select(l => new PatientPackageLine(l.ServiceId, l.ServiceName, l.Sessions)));
        return package;
    }

    public bool IsUsableAt(DateTimeOffset at) => at < ExpiresAt;

    /// <summary>Staff merged the patient's duplicate profile into another: the package and its used sessions follow.</summary>
    public void MoveToPatient(Guid patientId)
    {
        PatientId = patientId;
        Revision++;
    }

    public int RemainingFor(Guid serviceId) => lines.Where(l => l.ServiceId == serviceId).Sum(l => l.Sessions - l.Used);

    /// <summary>Uses one session of the service; the caller checked <see cref="RemainingFor"/>.</summary>
    public void UseSession(Guid serviceId)
    {
        var line = lines.FirstOrDefault(l => l.ServiceId == serviceId && l.Used < l.Sessions)
            ?? throw new ConflictException($"The package '{Name}' has no session of this service left.");
        line.Use();
        Revision++;
    }
}

/// <summary>Sessions of one service in a patient's package, and how many are used.</summary>
internal sealed class PatientPackageLine
{
    private PatientPackageLine() { }

    public PatientPackageLine(Guid serviceId, string serviceName, int sessions)
    {
        ServiceId = serviceId;
        ServiceName = serviceName;
        Sessions = sessions;
    }

    public Guid ServiceId { get; private set; }

    public string ServiceName { get; private set; } = "";

    public int Sessions { get; private set; }

    public int Used { get; private set; }

    public void Use() => Used++;
}
