using System.Text;

namespace Analytics.Etl.Input;

/// <summary>
/// Text built up with one confidence per character: Tesseract's for the word a character was read
/// in (0–100), -1 for characters from a text layer or added by the layout (spaces, '|', joins).
/// </summary>
internal sealed class ConfidentText
{
    private readonly StringBuilder text = new();
    private readonly List<float> confidence = [];

    public int Length => text.Length;

    public char Last => text[^1];

    public void Append(string value, float each)
    {
        text.Append(value);
        confidence.AddRange(Enumerable.Repeat(each, value.Length));
    }

    public void Append(string value, float[] each)
    {
        text.Append(value);
        confidence.AddRange(each);
    }

    public void TrimEnd()
    {
        while (text.Length > 0 && text[^1] == ' ')
        {
            RemoveLast();
        }
    }

    public void RemoveLast()
    {
        text.Length--;
        confidence.RemoveAt(confidence.Count - 1);
    }

    public void Clear()
    {
        text.Clear();
        confidence.Clear();
    }

    public float[] Confidence() => [.. confidence];

    public override string ToString() => text.ToString();
}
