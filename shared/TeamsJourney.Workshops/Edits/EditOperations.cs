namespace TeamsJourney.Workshops.Edits;

/// <summary>The op names of an edit request, and the item field each one changes.</summary>
public static class EditOperations
{
    public const string Add = "add";
    public const string EditText = "editText";
    public const string Move = "move";
    public const string Delete = "delete";
    public const string SetEvidence = "setEvidence";
    public const string Vote = "vote";
    public const string Unvote = "unvote";

    /// <summary>Every op the API accepts.</summary>
    public static IReadOnlyList<string> All { get; } = [Add, EditText, Move, Delete, SetEvidence, Vote, Unvote];

    /// <summary>True for ops on an existing item (they carry itemId and baseVersion).</summary>
    public static bool TargetsItem(string op) => op is EditText or Move or Delete or SetEvidence;
}

/// <summary>The independently editable fields of an item, as named in a 409's "conflictingField".</summary>
public static class ItemFields
{
    public const string Text = "text";
    public const string Position = "position";
    public const string Evidence = "evidence";
    public const string Deleted = "deleted";
}
