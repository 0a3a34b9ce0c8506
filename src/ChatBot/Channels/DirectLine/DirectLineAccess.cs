namespace ChatBot.Channels.DirectLine;

/// <summary>Outcome of checking a request's token against a conversation.</summary>
internal enum DirectLineAccess
{
    Granted,
    Forbidden,
    NotFound,
}
