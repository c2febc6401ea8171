namespace Clinic.BuildingBlocks.Idempotency;

/// <summary>
/// The stored outcome of a command sent with an Idempotency-Key, written in the same transaction as
/// the command's effects, so a retry returns the original answer instead of acting twice.
/// </summary>
public sealed class IdempotencyRecord
{
    private IdempotencyRecord() { }

    public IdempotencyRecord(string key, string operation, string requestHash, string responseJson, DateTimeOffset createdAt)
    {
        Key = key;
        Operation = operation;
        RequestHash = requestHash;
        ResponseJson = responseJson;
        CreatedAt = createdAt;
    }

    public string Key { get; private set; } = "";

    public string Operation { get; private set; } = "";

    public string RequestHash { get; private set; } = "";

    public string ResponseJson { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }
}
