package id.simak.quiz.format;

import java.util.List;

import id.simak.generate.Question;

/**
 * An Anki text file (File ▸ Import): tab-separated notes of type Basic with a header Anki reads (separator, HTML,
 * note type, deck, columns, and which column holds the GUID and the tags). The front is the question with its
 * choices, the back the answer, the explanation and the evidence sentence. The GUID {@code simak:<set>:<question>}
 * and {@code #if matches:update current} make a second import
 * update the notes instead of adding them again.
 */
public final class AnkiText {

    private AnkiText() {
    }

    public static String write(QuestionFile file, String deck) {
        StringBuilder out = new StringBuilder();
        out.append("#separator:tab\n");
        out.append("#html:true\n");
        out.append("#notetype:Basic\n");
        out.append("#deck:").append(field(deck)).append('\n');
        out.append("#columns:GUID\tFront\tBack\tTags\n");
        out.append("#guid column:1\n");
        out.append("#tags column:4\n");
        out.append("#if matches:update current\n");
        String set = file.setId() == null ? "simak" : file.setId();
        for (Question q : file.questions()) {
            out.append(field("simak:" + set + ":" + q.id())).append('\t')
                    .append(front(q)).append('\t')
                    .append(back(q)).append('\t')
                    .append("simak simak::").append(tag(set)).append(" skill::").append(q.skill().name()).append('\n');
        }
        return out.toString();
    }

    static String front(Question q) {
        StringBuilder b = new StringBuilder(html(q.prompt()));
        switch (q.type()) {
            case MULTIPLE_CHOICE, ORDERING -> list(b, "ol type=\"A\"", "ol", q.choices());
            case MULTIPLE_RESPONSE -> {
                b.append("<br><i>(pilih semua yang benar)</i>");
                list(b, "ol type=\"A\"", "ol", q.choices());
            }
            case TRUE_FALSE -> b.append("<br><i>Benar atau salah?</i>");
            case MATCHING -> {
                list(b, "ol", "ol", q.items());
                list(b, "ul", "ul", q.choices());
            }
            case CLOZE -> {
            }
        }
        return b.toString();
    }

    static String back(Question q) {
        StringBuilder b = new StringBuilder();
        switch (q.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE -> b.append("<b>").append(html(q.answer().get(0))).append("</b>");
            case CLOZE -> {
                b.append("<b>").append(html(q.answer().get(0))).append("</b>");
                if (q.answer().size() > 1) {
                    b.append("<br>juga diterima: ")
                            .append(html(String.join(", ", q.answer().subList(1, q.answer().size()))));
                }
            }
            case MULTIPLE_RESPONSE -> list(b, "ul", "ul", q.answer());
            case ORDERING -> list(b, "ol", "ol", q.answer());
            case MATCHING -> {
                b.append("<ul>");
                for (int i = 0; i < q.items().size(); i++) {
                    b.append("<li>").append(html(q.items().get(i))).append(" → <b>").append(html(q.answer().get(i)))
                            .append("</b></li>");
                }
                b.append("</ul>");
            }
        }
        if (q.explanation() != null && !q.explanation().isBlank()) {
            b.append("<br><br>").append(html(q.explanation()));
        }
        if (q.evidence() != null && q.evidence().text() != null) {
            b.append("<br><br><i>Bukti: ").append(html(q.evidence().text())).append("</i>");
        }
        return b.toString();
    }

    private static void list(StringBuilder b, String open, String close, List<String> values) {
        b.append('<').append(open).append('>');
        for (String v : values) {
            b.append("<li>").append(html(v)).append("</li>");
        }
        b.append("</").append(close).append('>');
    }

    /** Text as one HTML field: escaped, line breaks as {@code <br>}, no tab that would split the field. */
    static String html(String s) {
        return field(s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\r\n", "\n").replace("\n", "<br>"));
    }

    private static String field(String s) {
        return s.replace('\t', ' ').replace("\r", "").replace("\n", " ");
    }

    private static String tag(String s) {
        return s.replaceAll("\\s+", "_");
    }
}
