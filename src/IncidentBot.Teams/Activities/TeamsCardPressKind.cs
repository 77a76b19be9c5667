namespace IncidentBot.Teams.Activities;

/// <summary>How a card button press arrived.</summary>
public enum TeamsCardPressKind
{
    /// <summary><c>Action.Execute</c>: an <c>invoke</c> named <c>adaptiveCard/action</c>, answered in the HTTP response.</summary>
    Execute,

    /// <summary><c>Action.Submit</c> (the fallback): a <c>message</c> with the button's data as <c>value</c>.</summary>
    Submit,
}
