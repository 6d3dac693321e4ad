namespace Iop.Domain.Matching;

/// <summary>
/// The ids of the programmes of one match seen so far, to refuse a repeated id (ordinal): one table of
/// positions, no per-id allocation, filled in the same pass that judges the programmes so each programme's
/// memory is read once.
/// </summary>
internal sealed class ProgrammeIds
{
    private readonly IReadOnlyList<ProgrammeProfile> programmes;
    private readonly int[] slots;

    /// <summary>Creates the table for <paramref name="programmes"/>.</summary>
    /// <param name="programmes">The programmes of the match.</param>
    public ProgrammeIds(IReadOnlyList<ProgrammeProfile> programmes)
    {
        // Open addressing over positions + 1 (0 is an empty slot), at most two-thirds full; the string hash is
        // randomized per process, so no input can force the probes to collide.
        var size = 4;
        while (size < programmes.Count + (programmes.Count / 2))
        {
            size *= 2;
        }

        this.programmes = programmes;
        slots = new int[size];
    }

    /// <summary>Adds the id of the programme at <paramref name="index"/>, throwing if an earlier programme has it.</summary>
    /// <param name="index">The programme's position.</param>
    /// <param name="paramName">The parameter the programmes came in.</param>
    /// <exception cref="ArgumentException">An earlier programme has the same id.</exception>
    public void Add(int index, string paramName)
    {
        var id = programmes[index].Id;
        var mask = slots.Length - 1;
        var slot = id.GetHashCode(StringComparison.Ordinal) & mask;
        while (slots[slot] != 0)
        {
            if (string.Equals(programmes[slots[slot] - 1].Id, id, StringComparison.Ordinal))
            {
                throw new ArgumentException("Programme ids must be unique within one match; two programmes share an id.", paramName);
            }

            slot = (slot + 1) & mask;
        }

        slots[slot] = index + 1;
    }
}
