namespace Lantern.Web.Tests;

/// <summary>Small articles written for these tests (no text from any data set).</summary>
internal static class Articles
{
    public const string Opinion =
        "The Council Just Voted to Let Our Parks Rot\n\n" +
        "Last Tuesday the council of Millbrook voted to cut the parks budget by a third. Every honest resident knows what that means: broken swings, locked toilets and weeds where our children used to play.\n\n" +
        "The councillor who led the vote called it a responsible step. Responsible? The same council found money last spring for a shiny new car park next to the mayor's office.\n\n" +
        "Either we protect the green spaces that hold this town together, or we watch Millbrook turn into one more grey strip of asphalt. There is no middle road.\n\n" +
        "Call your councillor before the final reading. Our parks cannot wait, and neither can our children.\n";

    /// <summary>An author's own violent call, a quoted loaded phrase with a named speaker, and a civic call.</summary>
    public const string Calls =
        "The Night the Town Rose Up\n\n" +
        "The occupiers have taken the square again. Take up arms against the occupiers tonight!\n\n" +
        "\"This is a disgraceful, shameful betrayal of everyone who lives here,\" said Maria Lopez, a local shopkeeper.\n\n" +
        "Residents should call their councillor before Friday.\n";

    /// <summary>Hostile calls whose sentences carry onerror payloads: the calls list and flag must show them as text.</summary>
    public const string HostileCall =
        "A Warning\n\n" +
        "We must drive them out of Millbrook <img src=x onerror=\"window.__pwned='call';alert('call')\"> before winter!\n\n" +
        "Boycott the <img src=x onerror=\"window.__pwned='boycott'\"> traitors and their shops!\n\n" +
        "The weather was mild on Tuesday.\n";

    /// <summary>An article whose title and body carry script payloads: they must stay inert text on the page.</summary>
    public const string Hostile =
        "<img src=x onerror=\"window.__pwned='title';alert('title')\"> Shocking Scandal Rocks the Town\n\n" +
        "The mayor said <script>window.__pwned='script';alert('script')</script> that the disgraceful, corrupt deal was a total disaster for everyone.\n\n" +
        "Critics replied <img src=x onerror=\"window.__pwned='img';alert('img')\"> that this outrageous betrayal must never happen again.\n";

    /// <summary>
    /// Web pages that declare their language (lang) while their text alone does not tell it (too few letters, or mostly
    /// another script): the analysis uses the declared language's models, a reading of the bare text would not.
    /// </summary>
    public const string DeclaredGermanHtml =
        "<!doctype html><html lang=\"de\"><head><title>Lügner</title></head><body><article><h1>Lügner!</h1><p>Alles Lüge!</p></article></body></html>";

    public const string DeclaredItalianHtml =
        "<!doctype html><html lang=\"it\"><head><title>Vergogna</title></head><body><article><h1>Vergogna a questi traditori</h1>" +
        "<p>Questi traditori corrotti distruggono tutto ciò che amiamo.</p>" +
        "<p>Αυτοί οι διεφθαρμένοι προδότες καταστρέφουν ό,τι αγαπάμε και κανείς δεν τους σταματά πια σε αυτή τη χώρα.</p></article></body></html>";
}
