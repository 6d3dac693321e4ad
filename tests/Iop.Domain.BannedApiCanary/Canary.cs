namespace Iop.Domain.BannedApiCanary;

// Each line marked BANNED must raise RS0030. .ci/run counts them against the build output.
public sealed class Canary
{
    public object Clock() => System.DateTime.Now; // BANNED: clock
    public object UtcClock() => System.DateTimeOffset.UtcNow; // BANNED: clock
    public object NodaClock() => NodaTime.SystemClock.Instance; // BANNED: clock
    public object Ticks() => System.Environment.TickCount64; // BANNED: clock
    public object Timer() => System.Diagnostics.Stopwatch.StartNew(); // BANNED: clock
    public object ReadFile() => System.IO.File.Exists("x"); // BANNED: file system
    public void Print() => System.Console.WriteLine(); // BANNED: console
    public object Variable() => System.Environment.GetEnvironmentVariable("X") ?? string.Empty; // BANNED: environment
    public object Dice() => new System.Random(); // BANNED: randomness
    public object Net() => new System.Net.Http.HttpClient(); // BANNED: network
    public object Thread() => System.Threading.Tasks.Task.Run(() => { }); // BANNED: threads
}
