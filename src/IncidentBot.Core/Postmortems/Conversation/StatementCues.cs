using System.Text.RegularExpressions;

namespace IncidentBot.Core.Postmortems.Conversation;

/// <summary>
/// The words that make a sentence a finding, and the words that keep it from being a fact. Precision first: a sentence
/// that hedges, reports someone else's words or asks is never a fact, and a cue must be plain (English, as responders
/// write it in an outage).
/// </summary>
internal static partial class StatementCues
{
    public static bool Hedges(string sentence) => Hedge().IsMatch(sentence);

    public static bool ReportsOthers(string sentence) => Reported().IsMatch(sentence);

    /// <summary>"not the root cause", "wasn't caused by", "it is not X", "ruled out X", "root cause is not X", "turns out it wasn't X".</summary>
    public static bool RulesOut(string sentence) => RuledOut().IsMatch(sentence);

    /// <summary>
    /// "that's not the root cause", "scratch that", "I was wrong", "my bad": takes back what came before, also after a
    /// word such as "actually", "sorry" or "turns out" ("Sorry, I was wrong").
    /// </summary>
    public static bool TakesBack(string sentence) => TakeBack().IsMatch(sentence);

    /// <summary>
    /// "The root cause is …", "RCA: …", "caused by …", "the failover caused it", "it was the cache all along", "turns out …"; not when it only names a candidate ("possible root cause:"),
    /// a condition ("if it was caused by …"), a cause still unknown ("the root cause is unclear") or the author's own
    /// mistake ("turns out I was wrong").
    /// </summary>
    public static bool NamesRootCause(string sentence) => RootCause().IsMatch(sentence) && !NoCauseNamed().IsMatch(sentence);

    /// <summary>"contributing factor: …", "… made it worse", "… made things worse", "… added to the outage".</summary>
    public static bool NamesContributingFactor(string sentence) => !Negated().IsMatch(sentence) && ContributingFactor().IsMatch(sentence);

    /// <summary>
    /// What a sentence tells the review meeting (went well, went poorly, lucky), or null. A negated one ("nothing went
    /// well", "we were not lucky") is left out rather than turned around.
    /// </summary>
    public static FindingKind? ReviewKindOf(string sentence)
    {
        if (Negated().IsMatch(sentence))
        {
            return null;
        }

        return WentPoorly().IsMatch(sentence) ? FindingKind.WentPoorly
            : WentWell().IsMatch(sentence) ? FindingKind.WentWell
            : Lucky().IsMatch(sentence) ? FindingKind.Lucky
            : null;
    }

    public static bool StatesImpact(string sentence) =>
        ImpactLabel().IsMatch(sentence) || (Affected().IsMatch(sentence) && Figure().IsMatch(sentence));

    public static bool TellsAction(string sentence) => Action().IsMatch(sentence);

    /// <summary>"back to 99%", "errors are dropping", "back to normal": the effect of what was done, as seen.</summary>
    public static bool TellsRecovery(string sentence) => Effect().IsMatch(sentence);

    public static bool TellsDecision(string sentence) => Decision().IsMatch(sentence);

    /// <summary>"action item: …", "we should …", "someone should …", "I'll add … by Friday" (a promise only with a due date: without one, "I'll restart it" is what is being done now).</summary>
    public static bool AsksFollowUp(string sentence) => FollowUp().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:maybe|might|may be|could be|could(?:'ve| have)|possibly|probably|perhaps|i think|i guess|i suspect|not sure|unsure|wonder(?:ing)?|hypothes[ie]s|theory|guess|seems?|looks like|if it'?s|if it is|assuming|(?:un)?likely|presumably|apparently|i believe|pretty sure)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"\b(?:said|says|saying|told (?:me|us)|according to|claims?|claimed|reported that|asked|wrote (?:that|in)|writes (?:that|in)|mentioned|thinks|believes|reckons|suggested|suggests)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reported();

