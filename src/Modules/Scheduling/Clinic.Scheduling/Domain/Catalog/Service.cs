using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Scheduling.Domain.Catalog;

/// <summary>A bookable treatment: how long it takes, the clean-up buffer after it, and what it costs.</summary>
internal sealed class Service
{
    private Service() { }

    public Guid Id { get; private set; }

    public Guid CategoryId { get; private set; }

    public string Name { get; private set; } = "";

    public string NormalizedName { get; private set; } = "";

    public string? Description { get; private set; }

    public int DurationMinutes { get; private set; }

    /// <summary>Time blocked after the service (room turnover, notes) in which the provider cannot start another.</summary>
    public int BufferMinutes { get; private set; }

    public long PriceAmountMinor { get; private set; }

    public string Currency { get; private set; } = "";

    /// <summary>Deposit asked at booking, in the same currency as the price; null when none is asked.</summary>
    public long? DepositAmountMinor { get; private set; }

    public bool IsActive { get; private set; }

    public bool IsOnlineBookable { get; private set; }

    public Money Price => new(PriceAmountMinor, Currency);

    public Money? Deposit => DepositAmountMinor is { } deposit ? new Money(deposit, Currency) : null;

    public static Service Create(ServiceDetails details)
    {
        var service = new Service { Id = Guid.NewGuid(), IsActive = true };
        service.Update(details);
        return service;
    }

    public void Update(ServiceDetails details)
    {
        CategoryId = details.CategoryId;
        Name = details.Name.Trim();
        NormalizedName = NameKey.Of(details.Name);
        Description = string.IsNullOrWhiteSpace(details.Description) ? null : details.Description.Trim();
        DurationMinutes = details.DurationMinutes;
        BufferMinutes = details.BufferMinutes;
        PriceAmountMinor = details.Price.AmountMinor;
        Currency = details.Price.Currency.ToUpperInvariant();
        DepositAmountMinor = details.DepositAmountMinor is > 0 ? details.DepositAmountMinor : null;
        IsOnlineBookable = details.IsOnlineBookable;
    }

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;
}
