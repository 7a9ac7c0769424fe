package id.simak.generate;

import id.simak.analysis.NumberMention;
import id.simak.analysis.Sentence;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks for numbers that need a step of thought: how much a quantity rose or fell where the text says it went
 * "dari X menjadi Y", and the difference between two amounts of one unit a sentence gives side by side. The answer
 * is computed and written the Indonesian way in the text's own unit; the wrong choices are the mistakes a reader
 * makes (the sum, one of the two figures, a slip of scale).
 */
final class CalculationQuestions {

    // ("Rp1000" is one figure: no figure is read out of the middle of another)
    private static final String NUMBER = "((?:Rp|US\\$|USD|\\$)?\\s?\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?(?![\\d.,]\\d)|(?:Rp|US\\$|USD|\\$)?\\s?\\d+(?:,\\d+)?)";
    private static final String SCALE = "(?:\\s+(ribu|juta|miliar|triliun))?";
    // The unit after a figure: "per kilogram", "persen", "dolar AS"; never a preposition that goes on with the sentence.
    private static final String UNIT = "((?:\\s+per\\s+\\p{L}+|\\s+(?!menjadi\\b|ke\\b|hingga\\b|pada\\b|dan\\b|per\\b|di\\b|dalam\\b"
            + "|selama\\b|sejak\\b|atau\\b|yang\\b)\\p{L}+(?:\\s+AS)?)?)";
    // ("naik mulai dari Rp500 hingga Rp1.000": "mulai dari ... hingga" spans how much, not where a change went)
    private static final Pattern FROM_TO = Pattern.compile("(?iu)(?<!\\bmulai\\s)\\bdari\\s+" + NUMBER + SCALE + UNIT
            + "\\s+(menjadi|ke|hingga)\\s+" + NUMBER + SCALE + UNIT);
    // A word of change before "dari X hingga Y": without one, "mulai dari 3 hingga 30 tahun" spans a range.
    private static final Pattern CHANGE_BEFORE = Pattern.compile("(?iu)\\b(?:naik|turun|meningkat|menurun|bertambah|"
            + "berkurang|melonjak|anjlok|merosot|melambung|kenaikan|penurunan|peningkatan|lonjakan|tumbuh|susut|menyusut|"
            + "membengkak|berubah|perubahan)\\b[^.;]{0,40}$");

    private final ArticleContext ctx;

    CalculationQuestions(ArticleContext ctx) {
        this.ctx = ctx;
    }

    List<Question> generate() {
        List<Question> out = new ArrayList<>();
        for (Sentence s : ctx.analysis.sentences()) {
            String text = ctx.statementLike(s.index());
            // "Yaitu dari US$ 62,20 juta menjadi US$ 72,34 juta.": what rose is in the sentence before.
            if (text == null || ctx.lacksSubject(s.index())) {
                continue;
            }
            Question change = change(s.index(), text);
            if (change != null) {
                out.add(change);
                continue;
            }
            Question difference = difference(s.index(), text);
            if (difference != null) {
                out.add(difference);
            }
        }
        return out;
    }

    /** "... naik dari 12.000 menjadi 15.000 ..." : by how much it rose. */
    private Question change(int sentence, String text) {
        Matcher m = FROM_TO.matcher(text);
        if (!m.find()) {
            return null;
        }
        if (!m.group(4).equalsIgnoreCase("menjadi") && !CHANGE_BEFORE.matcher(text.substring(0, m.start())).find()) {
            return null; // "mulai dari 3 hingga 30 tahun": a range, not a change
        }
        String unit1 = m.group(3).strip();
        String unit2 = m.group(7).strip();
        String unit = !unit2.isEmpty() ? unit2 : unit1;
        if (!unit1.isEmpty() && !unit2.isEmpty() && !unit1.equalsIgnoreCase(unit2) || !same(m.group(2), m.group(6))) {
            return null;
        }
        Figure from = Figure.parse(m.group(1), m.group(2));
        Figure to = Figure.parse(m.group(5), m.group(6));
        if (from == null || to == null || from.value().compareTo(to.value()) == 0 || !from.prefix().equals(to.prefix())) {
            return null;
        }
        boolean up = to.value().compareTo(from.value()) > 0;
        BigDecimal diff = to.value().subtract(from.value()).abs();
        int decimals = Math.max(from.decimals(), to.decimals());
        Figure answer = new Figure(from.prefix(), diff, decimals, from.scale());
        List<String> wrong = new ArrayList<>();
        wrong.add(new Figure(from.prefix(), from.value().add(to.value()), decimals, from.scale()).written(unit));
        wrong.add(to.written(unit));
        wrong.add(new Figure(from.prefix(), diff.multiply(BigDecimal.valueOf(2)), decimals, from.scale()).written(unit));
        wrong.add(new Figure(from.prefix(), diff.divide(BigDecimal.valueOf(2), decimals + 1, RoundingMode.HALF_UP), decimals + 1,
                from.scale()).written(unit));
        wrong.add(new Figure(from.prefix(), diff.multiply(BigDecimal.valueOf(3)), decimals, from.scale()).written(unit));
        String written = answer.written(unit);
        // "Rp300" among "Rp6.700" and "Rp13.700" stands out by its form: only choices written alike are offered.
        wrong.removeIf(w -> !ChoiceShape.alike(w, written));
        if (ArticleContext.find(text, written.replaceFirst("\\s.*$", "")) >= 0) {
            return null; // the text states the change itself: nothing to work out
        }
        List<String> distractors = ctx.picker.pick(List.of(written), wrong, 3, List.of());
        if (distractors.size() < 3) {
            return null;
        }
        String word = up ? "kenaikannya" : "penurunannya";
        return Drafts.choice(Skill.CALCULATION, "Menurut kalimat berikut, berapa besar " + word + "? "
                        + ArticleContext.quoted(text), ctx.picker.choices(List.of(written), distractors, "change" + text),
                written, "Dari " + from.written(unit) + " menjadi " + to.written(unit) + ": selisihnya " + written + ".",
                ctx.evidence(sentence), Difficulty.HARD, 0.62);
    }

