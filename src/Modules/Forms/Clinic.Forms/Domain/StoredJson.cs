using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clinic.Forms.Domain;

/// <summary>
/// Form content, answers and medical history are stored as JSON documents: they are read and written whole,
/// never queried by field, and a version must keep exactly the shape it was published with.
/// Enums are written by name so a stored document survives reordering of their members.
/// </summary>
internal static class StoredJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidOperationException($"Stored {typeof(T).Name} is empty.");
}
