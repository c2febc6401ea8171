namespace Clinic.IntegrationTests.Wallet;

/// <summary>Recorded Stripe API answers (JSON files next to the tests), with {{placeholders}} a test can fill.</summary>
internal static class StripeFixtures
{
    public const string PaymentIntentId = "pi_3QbTestFee00000001";
    public const string CustomerId = "cus_RbTestLucia001";
    public const string PaymentMethodId = "pm_1QbTestVisa0000001";
    public const string SetupIntentId = "seti_1QbTestSetup00001";

    private static readonly Dictionary<string, string> Defaults = new()
    {
        ["id"] = PaymentIntentId,
        ["amount"] = "3250",
        ["currency"] = "eur",
        ["customer"] = CustomerId,
        ["payment_method"] = PaymentMethodId,
        ["setup_intent"] = SetupIntentId,
        ["created"] = "1764489600",
    };

    public static string Load(string name, IReadOnlyDictionary<string, string>? values = null)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Wallet", "StripeFixtures", name + ".json"));
        foreach (var (key, value) in (values ?? new Dictionary<string, string>()).Concat(Defaults.Where(d => values?.ContainsKey(d.Key) != true)))
        {
            text = text.Replace("{{" + key + "}}", value, StringComparison.Ordinal);
        }

        return text;
    }
}
