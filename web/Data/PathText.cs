using System.Text.RegularExpressions;

namespace Analytics.Web.Data;

/// <summary>
/// Text from the warehouse with every folder cut from the file paths in it, leaving the file's name:
/// a quarantine reason recorded by an older load held the loading machine's path
/// ("/srv/in/bad/binary.txt looks binary…" becomes "binary.txt looks binary…"). The web shows no folder.
/// </summary>
public static partial class PathText
{
    public static string WithoutFolders(string text) => Folders().Replace(text, "");

    // An absolute path (/…/, C:\…\, ~/…/, ./…/) from its start to its last separator, or a relative
    // one (in/bad/) in front of a file name with an extension; a lone slash in 3/4 or (0, 1] is no path.
    [GeneratedRegex("""(?<=^|[\s'"(（“‘])(?:(?:[A-Za-z]:|~|\.{1,2})?[\\/](?:[^\s\\/'"]+[\\/])*|(?:[^\s\\/'"]+[\\/])+(?=[^\s\\/'"]+\.[A-Za-z0-9]{1,5}\b))(?=[^\s\\/])""")]
    private static partial Regex Folders();
}
