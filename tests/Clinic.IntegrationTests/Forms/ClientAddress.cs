using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Clinic.IntegrationTests.Forms;

/// <summary>The test server has no network peer; this gives every request the address a patient's phone would have.</summary>
internal sealed class ClientAddress(IPAddress address) : IStartupFilter
{
    public static readonly IPAddress Patient = IPAddress.Parse("203.0.113.24");

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, proceed) =>
        {
            context.Connection.RemoteIpAddress = address;
            return proceed();
        });
        next(app);
    };
}
