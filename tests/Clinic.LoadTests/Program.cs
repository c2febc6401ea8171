using System.Globalization;
using Clinic.LoadTests;

// npm run load                          both measurements below, with their defaults
// npm run load -- booking [N] [C]       booking commits/s (N = 2000 bookings, C = 32 clients) beside SQLite's ceiling
// npm run load -- availability [S] [C]  availability req/s (S = 5 seconds per endpoint and round, C = 16 connections)
// Exit code 0 when every guarantee held (all bookings confirmed, none overlapping; every request answered), 1 otherwise.
// Speed targets are printed beside the figures, not enforced: a shared machine is not a fair judge.
// The older form "-- 2000 32" (numbers only) still means the booking measurement.
if (args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out _))
{
    args = ["booking", .. args];
}

var mode = args.Length > 0 ? args[0] : "all";
int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

// The in-process host needs to know where Clinic.Host's content root is when run outside the test runner.
var repository = new DirectoryInfo(AppContext.BaseDirectory);
while (!File.Exists(Path.Combine(repository.FullName, "Clinic.sln")))
{
    repository = repository.Parent!;
}

Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CLINIC_HOST", Path.Combine(repository.FullName, "src", "Host", "Clinic.Host"));
LoadHost.DescribeMachine("start");
var ok = true;
if (mode is "all" or "booking")
{
    ok &= await BookingLoad.RunAsync(Arg(1, 2000), Arg(2, 32));
}

if (mode is "all" or "availability")
{
    await AvailabilityLoad.RunAsync(Arg(1, 5), Arg(2, 16));
}

if (mode is not ("all" or "booking" or "availability"))
{
    Console.WriteLine($"Unknown mode '{mode}': use booking, availability or nothing for both.");
    return 2;
}

LoadHost.DescribeMachine("end");
return ok ? 0 : 1;
