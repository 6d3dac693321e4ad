namespace Iop.Domain.Outcomes;

/// <summary>
/// The blocks of a span of episode objects, for <c>foreach</c>: each block of at most
/// <see cref="CohortAccumulator.ReadAheadBlock"/> episodes is read ahead by its accumulator as it is reached,
/// so the fold then adds episodes already in the cache (decision 0086).
/// </summary>
/// <typeparam name="TKey">The type of the caller's episode key.</typeparam>
internal ref struct EpisodeBlocks<TKey>
    where TKey : notnull
{
    private readonly CohortAccumulator reader;
    private readonly ReadOnlySpan<Episode<TKey>> episodes;
    private readonly string paramName;
    private int next;

    /// <summary>Creates the blocks of <paramref name="episodes"/>, read ahead by <paramref name="reader"/>.</summary>
    public EpisodeBlocks(CohortAccumulator reader, ReadOnlySpan<Episode<TKey>> episodes, string paramName)
    {
        this.reader = reader;
        this.episodes = episodes;
        this.paramName = paramName;
    }

    /// <summary>Gets the block reached, already read ahead.</summary>
    public ReadOnlySpan<Episode<TKey>> Current { get; private set; }

    /// <summary>Returns this value: the blocks are their own enumerator.</summary>
    public readonly EpisodeBlocks<TKey> GetEnumerator() => this;

    /// <summary>Moves to the next block and reads it ahead.</summary>
    /// <exception cref="ArgumentNullException">An episode of the block is null (named by the parameter name given).</exception>
    public bool MoveNext()
    {
        if (next >= episodes.Length)
        {
            return false;
        }

        Current = episodes.Slice(next, Math.Min(CohortAccumulator.ReadAheadBlock, episodes.Length - next));
        next += Current.Length;
        reader.ReadAhead(Current, paramName);
        return true;
    }
}
