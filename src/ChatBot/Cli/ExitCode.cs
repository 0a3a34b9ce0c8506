namespace ChatBot.Cli;

/// <summary>Process exit codes of the command line.</summary>
internal static class ExitCode
{
    public const int Success = 0;
    public const int Usage = 2;
    public const int NotAnswered = 3;
    public const int IndexFailed = 4;
}
