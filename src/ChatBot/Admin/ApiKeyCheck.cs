using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Admin;

/// <summary>Compares an <c>X-Api-Key</c> header with <c>Admin:ApiKey</c> without leaking, through timing, how much of it matched.</summary>
internal static class ApiKeyCheck
{
    public const string HeaderName = "X-Api-Key";

    public static bool Matches(string? provided, string expected)
    {
        if (string.IsNullOrEmpty(provided) || string.IsNullOrEmpty(expected)) return false;

        // Hashing first makes both sides the same length, so not even the key's length shows in the timing.
        var a = SHA256.HashData(Encoding.UTF8.GetBytes(provided));
        var b = SHA256.HashData(Encoding.UTF8.GetBytes(expected));
        return CryptographicOperations.FixedTimeEquals(a, b);
    }
}
