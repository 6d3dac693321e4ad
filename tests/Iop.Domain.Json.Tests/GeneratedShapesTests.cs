using System.Diagnostics;

namespace Iop.Domain.Json.Tests;

/// <summary>The generated shapes and converters are those of the current public-API snapshot.</summary>
public sealed class GeneratedShapesTests
{
    [Fact]
    public void GenerateShapes_Check_FindsTheCommittedOutputCurrent()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Iop.Domain.sln")))
        {
            root = root.Parent!;
        }

        var start = new ProcessStartInfo("python3", ["src/Iop.Domain.Json/Generated/generate-shapes.py", "--check"])
        {
            WorkingDirectory = root.FullName,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        process.WaitForExit();

        process.ExitCode.Should().Be(0, "the public API changed: run python3 src/Iop.Domain.Json/Generated/generate-shapes.py and commit its output");
    }
}
