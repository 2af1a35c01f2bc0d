using Analytics.Web.Serving;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Analytics.Web.Pages;

/// <summary>
/// The 400 answer to a <see cref="BadParameterException"/>, in the page's language: an HTML page in
/// the site's layout for pages, plain text for downloads (a chart or table link opened by a program).
/// </summary>
public static class BadRequests
{
    public static IResult Result(HttpContext http, BadParameterException problem, bool download)
    {
        var request = http.Request;
        var lang = Lang.From(request);
        var message = problem.Text(lang.English);
        if (download)
        {
            return TypedResults.Text(message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var snapshot = http.RequestServices.GetRequiredService<ScorecardDatabase>().CurrentSnapshotId ?? "";
        var frame = new PageFrame(lang.T("请求参数有误", "Bad request parameter"), lang, snapshot, Synthetic: false,
            Links.SwitchLanguage(request, lang), Active: "");
        return new RazorComponentResult<BadRequestPage>(new { Frame = frame, Message = message, Without = Links.Without(request, problem.Parameter, lang) })
        {
            StatusCode = StatusCodes.Status400BadRequest,
        };
    }
}
