namespace TeamsJourney.Storage.Sqlite;

/// <summary>The SQLite schema; every statement is idempotent so any process may run it on first use.</summary>
internal static class SqliteSchema
{
    // WAL lets readers (the tab, catch-up queries) run while one writer appends.
    public const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";

    public const string Tables = """
        CREATE TABLE IF NOT EXISTS workshops (
            workshop_id TEXT NOT NULL PRIMARY KEY,
            tenant_id TEXT NOT NULL,
            team_id TEXT NULL,
            channel_id TEXT NULL,
            title TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_at_utc_ticks INTEGER NOT NULL,
            last_sequence INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ix_workshops_tenant ON workshops (tenant_id, created_at_utc_ticks, workshop_id);

        CREATE TABLE IF NOT EXISTS streams (
            workshop_id TEXT NOT NULL,
            stream_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            PRIMARY KEY (workshop_id, stream_id)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS events (
            workshop_id TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            stream_id TEXT NOT NULL,
            stream_version INTEGER NOT NULL,
            type TEXT NOT NULL,
            data TEXT NOT NULL,
            actor_id TEXT NULL,
            occurred_at TEXT NOT NULL,
            PRIMARY KEY (workshop_id, sequence),
            UNIQUE (workshop_id, stream_id, stream_version)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS idempotency_keys (
            workshop_id TEXT NOT NULL,
            idempotency_key TEXT NOT NULL,
            stream_id TEXT NOT NULL,
            stream_version INTEGER NOT NULL,
            last_sequence INTEGER NOT NULL,
            PRIMARY KEY (workshop_id, idempotency_key)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS conversations (
            conversation_id TEXT NOT NULL PRIMARY KEY,
            workshop_id TEXT NOT NULL,
            stream_id TEXT NOT NULL,
            service_url TEXT NOT NULL,
            card_activity_id TEXT NULL,
            tenant_id TEXT NULL
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS schedule (
            workshop_id TEXT NOT NULL PRIMARY KEY,
            due_at_utc_ticks INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ix_schedule_due ON schedule (due_at_utc_ticks, workshop_id);

        CREATE TABLE IF NOT EXISTS conversation_members (
            conversation_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            seen_at_utc_ticks INTEGER NOT NULL,
            PRIMARY KEY (conversation_id, user_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ix_conversation_members_seen ON conversation_members (conversation_id, seen_at_utc_ticks DESC);

        CREATE TABLE IF NOT EXISTS deliveries (
            conversation_id TEXT NOT NULL,
            activity_id TEXT NOT NULL,
            lease_until_utc_ticks INTEGER NOT NULL,
            completed INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (conversation_id, activity_id)
        ) WITHOUT ROWID;

        CREATE INDEX IF NOT EXISTS ix_conversations_workshop ON conversations (workshop_id);

        CREATE TABLE IF NOT EXISTS leases (
            workshop_id TEXT NOT NULL,
            name TEXT NOT NULL,
            holder TEXT NOT NULL,
            taken_at_utc_ticks INTEGER NOT NULL,
            held_until_utc_ticks INTEGER NOT NULL,
            released INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (workshop_id, name)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            workshop_id TEXT NOT NULL,
            tenant_id TEXT NOT NULL,
            action TEXT NOT NULL,
            actor_id TEXT NOT NULL,
            actor_name TEXT NOT NULL,
            occurred_at TEXT NOT NULL,
            detail TEXT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_audit_workshop ON audit (workshop_id, id);
        """;
}
