package id.simak.generate;

import id.simak.analysis.NumberMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Asks for the quantities of the article: how many, with nearby numbers as distractors, and a cloze in the sentence. */
final class NumberQuestions {

    private final ArticleContext ctx;

    NumberQuestions(ArticleContext ctx) {
        this.ctx = ctx;
    }

    List<Question> generate() {
        List<Question> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NumberMention n : ctx.analysis.numbers()) {
            String numeral = numeral(n);
            String sentence = ctx.text(n.sentence());
            String gapped = numeral == null ? null : ArticleContext.blank(sentence, numeral);
            if (gapped == null || !seen.add(AnswerText.key(n.text()))) {
                continue;
            }
            Written written = written(numeral, n.value());
            if (written == null) {
                continue;
            }
            Evidence evidence = ctx.evidence(n.sentence());
            String why = "Kalimat bukti menyebut «" + n.text() + "».";
            out.add(Drafts.cloze(Skill.NUMBER, "Lengkapi kalimat berikut dengan bilangan yang tepat: "
                    + ArticleContext.quotedAround(gapped), written.accepted(), why, evidence));
            List<String> distractors = ctx.picker.pick(written.accepted(), written.near(), 3, List.of());
            String unit = n.unit() == null ? "" : " " + n.unit();
            out.add(Drafts.choice(Skill.NUMBER, "Berapa" + unit + " yang disebut dalam kalimat berikut? "
                            + ArticleContext.quotedAround(gapped),
                    ctx.picker.choices(List.of(written.answer()), distractors, "number" + n.text() + n.sentence()),
                    written.answer(), why, evidence));
        }
        return out;
    }

    /** A quantity as the text writes it, the other ways a learner may type it, and near quantities written alike. */
    private record Written(String answer, List<String> accepted, List<String> near) {}

    // A leading currency or sign, an Indonesian number (dots group thousands, a comma starts decimals), then words.
    private static final Pattern FIGURE = Pattern.compile("^(\\D*?)(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?(.*)$");
    private static final double[] NEAR_FACTORS = {1.2, 0.8, 1.5, 0.5, 2, 0.9, 1.1};

    private static Written written(String numeral, double value) {
        if (IndonesianNumbers.inWords(numeral)) {
            if (value != Math.rint(value) || value < 0 || value > 999) {
                return null;
            }
            long v = (long) value;
            String answer = numeral.toLowerCase(Locale.ROOT);
            List<String> near = new ArrayList<>();
            for (long shift : new long[] {1, -1, 2, -2, 3, 5}) {
                long w = v + shift * Math.max(1, v / 10);
                if (w > 0) {
                    near.add(IndonesianNumbers.words(w));
                }
            }
            return new Written(answer, List.of(answer, Long.toString(v)), near);
        }
        Matcher m = FIGURE.matcher(numeral);
        if (!m.matches()) {
            return null;
        }
        boolean grouped = m.group(2).contains(".");
        int decimals = m.group(3) == null ? 0 : m.group(3).length();
        double figure = Double.parseDouble(m.group(2).replace(".", "") + (decimals > 0 ? "." + m.group(3) : ""));
        List<String> accepted = new ArrayList<>(List.of(numeral));
        if (m.group(1).isEmpty() && m.group(4).isBlank() && decimals == 0) {
            accepted.add(Long.toString((long) figure));
            if (figure <= 999) {
                accepted.add(IndonesianNumbers.words((long) figure));
            }
        }
        List<String> near = new ArrayList<>();
        for (double f : NEAR_FACTORS) {
            double other = figure * f;
            if (decimals == 0 && Math.rint(other) == figure || other <= 0) {
                continue;
            }
            near.add(m.group(1) + format(other, decimals, grouped) + m.group(4));
        }
        return new Written(numeral, accepted.stream().distinct().toList(), near);
    }

    /** Writes a figure the Indonesian way with the given decimals, grouping thousands with dots when the text did. */
    private static String format(double value, int decimals, boolean grouped) {
        String s = String.format(Locale.ROOT, grouped ? "%,." + decimals + "f" : "%." + decimals + "f", value);
        return s.replace(',', '#').replace('.', ',').replace('#', '.');
    }

    /** The number word(s) of the mention without the unit and what follows ("enam" of "enam kali"). */
    private static String numeral(NumberMention n) {
        String text = n.text();
        if (n.unit() != null) {
            int at = ArticleContext.find(text, n.unit());
            if (at > 0) {
                return text.substring(0, at).strip();
            }
        }
        return text;
    }
}
