package id.simak.generate;

import id.simak.analysis.DateMention;
import id.simak.analysis.Dateline;
import id.simak.analysis.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Asks when the events of the article happened: a multiple-choice "Kapan ...?" and a cloze per date. */
final class DateQuestions {

    private final ArticleContext ctx;

    DateQuestions(ArticleContext ctx) {
        this.ctx = ctx;
    }

    /** The date as a learner should give it: as written, or the resolved year of a relative date ("tahun berikutnya"). */
    static String answerText(DateMention d) {
        String formatted = IndonesianDates.format(d.value());
        return d.relativeTo() != null && formatted != null ? formatted : d.text();
    }

    /** What happened at this date, as a clause without the date, or null. */
    String event(DateMention d) {
        Sentence s = ctx.analysis.sentence(d.sentence());
        if (s == null) {
            return null;
        }
        if (s.kind() == Sentence.Kind.CAPTION) {
            return null;
        }
        return EventPhrase.of(s.text(), d.text());
    }

    List<Question> generate() {
        List<Question> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DateMention d : ctx.analysis.dates()) {
            if (d.value() == null || !seen.add(d.value())) {
                continue;
            }
            String answer = answerText(d);
            List<String> distractors = ctx.picker.pick(List.of(answer, d.text()), candidates(d), 3, List.of());
            if (distractors.size() == 3) {
                out.add(Drafts.choice(Skill.DATE, prompt(d), ctx.picker.choices(List.of(answer), distractors, "date" + d.value()),
                        answer, explanation(d), ctx.evidence(d.sentence())));
            }
            String gapped = ArticleContext.blank(ctx.text(d.sentence()), d.text());
            if (gapped != null) {
                // A relative date ("bulan depan") may be typed as written or as the date it stands for.
                List<String> accepted = new ArrayList<>(List.of(d.text()));
                String formatted = IndonesianDates.format(d.value());
                if (formatted != null && !AnswerText.sameAnswer(formatted, d.text())) {
                    accepted.add(formatted);
                }
                out.add(Drafts.cloze(Skill.DATE, "Lengkapi kalimat berikut dengan tanggal yang tepat: "
                        + ArticleContext.quotedAround(gapped), accepted, explanation(d), ctx.evidence(d.sentence())));
            }
        }
        return out;
    }

    private String prompt(DateMention d) {
        Dateline dateline = ctx.analysis.dateline();
        Sentence s = ctx.analysis.sentence(d.sentence());
        if (dateline != null && d.value().equals(dateline.date()) && dateline.text() != null
                && ArticleContext.find(dateline.text(), d.text()) >= 0) {
            return "Menurut baris tanggal (dateline) di awal berita, pada tanggal berapa berita ini dikirim"
                    + (dateline.place() != null ? " dari " + dateline.place() : "") + "?";
        }
        if (s != null && s.kind() == Sentence.Kind.CAPTION) {
            return "Menurut keterangan foto, kapan foto ini diambil? "
                    + ArticleContext.quotedAround(ArticleContext.blank(s.text(), d.text()));
        }
        String event = event(d);
        if (event != null) {
            return since(s.text(), d.text()) + " " + ctx.decapitalize(event) + "?";
        }
        return "Kapan peristiwa dalam kalimat berikut terjadi? " + ArticleContext.quotedAround(ArticleContext.blank(s.text(), d.text()));
    }

    /** "Sejak kapan" for a date after "sejak", "Sampai kapan" after "hingga"/"sampai", else "Kapan". */
    private static String since(String sentence, String date) {
        int at = ArticleContext.find(sentence, date);
        String before = at < 0 ? "" : sentence.substring(0, at).stripTrailing().toLowerCase(Locale.ROOT)
                .replaceAll("\\s+(?:akhir|awal|pertengahan)$", "");
        if (before.endsWith(" sejak")) {
            return "Sejak kapan";
        }
        return before.endsWith(" hingga") || before.endsWith(" sampai") ? "Sampai kapan" : "Kapan";
    }

    private String explanation(DateMention d) {
        if (d.relativeTo() != null) {
            return "Kalimat bukti menyebut «" + d.text() + "», dihitung dari " + IndonesianDates.format(d.relativeTo())
                    + ", jadi " + answerText(d) + ".";
        }
        return "Kalimat bukti menyebut «" + d.text() + "».";
    }

    /** Other dates of the text with the same shape first, then near dates of that shape. */
    private List<String> candidates(DateMention d) {
        String shape = IndonesianDates.shape(d.value());
        List<String> out = new ArrayList<>();
        for (DateMention other : ctx.analysis.dates()) {
            if (other.value() != null && !other.value().equals(d.value()) && IndonesianDates.shape(other.value()).equals(shape)) {
                out.add(answerText(other));
            }
        }
        for (String value : IndonesianDates.near(d.value())) {
            out.add(IndonesianDates.format(value));
        }
        if (d.text().contains(" hingga ") || d.text().contains(" sampai ")) {
            // Written like the answer ("9 hingga 11 Mei"), so the style of a choice does not single it out.
            String joiner = d.text().contains(" hingga ") ? " hingga " : " sampai ";
            out.replaceAll(c -> c == null ? null : c.replaceFirst("^(\\d+)-(\\d+) ", "$1" + joiner + "$2 "));
        }
        return out;
    }
}
