using System.Net;
using System.Text.Json;
using Clinic.BuildingBlocks.Http;
using Clinic.IntegrationTests.Infrastructure;
using Clinic.Scheduling.Features.PublicCatalog.ListBookableCategories;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.IntegrationTests.Host;

public sealed class HostTests : IDisposable
{
    private readonly ClinicApiFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_a_running_host_When_health_is_requested_Then_every_module_database_reports_healthy()
    {
        var response = await factory.CreateClient().GetAsync("/health");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        health.RootElement.GetProperty("status").GetString().ShouldBe("Healthy");
        health.RootElement.GetProperty("checks").GetProperty("scheduling").GetString().ShouldBe("Healthy");
        health.RootElement.GetProperty("checks").GetProperty("notifications").GetString().ShouldBe("Healthy");
        health.RootElement.GetProperty("checks").GetProperty("identity").GetString().ShouldBe("Healthy");
    }

    [Fact]
    public async Task Given_the_hosts_module_list_When_health_is_requested_Then_each_listed_module_has_its_check()
    {
        using var health = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/health"));

        var checks = health.RootElement.GetProperty("checks").EnumerateObject().Select(c => c.Name).ToList();
        Clinic.Host.ClinicModules.All.Select(m => m.Name).ShouldBeSubsetOf(checks);
    }

    [Fact]
    public async Task Given_a_running_host_When_swagger_ui_is_requested_Then_it_is_served()
    {
        var response = await factory.CreateClient().GetAsync("/swagger/index.html");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("swagger-ui");
    }

    [Fact]
    public async Task Given_an_unknown_api_path_When_requested_Then_404_problem_details()
    {
        var problem = await (await factory.CreateClient().GetAsync("/api/does-not-exist")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        problem.Detail.ShouldBe("There is no API endpoint at this address.");
    }

    [Fact]
    public async Task Given_built_spa_files_When_a_client_side_route_is_requested_Then_index_html_is_served()
    {
        var spa = Directory.CreateDirectory(Path.Combine(factory.DataDirectory, "spa"));
        await File.WriteAllTextAsync(Path.Combine(spa.FullName, "index.html"), "<html><body>clinic spa</body></html>");
        using var withSpa = new ClinicApiFactory().With("Spa:RootPath", spa.FullName);

        var response = await withSpa.CreateClient().GetAsync("/portal/appointments");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("clinic spa");
        (await withSpa.CreateClient().GetAsync("/api/nothing-here")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_an_unexpected_exception_When_it_reaches_the_host_Then_500_problem_with_trace_id_and_no_internals()
    {
        using var scope = factory.Services.CreateScope();
        var handler = scope.ServiceProvider.GetServices<IExceptionHandler>().OfType<ProblemDetailsExceptionHandler>().Single();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Response.Body = new MemoryStream();

        var handled = await handler.TryHandleAsync(context, new InvalidOperationException("connection string Password=secret"), CancellationToken.None);

        handled.ShouldBeTrue();
        context.Response.StatusCode.ShouldBe(StatusCodes.Status500InternalServerError);
        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        body.ShouldContain("traceId");
        body.ShouldNotContain("secret");
        body.ShouldNotContain("InvalidOperationException");
    }

    [Fact]
    public async Task Given_demo_data_When_the_host_restarts_on_the_same_files_Then_the_demo_clinic_is_not_duplicated()
    {
        var directory = Path.Combine(Path.GetTempPath(), "clinic-tests", Guid.NewGuid().ToString("N"));
        using (var first = new ClinicApiFactory(directory).WithDemoData())
        {
            await first.CreateClient().GetAsync("/health");
        }

        using var second = new ClinicApiFactory(directory).WithDemoData();
        var categories = await (await second.CreateClient().GetAsync("/api/catalog/categories")).ShouldBeJsonAsync<List<BookableCategory>>();

        categories.Sum(c => c.Services.Count).ShouldBe(12);
    }

    [Fact]
    public async Task Given_demo_data_switched_off_When_the_host_starts_Then_the_catalog_is_empty()
    {
        var categories = await (await factory.CreateClient().GetAsync("/api/catalog/categories")).ShouldBeJsonAsync<List<BookableCategory>>();

        categories.ShouldBeEmpty();
    }
}
