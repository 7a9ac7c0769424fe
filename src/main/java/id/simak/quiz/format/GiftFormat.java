package id.simak.quiz.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.simak.generate.Evidence;
import id.simak.generate.Question;
import id.simak.generate.QuestionType;
import id.simak.generate.Skill;

/**
 * Moodle's GIFT text format, both ways. Our types map onto GIFT's: MULTIPLE_CHOICE {@code {=a ~b}},
 * MULTIPLE_RESPONSE {@code {~%50%a ~%50%b ~%-100%c}}, TRUE_FALSE {@code {TRUE}}, CLOZE a missing word with
 * short answers {@code before {=a =b} after}, MATCHING {@code {=item -> answer}}, and the explanation is the
 * general feedback {@code ####}. GIFT has no ordering question: ORDERING is written as matching each event to its
 * position (1, 2, ...), and a {@code // simak-type: ORDERING} comment turns it back into an ordering question here.
 * Skill, evidence and the set's id ride along in comments ({@code // simak-...}) and the category
 * ({@code $CATEGORY: $course$/simak/<id>}), which Moodle ignores or keeps.
 */
public final class GiftFormat {

    private static final String CATEGORY_ROOT = "$course$/simak/";

    private GiftFormat() {
    }

    // ---------------------------------------------------------------- writing

    public static String write(QuestionFile file) {
        StringBuilder out = new StringBuilder();
        if (file.title() != null) {
            out.append("// simak-title: ").append(oneLine(file.title())).append('\n');
        }
        if (file.article() != null) {
            out.append("// simak-article: ").append(oneLine(file.article())).append('\n');
        }
        if (file.setId() != null) {
            out.append("$CATEGORY: ").append(CATEGORY_ROOT).append(file.setId()).append('\n');
        }
        for (Question q : file.questions()) {
            out.append('\n');
            out.append("// simak-skill: ").append(q.skill().name()).append('\n');
            if (q.type() == QuestionType.ORDERING) {
                out.append("// simak-type: ORDERING\n");
            }
            if (q.evidence() != null && q.evidence().text() != null) {
                out.append("// simak-evidence: ").append(oneLine(q.evidence().text())).append('\n');
            }
            out.append("::").append(escape(q.id())).append("::");
            String feedback = q.explanation() == null || q.explanation().isEmpty() ? ""
                    : "####" + escape(q.explanation());
            switch (q.type()) {
                case CLOZE -> {
                    // Without a gap the answer block goes at the end: a short-answer question.
                    int gap = q.prompt().indexOf(QuestionRules.GAP);
                    String before = gap < 0 ? q.prompt() + " " : q.prompt().substring(0, gap);
                    String after = gap < 0 ? "" : q.prompt().substring(gap + QuestionRules.GAP.length());
                    out.append(escape(before)).append('{');
                    for (String a : q.answer()) {
                        out.append('=').append(escape(a)).append(' ');
                    }
                    out.append(feedback).append('}').append(escape(after)).append('\n');
                }
                case TRUE_FALSE -> out.append(escape(q.prompt())).append('{')
                        .append(QuestionRules.TRUE_FALSE.get(0).equals(q.answer().get(0)) ? "TRUE" : "FALSE")
                        .append(feedback).append("}\n");
                default -> {
                    out.append(escape(q.prompt())).append("{\n");
                    answers(out, q);
                    if (!feedback.isEmpty()) {
                        out.append('\t').append(feedback).append('\n');
                    }
                    out.append("}\n");
                }
            }
        }
        return out.toString();
    }

