using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Analytics.Models.Households;

/// <summary>
/// Pseudonyms for visit lists: HMAC-SHA256 of the internal household id under a bureau-held key,
/// the first 16 hex digits (64 bits). The same key gives the same pseudonym, so a township can
/// match its own records; without the key the id cannot be recovered or guessed by enumeration.
/// </summary>
public sealed class Pseudonymiser
{
    /// <summary>The environment variable that holds the key. There is no default key.</summary>
    public const string KeyVariable = "ANALYTICS_PSEUDONYM_KEY";

    /// <summary>Shortest key accepted, in bytes of UTF-8.</summary>
    public const int MinimumKeyBytes = 16;

    private readonly byte[] key;

    public Pseudonymiser(string key)
    {
        this.key = Encoding.UTF8.GetBytes(key);
        if (this.key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"the pseudonym key must be at least {MinimumKeyBytes} bytes", nameof(key));
        }
    }

    /// <summary>The pseudonymiser keyed from <see cref="KeyVariable"/>, or null when it is unset or empty.</summary>
    public static Pseudonymiser? FromEnvironment() =>
        Environment.GetEnvironmentVariable(KeyVariable) is { Length: > 0 } key ? new Pseudonymiser(key) : null;

    public string Of(long householdId)
    {
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(householdId.ToString(CultureInfo.InvariantCulture)));
        return Convert.ToHexStringLower(mac.AsSpan(0, 8));
    }
}
