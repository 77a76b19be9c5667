using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace IncidentBot.Web.Playground;

/// <summary>
/// Decides what <c>/</c> is: the playground when the host registered an <see cref="IPlaygroundWorkspace"/> (the local
/// platform), else the dashboard, which is also at <c>/incidents</c> either way. Without the workspace the playground's
/// pages get no route at all, so a bot on Slack or Teams has no page that pretends to be its chat.
/// </summary>
public sealed class PlaygroundPageConvention(bool playground) : IPageRouteModelConvention
{
    /// <summary>The folder of the playground's pages.</summary>
    public const string Folder = "/Playground/";

    private const string Dashboard = "/Index";
    private const string Home = Folder + "Index";

    public void Apply(PageRouteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!playground && model.ViewEnginePath.StartsWith(Folder, StringComparison.Ordinal))
        {
            model.Selectors.Clear();
            return;
        }

        if (model.ViewEnginePath == (playground ? Home : Dashboard))
        {
            // As AddPageRoute does: a second route, never used to generate links (they name the page's own route).
            model.Selectors.Add(new SelectorModel { AttributeRouteModel = new AttributeRouteModel { Template = "/", SuppressLinkGeneration = true } });
        }
    }
}
