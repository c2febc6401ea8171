using Clinic.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace Clinic.IntegrationTests.Host;

/// <summary>
/// The OpenAPI document is the contract third parties and the SPA's generated client are built
/// from: any change to it must be deliberate (snapshot updated, committed file regenerated).
/// </summary>
public sealed class OpenApiDocumentTests : IDisposable
{
    private readonly ClinicApiFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_the_api_When_its_document_is_generated_Then_it_matches_the_approved_snapshot()
    {
        var document = JToken.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));

        Snapshot.Match(document);
    }

    [Fact]
    public async Task Given_the_api_When_compared_with_the_committed_openapi_json_Then_the_committed_file_is_current()
    {
        var live = JToken.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));
        var committed = JToken.Parse(await File.ReadAllTextAsync(RepositoryFile("src/Host/Clinic.Host/openapi.json")));

        JToken.DeepEquals(live, committed).ShouldBeTrue(
            "src/Host/Clinic.Host/openapi.json is stale: run `npm run api:generate` and commit the result with the regenerated web client.");
    }

    [Fact]
    public async Task Given_the_document_When_read_Then_every_operation_has_a_stable_id_and_a_module_tag()
    {
        var document = JToken.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));

        var operations = document["paths"]!.Children<JProperty>().SelectMany(path => path.Value.Children<JProperty>()).Select(op => op.Value).ToList();
        operations.ShouldNotBeEmpty();
        operations.ShouldAllBe(op => op["operationId"] != null && op["tags"]!.HasValues);
    }

    internal static string RepositoryFile(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Clinic.sln")))
            {
                return Path.Combine(directory.FullName, relativePath);
            }
        }

        throw new InvalidOperationException("Clinic.sln not found above the test output folder.");
    }
}