    /** "... 522 peserta laki-laki dan 456 peserta perempuan ...": the difference of two amounts of one unit. */
    private Question difference(int sentence, String text) {
        List<NumberMention> here = new ArrayList<>();
        for (NumberMention n : ctx.analysis.numbers()) {
            if (n.sentence() == sentence) {
                here.add(n);
            }
        }
        if (here.size() != 2 || here.get(0).unit() == null || !here.get(0).unit().equals(here.get(1).unit())
                || here.get(0).unit().toLowerCase(Locale.ROOT).startsWith("persen") || !text.contains(" dan ")) {
            return null;
        }
        NumberMention a = here.get(0);
        NumberMention b = here.get(1);
        if (a.value() != Math.rint(a.value()) || b.value() != Math.rint(b.value()) || a.value() == b.value()
                || a.value() < 2 || b.value() < 2 || !a.text().matches("^[\\d.]+\\s.*") || !b.text().matches("^[\\d.]+\\s.*")) {
            return null;
        }
        long diff = (long) Math.abs(a.value() - b.value());
        long sum = (long) (a.value() + b.value());
        String unit = a.unit();
        String answer = grouped(diff) + " " + unit;
        if (ArticleContext.find(text, grouped(diff)) >= 0) {
            return null;
        }
        List<String> wrong = List.of(grouped(sum) + " " + unit, grouped(diff + Math.max(1, diff / 5)) + " " + unit,
                grouped(Math.max(1, diff - Math.max(1, diff / 5))) + " " + unit, grouped(diff * 2) + " " + unit);
        List<String> distractors = ctx.picker.pick(List.of(answer), wrong, 3, List.of());
        if (distractors.size() < 3) {
            return null;
        }
        return Drafts.choice(Skill.CALCULATION, "Berdasarkan kalimat berikut, berapa selisih antara kedua jumlah " + unit
                        + " yang disebut? " + ArticleContext.quoted(text), ctx.picker.choices(List.of(answer), distractors,
                        "difference" + text), answer,
                "Selisih " + a.text() + " dan " + b.text() + " adalah " + answer + ".", ctx.evidence(sentence), Difficulty.HARD, 0.55);
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b == null ? "" : b) || b == null && a.isEmpty();
    }

    /** A whole number with dots between thousands: 12.500. */
    static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', '.');
    }

    /** A figure as Indonesian writes it: an optional currency before, dots between thousands, a decimal comma, a scale word. */
    private static final List<String> SCALES = List.of("ribu", "juta", "miliar", "triliun");

    record Figure(String prefix, BigDecimal value, int decimals, String scale) {

        static Figure parse(String written, String scale) {
            String w = written.strip();
            Matcher m = Pattern.compile("^(Rp|US\\$|USD|\\$)?\\s?([\\d.]+)(?:,(\\d+))?$").matcher(w);
            if (!m.matches()) {
                return null;
            }
            String digits = m.group(2).replace(".", "");
            String dec = m.group(3);
            BigDecimal v = new BigDecimal(digits + (dec == null ? "" : "." + dec));
            return new Figure(m.group(1) == null ? "" : m.group(1), v, dec == null ? 0 : dec.length(),
                    scale == null ? "" : scale);
        }

        String written(String unit) {
            // "Rp0,3 ribu" and "Rp0,5 juta" are written by nobody: one scale down they are "Rp300" and "Rp500 ribu".
            int down = SCALES.indexOf(scale.toLowerCase(Locale.ROOT));
            boolean fraction = value.stripTrailingZeros().scale() > 0;
            if (down == 0 && fraction || down > 0 && value.compareTo(BigDecimal.ONE) < 0 && value.signum() > 0) {
                return new Figure(prefix, value.multiply(BigDecimal.valueOf(1000)), Math.max(0, decimals - 3),
                        down == 0 ? "" : SCALES.get(down - 1)).written(unit);
            }
            BigDecimal v = value.setScale(decimals, RoundingMode.HALF_UP);
            String[] parts = v.toPlainString().split("\\.");
            String whole = grouped(Long.parseLong(parts[0]));
            String number = parts.length > 1 ? whole + "," + parts[1] : whole;
            String out = prefix + number + (scale.isEmpty() ? "" : " " + scale) + (unit.isEmpty() ? "" : " " + unit);
            return out.strip();
        }
    }
}
