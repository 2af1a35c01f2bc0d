using ScottPlot;

namespace Analytics.Web.Charts;

/// <summary>A small note (source, "合成数据" or "Synthetic data") under the chart, outside the data area.</summary>
internal sealed class NotePanel : ScottPlot.Panels.PanelBase
{
    public NotePanel(string text)
    {
        Edge = Edge.Bottom;
        Label = CreateLabel(text);
    }

    public LabelStyle Label { get; }

    public override float Measure(Paint paint) =>
        IsVisible ? Label.Measure(Label.Text, paint).Height + 8 : 0;

    public override void Render(RenderPack rp, float size, float offset)
    {
        if (!IsVisible)
        {
            return;
        }

        var rect = GetPanelRect(rp.DataRect, size, offset, rp.Paint);
        Label.Render(rp.Canvas, new Pixel(rp.FigureRect.Left + 10, rect.Bottom - 4), rp.Paint);
    }

    private static LabelStyle CreateLabel(string text)
    {
        var style = new LabelStyle { Text = text, Alignment = Alignment.LowerLeft };
        ChartStyle.Style(style, ChartStyle.LegendSize - 1, bold: false, ChartStyle.Muted);
        return style;
    }
}
