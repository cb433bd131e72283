namespace Lantern.Store.Tests;

/// <summary>
/// Tests that restart the shared PostgreSQL server: they run alone, after every other test of the project, so no other
/// test sees its connections cut.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServerRestartCollection
{
    public const string Name = "PostgreSQL restarts";

    /// <summary>Set by scripts/test.sh: a shell command that restarts the server behind <c>LANTERN_TEST_POSTGRES</c> (pg_ctl restart -m immediate).</summary>
    public const string RestartVariable = "LANTERN_TEST_POSTGRES_RESTART";
}
