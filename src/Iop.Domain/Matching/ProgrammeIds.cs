namespace Iop.Domain.Matching;

/// <summary>
/// The ids of the programmes of one match seen so far, to refuse a repeated id (ordinal): a table of
/// positions and one of their hashes, no per-id allocation, filled in the same pass that judges the programmes
/// so each programme's memory is read once. A probe compares hashes first, so it reads another programme's id
/// only when the hashes are equal, not once per occupied slot on the way.
/// </summary>
internal sealed class ProgrammeIds
{
    private readonly ProgrammeProfile[] programmes;
    private readonly int[] slots;
    private readonly int[] hashes;

    /// <summary>Creates the table for <paramref name="programmes"/>.</summary>
    /// <param name="programmes">The programmes of the match.</param>
    public ProgrammeIds(ProgrammeProfile[] programmes)
    {
        // Open addressing over positions + 1 (0 is an empty slot), at most two-thirds full; the string hash is
        // randomized per process, so no input can force the probes to collide.
        var size = 4;
        while (size < programmes.Length + (programmes.Length / 2))
        {
            size *= 2;
        }

        this.programmes = programmes;
        slots = new int[size];
        hashes = new int[size];
    }

    /// <summary>Adds the id of the programme at <paramref name="index"/>, throwing if an earlier programme has it.</summary>
    /// <param name="index">The programme's position.</param>
    /// <param name="paramName">The parameter the programmes came in.</param>
    /// <exception cref="ArgumentException">An earlier programme has the same id.</exception>
    public void Add(int index, string paramName)
    {
        var id = programmes[index].Id;
        var mask = slots.Length - 1;
        var hash = id.GetHashCode(StringComparison.Ordinal);
        var slot = hash & mask;
        while (slots[slot] != 0)
        {
            if (hashes[slot] == hash && string.Equals(programmes[slots[slot] - 1].Id, id, StringComparison.Ordinal))
            {
                throw new ArgumentException("Programme ids must be unique within one match; two programmes share an id.", paramName);
            }

            slot = (slot + 1) & mask;
        }

        slots[slot] = index + 1;
        hashes[slot] = hash;
    }
}
