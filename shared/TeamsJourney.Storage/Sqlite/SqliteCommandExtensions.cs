using Microsoft.Data.Sqlite;

namespace TeamsJourney.Storage.Sqlite;

/// <summary>Builds parameterized commands; values are never spliced into SQL text.</summary>
internal static class SqliteCommandExtensions
{
    public static SqliteCommand CreateCommand(
        this SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public static string? GetNullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