    private static void answers(StringBuilder out, Question q) {
        switch (q.type()) {
            case MULTIPLE_CHOICE -> {
                for (String c : q.choices()) {
                    out.append('\t').append(q.answer().contains(c) ? '=' : '~').append(escape(c)).append('\n');
                }
            }
            case MULTIPLE_RESPONSE -> {
                String right = Weights.format(100.0 / q.answer().size());
                for (String c : q.choices()) {
                    out.append("\t~%").append(q.answer().contains(c) ? right : "-100").append('%').append(escape(c))
                            .append('\n');
                }
            }
            case MATCHING -> {
                for (int i = 0; i < q.items().size(); i++) {
                    out.append("\t=").append(escape(q.items().get(i))).append(" -> ").append(escape(q.answer().get(i)))
                            .append('\n');
                }
                for (String c : q.choices()) {
                    if (!q.answer().contains(c)) {
                        out.append("\t= -> ").append(escape(c)).append('\n');
                    }
                }
            }
            case ORDERING -> {
                for (String c : q.choices()) {
                    out.append("\t=").append(escape(c)).append(" -> ").append(q.answer().indexOf(c) + 1).append('\n');
                }
            }
            default -> throw new IllegalArgumentException(q.type().name());
        }
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '~', '=', '#', '{', '}', ':', '\\' -> b.append('\\').append(c);
                case '\n' -> b.append("\\n");
                case '\r' -> {
                }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String oneLine(String s) {
        return s.replace("\r", "").replace("\n", " ");
    }

    // ---------------------------------------------------------------- reading

    /** A question read, or one of a type Simak does not take. */
    private record Read(Question question, SkippedQuestion skipped) {}

    /**
     * Reads every question of a GIFT file. Questions of types Simak does not take (essay, description, numerical
     * with a tolerance) are left out and listed in {@link QuestionFile#skipped()}; a numerical question with exact
     * answers becomes a cloze question. A file it cannot read is refused at the first problem, with its line.
     */
    public static QuestionFile read(String text) throws FormatException {
        String[] rows = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        String setId = null;
        String title = null;
        String article = null;
        List<Question> questions = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<SkippedQuestion> skipped = new ArrayList<>();
        String category = null;
        Map<String, String> notes = new LinkedHashMap<>();
        StringBuilder block = new StringBuilder();
        int blockLine = 0;
        int depth = 0;
        for (int i = 0; i <= rows.length; i++) {
            String row = i < rows.length ? rows[i] : "";
            String trimmed = row.strip();
            if (depth == 0 && trimmed.startsWith("//")) {
                String comment = trimmed.substring(2).strip();
                int colon = comment.indexOf(':');
                if (comment.startsWith("simak-") && colon > 0) {
                    String key = comment.substring(6, colon).strip();
                    String value = comment.substring(colon + 1).strip();
                    switch (key) {
                        case "title" -> title = value;
                        case "article" -> article = value;
                        default -> notes.put(key, value);
                    }
                    if (blockLine == 0 && !key.equals("title") && !key.equals("article")) {
                        blockLine = i + 1;
                    }
                }
                continue;
            }
            if (depth == 0 && trimmed.startsWith("$CATEGORY:")) {
                String path = trimmed.substring("$CATEGORY:".length()).strip();
                String id = setIdOf(path);
                if (id != null) {
                    setId = id;
                } else {
                    category = path;
                }
                continue;
            }
            if (trimmed.isEmpty() && depth == 0) {
                if (block.length() > 0) {
                    Read read = question(block.toString(), blockLine, notes, category);
                    if (read.question() != null) {
                        questions.add(read.question());
                        lines.add(blockLine);
                    } else {
                        skipped.add(read.skipped());
                    }
                    block.setLength(0);
                }
                blockLine = 0;
                notes.clear();
                continue;
            }
            if (blockLine == 0) {
                blockLine = i + 1;
            }
            if (block.length() > 0) {
                block.append('\n');
            }
            block.append(row);
            depth = braceDepth(row, depth, i + 1);
        }
        if (depth > 0) {
            throw new FormatException(blockLine, "Kurung kurawal \"{\" tidak ditutup dengan \"}\".");
        }
        if (questions.isEmpty() && !skipped.isEmpty()) {
            throw new FormatException(skipped.get(0).line(), "Tidak ada soal yang bisa diimpor: "
                    + SkippedQuestion.summary(0, skipped));
        }
        questions = QuestionRules.distinctKeys(questions);
        QuestionRules.check(questions, lines);
        return new QuestionFile(setId, title, article, null, questions, lines, skipped);
    }

    /** The set id of a category {@code .../simak/<id>}, or null for a category of somebody else's making. */
    static String setIdOf(String path) {
        String[] parts = path.split("/");
        for (int i = parts.length - 2; i >= 0; i--) {
            if (parts[i].equals("simak")) {
                String id = parts[i + 1].strip();
                return id.matches("[a-z0-9][a-z0-9._-]*") && id.length() <= QuestionRules.MAX_SET_ID ? id : null;
            }
        }
        return null;
    }

    private static int braceDepth(String row, int depth, int line) throws FormatException {
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                if (depth > 0) {
                    throw new FormatException(line, "Kurung kurawal \"{\" di dalam blok jawaban; tulis \\{ untuk "
                            + "kurung biasa.");
                }
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    throw new FormatException(line, "Kurung kurawal \"}\" tanpa pembuka \"{\".");
                }
                depth--;
            }
        }
        return depth;
    }

    private static Read question(String block, int line, Map<String, String> notes, String category)
            throws FormatException {
        String rest = block.strip();
        String key = null;
        if (rest.startsWith("::")) {
            int end = indexOfUnescaped(rest, "::", 2);
            if (end < 0) {
                throw new FormatException(line, "Judul soal \"::...::\" tidak ditutup.");
            }
            key = unescape(rest.substring(2, end)).strip();
            rest = rest.substring(end + 2);
        }
        int open = indexOfUnescaped(rest, "{", 0);
        if (open < 0) {
            String text = plainText(rest);
            return skip(line, "description", key != null ? key : text, "teks tanpa jawaban, bukan soal");
        }
        int close = indexOfUnescaped(rest, "}", open);
        String before = rest.substring(0, open);
        String inside = rest.substring(open + 1, close);
        String after = rest.substring(close + 1);
        if (indexOfUnescaped(after, "{", 0) >= 0) {
            throw new FormatException(line, "Dua soal tanpa baris kosong di antaranya; pisahkan setiap soal dengan "
                    + "satu baris kosong.");
        }
        boolean html = isHtml(before);
        before = stripFormat(before);
        if (html) {
            // The space before the answer block is kept: it separates the prompt from a gap there.
            boolean space = !before.isEmpty() && Character.isWhitespace(before.charAt(before.length() - 1));
            before = HtmlText.plain(before) + (space ? " " : "");
        }
        String explanation = null;
        int general = lastIndexOfUnescaped(inside, "####");
        if (general >= 0) {
            explanation = answerText(inside.substring(general + 4));
            inside = inside.substring(0, general);
        }
        Skill named = notes.containsKey("skill") ? skillOf(notes.get("skill"), line) : ImportedSkill.named(category);
        Evidence evidence = notes.containsKey("evidence")
                ? new Evidence(QuestionFile.UNKNOWN_SENTENCE, notes.get("evidence")) : null;
        boolean gapInText = !after.isBlank();
        String prompt = unescape(before).strip();
        String promptWithGap = unescape(before) + QuestionRules.GAP + unescape(after);
        if (key == null || key.isEmpty()) {
            key = QuestionRules.keyFrom(gapInText ? promptWithGap.strip() : prompt);
        }
        Skill skill = ImportedSkill.of(named, prompt);
        String body = inside.strip();
        if (body.isEmpty()) {
            return skip(line, "essay", key, "esai dinilai guru, Simak hanya memeriksa jawaban yang pasti");
        }
        if (body.startsWith("#")) {
            List<String> exact = exactNumbers(body.substring(1), line, key);
            if (exact.isEmpty()) {
                return skip(line, "numerical", key, "jawabannya angka dengan toleransi atau rentang");
            }
            String clozePrompt = gapInText ? promptWithGap.strip() : shortAnswerPrompt(before);
            return new Read(new Question(key, QuestionType.CLOZE, skill, clozePrompt, List.of(), List.of(), exact,
                    explanation, evidence), null);
        }
        String tf = firstPart(body).toUpperCase(Locale.ROOT);
        if (tf.equals("T") || tf.equals("TRUE") || tf.equals("F") || tf.equals("FALSE")) {
            String answer = tf.startsWith("T") ? QuestionRules.TRUE_FALSE.get(0) : QuestionRules.TRUE_FALSE.get(1);
            String trimmedAfter = unescape(after).strip();
            String tfPrompt = gapInText ? promptWithGap.strip() : prompt;
            if (gapInText && trimmedAfter.codePoints().noneMatch(Character::isLetterOrDigit)) {
                // Only punctuation after the block ("{T}." or "{FALSE}\";"): the end of a statement, not a gap.
                tfPrompt = prompt + trimmedAfter;
            }
            return new Read(new Question(key, QuestionType.TRUE_FALSE, skill, tfPrompt, List.of(),
                    QuestionRules.TRUE_FALSE, List.of(answer), explanation, evidence), null);
        }
        List<String[]> answers = answers(body, line, key);
        boolean anyWrong = answers.stream().anyMatch(a -> a[0].equals("~"));
        boolean matching = answers.stream().anyMatch(a -> a[0].equals("=") && indexOfUnescaped(a[2], "->", 0) >= 0);
        if (matching) {
            return new Read(matching(key, skill, prompt, answers, explanation, evidence, line,
                    "ORDERING".equals(notes.get("type"))), null);
        }
        if (!anyWrong) {
            // Only full-mark answers are accepted; Moodle's partial marks and its catch-all "*" are not.
            List<String> accepted = new ArrayList<>();
            for (String[] a : answers) {
                if (a[1] == null || parseWeight(a[1], line, key) >= 100) {
                    accepted.add(answerText(a[2]));
                }
            }
            String clozePrompt;
            if (gapInText) {
                clozePrompt = promptWithGap.strip();
            } else if (prompt.contains(QuestionRules.GAP)) {
                clozePrompt = prompt;
            } else {
                clozePrompt = shortAnswerPrompt(before);
            }
            return new Read(new Question(key, QuestionType.CLOZE, skill, clozePrompt,
                    List.of(), List.of(), accepted, explanation, evidence), null);
        }
        List<String> choices = new ArrayList<>();
        List<String> right = new ArrayList<>();
        boolean weighted = false;
        for (String[] a : answers) {
            String choice = answerText(a[2]);
            choices.add(choice);
            if (a[1] != null) {
                weighted = true;
                if (parseWeight(a[1], line, key) > 0) {
                    right.add(choice);
                }
            } else if (a[0].equals("=")) {
                right.add(choice);
            }
        }
        QuestionType type = weighted ? QuestionType.MULTIPLE_RESPONSE : QuestionType.MULTIPLE_CHOICE;
        if (weighted && right.size() == 1 && answers.stream().anyMatch(a -> a[0].equals("="))) {
            type = QuestionType.MULTIPLE_CHOICE;
        }
        return new Read(new Question(key, type, skill, gapInText ? promptWithGap.strip() : prompt, List.of(), choices,
                right, explanation, evidence), null);
    }

    private static Read skip(int line, String kind, String name, String why) {
        String n = name == null ? null : name.strip().replaceAll("\\s+", " ");
        if (n != null && n.length() > 80) {
            n = n.substring(0, 79) + "…";
        }
        return new Read(null, new SkippedQuestion(line, kind, n == null || n.isEmpty() ? null : n, why));
    }

    /** A short answer: the gap goes where the answer block stood, at the end of the prompt. */
    private static String shortAnswerPrompt(String before) {
        String b = unescape(before).stripLeading();
        return (b.isEmpty() || Character.isWhitespace(b.charAt(b.length() - 1)) ? b : b + " ") + QuestionRules.GAP;
    }

    /**
     * The full-mark answers of a numerical block (without its "#") when each is one exact number, as Moodle reads
     * them ({@code 5}, {@code =5:0}, {@code =%100%5#feedback}, a last {@code ~#feedback} for wrong ones); empty
     * when a full-mark answer has a tolerance or is a range, which a cloze question cannot grade.
     */
    private static List<String> exactNumbers(String body, int line, String key) throws FormatException {
        int wrong = indexOfUnescaped(body, "~", 0);
        String answersText = wrong < 0 ? body : body.substring(0, wrong);
        List<String> exact = new ArrayList<>();
        for (String part : answersText.split("=")) {
            String a = part.strip();
            if (a.isEmpty()) {
                continue;
            }
            double weight = 100;
            if (a.startsWith("%")) {
                int end = a.indexOf('%', 1);
                if (end < 0) {
                    throw new FormatException(line, "Soal \"" + key + "\": bobot \"%...%\" tidak ditutup.");
                }
                weight = parseWeight(a.substring(1, end), line, key);
                a = a.substring(end + 1);
            }
            int hash = indexOfUnescaped(a, "#", 0);
            String value = unescape(hash < 0 ? a : a.substring(0, hash)).strip();
            if (weight < 100) {
                continue;
            }
            String number = value;
            String tolerance = "0";
            if (value.indexOf("..") > 0) {
                return List.of();
            } else if (value.indexOf(':') > 0) {
                number = value.substring(0, value.indexOf(':')).strip();
                tolerance = value.substring(value.indexOf(':') + 1).strip();
            }
            try {
                Double.parseDouble(number);
                if (Double.parseDouble(tolerance) != 0) {
                    return List.of();
                }
            } catch (NumberFormatException e) {
                throw new FormatException(line, "Soal numerik \"" + key + "\": \"" + value + "\" bukan angka.");
            }
            if (!exact.contains(number)) {
                exact.add(number);
            }
        }
        return exact;
    }

    private static Question matching(String key, Skill skill, String prompt, List<String[]> answers,
            String explanation, Evidence evidence, int line, boolean ordering) throws FormatException {
        List<String> items = new ArrayList<>();
        List<String> answer = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (String[] a : answers) {
            int arrow = indexOfUnescaped(a[2], "->", 0);
            if (!a[0].equals("=") || arrow < 0) {
                throw new FormatException(line, "Soal menjodohkan \"" + key + "\": setiap baris ditulis "
                        + "\"=butir -> pasangan\".");
            }
            String item = answerText(a[2].substring(0, arrow));
            String match = answerText(a[2].substring(arrow + 2));
            if (item.isEmpty()) {
                extra.add(match);
            } else {
                items.add(item);
                answer.add(match);
            }
        }
        if (ordering) {
            List<String> inOrder = new ArrayList<>(items);
            List<Integer> positions = new ArrayList<>();
            for (String p : answer) {
                try {
                    positions.add(Integer.parseInt(p));
                } catch (NumberFormatException e) {
                    throw new FormatException(line, "Soal urutan \"" + key + "\": \"" + p + "\" bukan nomor urut.");
                }
            }
            String[] ordered = new String[items.size()];
            for (int i = 0; i < items.size(); i++) {
                int p = positions.get(i);
                if (p < 1 || p > items.size() || ordered[p - 1] != null) {
                    throw new FormatException(line, "Soal urutan \"" + key + "\": nomor urut " + p + " salah atau "
                            + "dipakai dua kali.");
                }
                ordered[p - 1] = items.get(i);
            }
            return new Question(key, QuestionType.ORDERING, skill, prompt, List.of(), inOrder, List.of(ordered),
                    explanation, evidence);
        }
        List<String> choices = new ArrayList<>();
        for (String a : answer) {
            if (!choices.contains(a)) {
                choices.add(a);
            }
        }
        choices.addAll(extra);
        return new Question(key, QuestionType.MATCHING, skill, prompt, items, choices, answer, explanation, evidence);
    }

    /** Splits the answer block into {mark, weight or null, text}, where mark is "=" or "~". */
    private static List<String[]> answers(String body, int line, String key) throws FormatException {
        List<String[]> out = new ArrayList<>();
        int i = 0;
        while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        if (i >= body.length() || body.charAt(i) != '=' && body.charAt(i) != '~') {
            throw new FormatException(line, "Soal \"" + key + "\": jawaban diawali \"=\" (benar) atau \"~\" (salah).");
        }
        while (i < body.length()) {
            char mark = body.charAt(i);
            int j = i + 1;
            while (j < body.length()) {
                char c = body.charAt(j);
                if (c == '\\') {
                    j += 2;
                    continue;
                }
                if (c == '=' || c == '~') {
                    break;
                }
                j++;
            }
            String text = body.substring(i + 1, Math.min(j, body.length()));
            String weight = null;
            if (text.startsWith("%")) {
                int end = text.indexOf('%', 1);
                if (end < 0) {
                    throw new FormatException(line, "Soal \"" + key + "\": bobot \"%...%\" tidak ditutup.");
                }
                weight = text.substring(1, end);
                text = text.substring(end + 1);
            }
            int feedback = indexOfUnescaped(text, "#", 0);
            if (feedback >= 0) {
                text = text.substring(0, feedback);
            }
            if (clean(text).isEmpty() && indexOfUnescaped(text, "->", 0) < 0) {
                throw new FormatException(line, "Soal \"" + key + "\" punya jawaban kosong.");
            }
            out.add(new String[] { String.valueOf(mark), weight, text });
            i = j;
        }
        return out;
    }

    private static double parseWeight(String w, int line, String key) throws FormatException {
        try {
            return Double.parseDouble(w.strip());
        } catch (NumberFormatException e) {
            throw new FormatException(line, "Soal \"" + key + "\": bobot \"%" + w + "%\" bukan angka.");
        }
    }

    private static Skill skillOf(String name, int line) throws FormatException {
        if (name == null) {
            return Skill.CONTEXT_VOCAB;
        }
        try {
            return Skill.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FormatException(line, "Keterampilan \"" + name + "\" tidak dikenal.");
        }
    }

    private static String firstPart(String body) {
        int hash = indexOfUnescaped(body, "#", 0);
        return (hash < 0 ? body : body.substring(0, hash)).strip();
    }

    private static boolean isHtml(String text) {
        return text.stripLeading().startsWith("[html]");
    }

    /** A text of the answer block: unescaped, its format marker ({@code [html]} …) removed, HTML made plain. */
    private static String answerText(String raw) {
        String t = unescape(raw).strip();
        boolean html = isHtml(t);
        t = stripFormat(t).strip();
        return html ? HtmlText.plain(t) : t;
    }

    /** A description's text, for the report. */
    private static String plainText(String raw) {
        boolean html = isHtml(raw);
        String t = unescape(stripFormat(raw)).strip();
        return html ? HtmlText.plain(t) : t;
    }

    private static String stripFormat(String text) {
        String t = text.stripLeading();
        if (t.startsWith("[") && t.indexOf(']') > 0) {
            String marker = t.substring(1, t.indexOf(']'));
            if (marker.equals("html") || marker.equals("plain") || marker.equals("markdown")
                    || marker.equals("moodle")) {
                return t.substring(t.indexOf(']') + 1);
            }
        }
        return text;
    }

    private static String clean(String s) {
        return unescape(s).strip();
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static int indexOfUnescaped(String s, String what, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.startsWith(what, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOfUnescaped(String s, String what) {
        int found = -1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.startsWith(what, i)) {
                found = i;
                i += what.length() - 1;
            }
        }
        return found;
    }
}
