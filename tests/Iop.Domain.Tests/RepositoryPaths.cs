namespace Iop.Domain.Tests;

/// <summary>
/// Finds files of the repository from the test's output folder. Caller file paths cannot be used: CI
/// builds are deterministic (<c>ContinuousIntegrationBuild</c>) and map source paths to <c>/_/</c>.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Iop.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (the folder holding Iop.Domain.sln) was not found above the test output folder.");
    }
}
