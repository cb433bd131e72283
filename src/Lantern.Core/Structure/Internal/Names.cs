using System.Collections.Frozen;

namespace Lantern.Structure.Internal;

/// <summary>Shapes of short lines and personal names, shared by the layout and speech detectors.</summary>
internal static class Names
{
    /// <summary>Lower-case words allowed inside a name ("Ursula von der Leyen", "Charles de Gaulle").</summary>
    public static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["van", "von", "der", "den", "de", "da", "di", "del", "della", "du", "la", "le", "bin", "ibn", "al", "el", "y", "dos", "das"],
        StringComparer.Ordinal);

    /// <summary>Capitalised words that start sentences but are not names.</summary>
    public static readonly FrozenSet<string> NotNames = FrozenSet.ToFrozenSet(
        [
            "The", "A", "An", "Another", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Their", "Our",
            "But", "And", "Or", "So", "Then", "When", "While", "If", "As", "In", "On", "At", "For", "From", "With", "After", "Before",
            "Officials", "Critics", "Experts", "Analysts", "Police", "Authorities", "Residents", "Witnesses", "Sources", "Reports",
            "Researchers", "Scientists", "Observers", "Protesters", "Activists", "Investigators", "Prosecutors", "Lawmakers",
            "Doctors", "Some", "Many", "Others", "Most", "Both", "Everyone", "Nobody", "People", "Reporters", "Journalists",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Yesterday",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Il", "Elle", "Ils", "Elles", "Le", "La", "Les", "Un", "Une", "Ce", "Cette", "Mais", "Et",
            "Er", "Sie", "Es", "Der", "Die", "Das", "Ein", "Eine", "Aber", "Und",
            "Lo", "Gli", "Lei", "Lui", "Questo", "Ma", "E",
            "On", "Ona", "Oni", "Ten", "Ta", "To", "Ale",
            "Он", "Она", "Они", "Это", "Но", "И",
            "El", "Los", "Las", "Ella", "Él", "Pero", "Y",
        ],
        StringComparer.Ordinal);

    public static bool IsCapitalised(string word) =>
        word.Length > 0 && char.IsUpper(word[0]) && (word.Length == 1 || word.Skip(1).Any(char.IsLower) || word.EndsWith('.'));

    /// <summary>"Jane Doe", "J. K. Rowling", "Ursula von der Leyen": 2–5 capitalised words (particles allowed inside).</summary>
    public static bool IsPersonName(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5 || !IsCapitalised(words[0]) || !IsCapitalised(words[^1]) || NotNames.Contains(words[0]))
        {
            return false;
        }

        return words.All(w => (IsCapitalised(w) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.')) || Particles.Contains(w));
    }

    public static int WordCount(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    public static bool EndsLikeSentence(string line) => line.Length > 0 && line[^1] is '.' or '!' or '?' or '…' or '"' or '”' or '»';
}
