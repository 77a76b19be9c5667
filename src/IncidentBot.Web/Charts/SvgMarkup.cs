using System.Text.Encodings.Web;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;

namespace IncidentBot.Web.Charts;

/// <summary>
/// A chart's markup for a page, written as LINQ to XML serializes it: every label and name is text or an attribute value
/// of an <see cref="XElement"/>, so it is encoded there (a service named <c>&lt;script&gt;</c> shows as that text) and the
/// page needs no <c>Html.Raw</c>.
/// </summary>
public sealed class SvgMarkup(XElement element) : IHtmlContent
{
    public XElement Element => element;

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(element.ToString(SaveOptions.DisableFormatting));
    }

    public override string ToString() => element.ToString(SaveOptions.DisableFormatting);
}
