namespace Clinic.Wallet.Domain.Ledger;

/// <summary>A package the clinic sells, e.g. "Bono 5 sesiones láser": sessions of given services, valid for some days after it is assigned.</summary>
internal sealed class PackageProduct
{
    private readonly List<PackageProductLine> lines = [];

    private PackageProduct() { }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public IReadOnlyList<PackageProductLine> Lines => lines;

    public int ValidityDays { get; private set; }

    public long PriceMinor { get; private set; }

    public string Currency { get; private set; } = "";

    public bool IsActive { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static PackageProduct Create(string name, IEnumerable<PackageProductLine> lines, int validityDays, long priceMinor, string currency, DateTimeOffset now)
    {
        var product = new PackageProduct
        {
            Id = Guid.NewGuid(),
            Name = name.Trim(),
            ValidityDays = validityDays,
            PriceMinor = priceMinor,
            Currency = currency.ToUpperInvariant(),
            IsActive = true,
            CreatedAt = now,
        };
        product.lines.AddRange(lines);
        return product;
    }

    public void Deactivate() => IsActive = false;
}

/// <summary>How many sessions of one service a package includes.</summary>
internal sealed class PackageProductLine
{
    private PackageProductLine() { }

    public PackageProductLine(Guid serviceId, string serviceName, int sessions)
    {
        ServiceId = serviceId;
        ServiceName = serviceName;
        Sessions = sessions;
    }

    public Guid ServiceId { get; private set; }

    public string ServiceName { get; private set; } = "";

    public int Sessions { get; private set; }
}