    [GeneratedRegex(@"\bnot (?:the |a )?(?:root )?cause\b|\b(?:is|was)(?:n'?t| not) (?:the )?(?:root )?cause|\b(?:was|is|were|are)(?:n'?t| not) caused by\b|\bnot caused by\b|\bruled? out\b|\bruling out\b|\b(?:did|does|do)(?:n'?t| not) cause\b|\broot[- ]cause(?:'s| is| was|:)\s*(?:not|n'?t|never)\b|\bturn(?:s|ed) out (?:it|that|this|they)(?:'s| is| was| were| are)?(?:n'?t| not)\b|^(?:it|that|this)(?:'s| is| was)(?:n'?t| not) (?:the |a |our )\w", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RuledOut();

    [GeneratedRegex(@"^(?:(?:actually|sorry|oops|ok(?:ay)?|hmm+|wait|no|so|ah|turns out|turned out)[,.!:]?\s+)*(?:(?:that|this|it)(?:'s| is| was)(?:n'?t| not) (?:the |a )?(?:root )?cause(?: after all)?\b|scratch that\b|ignore (?:that|my last)\b|i was wrong\b|my (?:bad|mistake)\b|correction\b|never ?mind\b|nvm\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TakeBack();

    [GeneratedRegex(@"\broot[- ]cause(?: is| was|:| here is| here was)\s*\S|^rca\s*[:\-]\s*\S|\b(?:is|was|were|are) caused by\b|^caused by\b|\bturns out\b|\bturned out\b|^found it\b|\bthe culprit (?:is|was)\b|^(?:it|this|that)(?:'s| is| was) .+ all along\b|\S\s+caused (?:it|this|that|the (?:outage|incident|errors?|5xx|500s|failures?|problem|issue|downtime))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RootCause();

    /// <summary>What keeps a root-cause cue from naming one: a candidate, a condition, a cause not known yet, one's own mistake.</summary>
    [GeneratedRegex(@"\b(?:possible|potential|suspected|probable|candidate)\s+(?:root[- ])?(?:cause|culprit)\b|^(?:if|once|unless|until|when we know)\b|\bif (?:it|this|that|they) (?:was|were|is|are)\b|\b(?:unclear|unknown|undetermined|tbd|tbc|not (?:yet )?(?:clear|known)|still investigating|under investigation|to be (?:determined|confirmed))\b|\b(?:i|we) (?:was|were) wrong\b|\bmy (?:bad|mistake)\b|\b(?:don'?t|do not|didn'?t|did not) (?:yet )?know\b|^(?:what|which|who) caused\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoCauseNamed();

    [GeneratedRegex(@"^contributing factors?\s*[:\-]|\b(?:is|was) a contributing factor\b|\bmade (?:it|this|things|the (?:outage|incident)) worse\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContributingFactor();

    [GeneratedRegex(@"^what went well\s*[:\-]|^went well\s*[:\-]|\bwent (?:really |very )?well\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WentWell();

    [GeneratedRegex(@"^what went (?:badly|poorly|wrong)\s*[:\-]|\bwent (?:really |very )?(?:badly|poorly)\b|\bshould have caught\b|\bshould'?ve caught\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WentPoorly();

    [GeneratedRegex(@"^(?:luckily|fortunately)\b|\bwe (?:were|got) lucky\b|\bwhere we got lucky\s*[:\-]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lucky();

    [GeneratedRegex(@"\b(?:not|n'?t|never|nothing|no)\b|n't\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negated();

    [GeneratedRegex(@"^(?:customer )?impact\s*[:\-]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImpactLabel();

    [GeneratedRegex(@"\b(?:affect(?:ed|ing|s)?|impact(?:ed|ing|s)?|customers?|users?|orders?|requests?|checkouts?|payments?|logins?|transactions?|sessions?|merchants?|tenants?|accounts?|region|revenue|error rate|down for)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Affected();

    [GeneratedRegex(@"\d+(?:[.,]\d+)?\s*(?:%|percent\b|k\b|m\b)|[$€£]\s?\d|\b\d[\d,.]*\s+(?:customers?|users?|orders?|requests?|checkouts?|payments?|logins?|transactions?|sessions?|merchants?|tenants?|accounts?|minutes?|hours?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Figure();

    [GeneratedRegex(@"^(?:i'?m |i am |we'?re |we are |i |we |i'?ve |we'?ve |just )?(?:(?:re)?start(?:ed|ing)|reboot(?:ed|ing)|roll(?:ed|ing) back|revert(?:ed|ing)|scal(?:ed|ing) (?:up|out|down)|fail(?:ed|ing) over|flush(?:ed|ing)|purg(?:ed|ing)|drain(?:ed|ing)|disabl(?:ed|ing)|enabl(?:ed|ing)|deploy(?:ed|ing) (?:a |the )?(?:fix|hotfix|patch)|renew(?:ed|ing)|rotat(?:ed|ing)|block(?:ed|ing)|rerout(?:ed|ing)|turn(?:ed|ing) off|kill(?:ed|ing))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Action();

    [GeneratedRegex(@"\bback to \d|\b(?:is|are)? ?back (?:up|online|to normal)\b|\brecover(?:ed|ing|y)\b|\b(?:error rate|errors|latency|5xx|500s) (?:is |are )?(?:down|dropping|dropped|back|normal|gone)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Effect();

    [GeneratedRegex(@"^decision\s*[:\-]|\bwe(?:'ve| have)? decided\b|\blet'?s go with\b|\bwe'?re going with\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Decision();

    [GeneratedRegex(@"^(?:action item|ai|todo|to-do|follow[- ]?up|followup)\s*[:\-]|^todo\b|\b(?:we|someone|somebody) (?:should|need to|must|has to|have to)\b(?! not have)|\baction item\b|^(?:i'?ll|i will|we'?ll|we will)\b.*\b(?:by|due)\s+(?:\d{4}-\d{2}-\d{2}|tomorrow|next week|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FollowUp();
}
