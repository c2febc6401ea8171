namespace Clinic.Wallet.Domain.Ledger;

/// <summary>What a ledger line records. Credits carry a signed amount; package lines carry sessions.</summary>
public enum WalletEntryKind
{
    /// <summary>Credit given as a present (a voucher, a promotion).</summary>
    Gift,

    /// <summary>Credit given to make up for something.</summary>
    Goodwill,

    /// <summary>A payment refunded into the wallet instead of to the card.</summary>
    RefundCredit,

    /// <summary>Staff took credit away (a correction); negative.</summary>
    Deduction,

    /// <summary>Credit spent on a completed visit; negative.</summary>
    CreditUsed,

    /// <summary>A package product sold or given to the patient.</summary>
    PackageAssigned,

    /// <summary>One session of a package used by a completed visit.</summary>
    PackageSessionUsed,

    /// <summary>Credit that arrived from a duplicate profile staff merged into this one.</summary>
    MergedIn,

    /// <summary>Credit that left a duplicate profile when staff merged it into another; negative.</summary>
    MergedAway,
}
