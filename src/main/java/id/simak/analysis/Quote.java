package id.simak.analysis;

/**
 * What someone is reported to have said, and the full name of the speaker, or null when unknown: a direct quote
 * without its quotation marks, or, when {@code reported}, the clause of reported speech ("Budi mengatakan, ...",
 * "Menurut Budi, ...", "..., kata Budi") without the words that attribute it.
 */
public record Quote(String text, String speaker, int sentence, boolean reported) {

    /** A direct quote. */
    public Quote(String text, String speaker, int sentence) {
        this(text, speaker, sentence, false);
    }
}
