package id.simak.quiz.format;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import id.simak.generate.Evidence;
import id.simak.generate.Question;
import id.simak.generate.QuestionType;
import id.simak.generate.Skill;

/**
 * Moodle XML, both ways. MULTIPLE_CHOICE and MULTIPLE_RESPONSE are {@code multichoice} (single true/false),
 * TRUE_FALSE {@code truefalse}, CLOZE {@code shortanswer} with the gap in the question text, MATCHING
 * {@code matching} (a subquestion without text is an extra choice), ORDERING {@code ordering} (the Ordering question
 * type, qtype_ordering, a plugin; each answer's fraction is its position). The explanation is the general feedback;
 * the question key is both {@code <name>} and {@code <idnumber>}; the skill is a tag {@code simak-skill:DATE}; the
 * evidence sentence an {@code <evidence>} element that Moodle ignores; the set's id the category
 * {@code $course$/simak/<id>}.
 */
public final class MoodleXml {

    private static final String SKILL_TAG = "simak-skill:";

    private MoodleXml() {
    }

    // ---------------------------------------------------------------- writing

    public static String write(QuestionFile file) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        if (file.setId() != null) {
            out.append("  <question type=\"category\">\n");
            out.append("    <category><text>$course$/simak/").append(esc(file.setId())).append("</text></category>\n");
            if (file.title() != null) {
                out.append("    <info format=\"plain_text\"><text>").append(esc(file.title())).append("</text></info>\n");
            }
            out.append("  </question>\n");
        }
        for (Question q : file.questions()) {
            String type = switch (q.type()) {
                case MULTIPLE_CHOICE, MULTIPLE_RESPONSE -> "multichoice";
                case TRUE_FALSE -> "truefalse";
                case CLOZE -> "shortanswer";
                case MATCHING -> "matching";
                case ORDERING -> "ordering";
            };
            out.append("  <question type=\"").append(type).append("\">\n");
            out.append("    <name><text>").append(esc(q.id())).append("</text></name>\n");
            text(out, "questiontext", q.prompt());
            text(out, "generalfeedback", q.explanation() == null ? "" : q.explanation());
            out.append("    <defaultgrade>1</defaultgrade>\n    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n");
            out.append("    <idnumber>").append(esc(q.id())).append("</idnumber>\n");
            switch (q.type()) {
                case MULTIPLE_CHOICE, MULTIPLE_RESPONSE -> {
                    boolean single = q.type() == QuestionType.MULTIPLE_CHOICE;
                    out.append("    <single>").append(single).append("</single>\n");
                    out.append("    <shuffleanswers>true</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n");
                    String right = Weights.format(100.0 / q.answer().size());
                    for (String c : q.choices()) {
                        answer(out, q.answer().contains(c) ? right : single ? "0" : "-100", c);
                    }
                }
                case TRUE_FALSE -> {
                    boolean isTrue = QuestionRules.TRUE_FALSE.get(0).equals(q.answer().get(0));
                    answer(out, isTrue ? "100" : "0", "true");
                    answer(out, isTrue ? "0" : "100", "false");
                }
                case CLOZE -> {
                    out.append("    <usecase>0</usecase>\n");
                    for (String a : q.answer()) {
                        answer(out, "100", a);
                    }
                }
                case MATCHING -> {
                    out.append("    <shuffleanswers>true</shuffleanswers>\n");
                    for (int i = 0; i < q.items().size(); i++) {
                        subquestion(out, q.items().get(i), q.answer().get(i));
                    }
                    for (String c : q.choices()) {
                        if (!q.answer().contains(c)) {
                            subquestion(out, "", c);
                        }
                    }
                }
                case ORDERING -> {
                    out.append("    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n");
                    out.append("    <selectcount>0</selectcount>\n    <gradingtype>ABSOLUTE_POSITION</gradingtype>\n");
                    out.append("    <showgrading>SHOW</showgrading>\n    <numberingstyle>none</numberingstyle>\n");
                    for (String c : q.choices()) {
                        answer(out, (q.answer().indexOf(c) + 1) + ".0000000", c);
                    }
                }
            }
            if (q.evidence() != null && q.evidence().text() != null) {
                out.append("    <evidence><text>").append(esc(q.evidence().text())).append("</text></evidence>\n");
            }
            out.append("    <tags><tag><text>").append(SKILL_TAG).append(q.skill().name()).append("</text></tag></tags>\n");
            out.append("  </question>\n");
        }
        return out.append("</quiz>\n").toString();
    }

    private static void text(StringBuilder out, String element, String value) {
        out.append("    <").append(element).append(" format=\"plain_text\"><text>").append(esc(value))
                .append("</text></").append(element).append(">\n");
    }

    private static void answer(StringBuilder out, String fraction, String text) {
        out.append("    <answer fraction=\"").append(fraction).append("\" format=\"plain_text\"><text>").append(esc(text))
                .append("</text><feedback format=\"plain_text\"><text></text></feedback></answer>\n");
    }

    private static void subquestion(StringBuilder out, String item, String match) {
        out.append("    <subquestion format=\"plain_text\"><text>").append(esc(item)).append("</text><answer><text>")
                .append(esc(match)).append("</text></answer></subquestion>\n");
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\r' -> b.append("&#13;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- reading

    /** An XML element with its line, attributes, text and children: enough of a tree to read a Moodle export. */
    private record El(String name, int line, Map<String, String> attrs, StringBuilder text, List<El> children) {

        El child(String n) {
            for (El c : children) {
                if (c.name.equals(n)) {
                    return c;
                }
            }
            return null;
        }

        List<El> all(String n) {
            return children.stream().filter(c -> c.name.equals(n)).toList();
        }

        /** The text of {@code <n><text>...</text></n>}, or of {@code <n>...</n>}, or null. */
        String textOf(String n) {
            El c = child(n);
            if (c == null) {
                return null;
            }
            El t = c.child("text");
            return (t != null ? t.text : c.text).toString();
        }
    }

    /**
     * Reads every question of a Moodle XML file. Questions of types Simak does not take (essay, description, cloze,
     * calculated, numerical with a tolerance …) are left out and listed in {@link QuestionFile#skipped()}; a numerical
     * question with exact answers becomes a cloze question. A file it cannot read is refused with the line.
     */
    public static QuestionFile read(String xml) throws FormatException {
        El quiz = parse(xml);
        if (!quiz.name.equals("quiz")) {
            throw new FormatException(quiz.line, "Berkas Moodle XML diawali <quiz>, bukan <" + quiz.name + ">.");
        }
        String setId = null;
        String title = null;
        List<Question> questions = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<SkippedQuestion> skipped = new ArrayList<>();
        String category = null;
        for (El q : quiz.all("question")) {
            String type = q.attrs.getOrDefault("type", "");
            if (type.equals("category")) {
                String path = q.textOf("category");
                String id = path == null ? null : GiftFormat.setIdOf(path.strip());
                if (id != null) {
                    setId = id;
                    title = q.textOf("info");
                } else {
                    category = path == null ? null : path.strip();
                }
                continue;
            }
            Question read = SUPPORTED.contains(type) ? question(q, type, category) : null;
            if (read != null) {
                questions.add(read);
                lines.add(q.line);
            } else {
                skipped.add(skipped(q, type));
            }
        }
        if (questions.isEmpty() && !skipped.isEmpty()) {
            throw new FormatException(skipped.get(0).line(), "Tidak ada soal yang bisa diimpor: "
                    + SkippedQuestion.summary(0, skipped));
        }
        questions = QuestionRules.distinctKeys(questions);
        QuestionRules.check(questions, lines);
        return new QuestionFile(setId, title == null || title.isBlank() ? null : title.strip(), null, null,
                questions, lines, skipped);
    }

    /** The types read here; numerical only with exact answers (otherwise {@link #question} answers null). */
    private static final List<String> SUPPORTED = List.of("multichoice", "truefalse", "shortanswer", "matching",
            "ordering", "numerical");

    private static SkippedQuestion skipped(El q, String type) {
        String name = q.textOf("name");
        if (name == null || name.isBlank()) {
            name = plain(q.child("questiontext"), q.textOf("questiontext"));
        }
        if (name != null) {
            name = name.strip().replaceAll("\\s+", " ");
            name = name.length() > 80 ? name.substring(0, 79) + "…" : name;
        }
        String kind = type.isBlank() ? "?" : type;
        String why = switch (kind) {
            case "essay" -> "esai dinilai guru, Simak hanya memeriksa jawaban yang pasti";
            case "description" -> "teks tanpa jawaban, bukan soal";
            case "numerical" -> "jawabannya angka dengan toleransi atau rentang";
            default -> "jenis soal ini tidak ada di Simak";
        };
        return new SkippedQuestion(q.line, kind, name == null || name.isBlank() ? null : name, why);
    }

    /** The question, or null for a numerical question Simak cannot grade (a tolerance, a range). */
    private static Question question(El q, String type, String category) throws FormatException {
        int line = q.line;
        String idnumber = q.textOf("idnumber");
        String name = q.textOf("name");
        String prompt = plain(q.child("questiontext"), q.textOf("questiontext"));
        if (prompt == null || prompt.isBlank()) {
            throw new FormatException(line, "Soal tanpa <questiontext>.");
        }
        String key = idnumber != null && !idnumber.isBlank() ? idnumber.strip()
                : QuestionRules.keyFrom(name != null && !name.isBlank() ? name : prompt);
        String feedback = plain(q.child("generalfeedback"), q.textOf("generalfeedback"));
        String explanation = feedback == null || feedback.isBlank() ? null : feedback;
        Skill named = null;
        Skill tagged = null;
        El tags = q.child("tags");
        if (tags != null) {
            for (El t : tags.all("tag")) {
                String tag = t.textOf("text") == null ? t.text.toString() : t.textOf("text");
                if (tag.strip().startsWith(SKILL_TAG)) {
                    String s = tag.strip().substring(SKILL_TAG.length()).toUpperCase(Locale.ROOT);
                    try {
                        named = Skill.valueOf(s);
                    } catch (IllegalArgumentException e) {
                        throw new FormatException(t.line, "Keterampilan \"" + s + "\" tidak dikenal.");
                    }
                } else if (tagged == null) {
                    tagged = ImportedSkill.named(tag);
                }
            }
        }
        if (named == null) {
            named = tagged != null ? tagged : ImportedSkill.named(category);
        }
        Skill skill = ImportedSkill.of(named, prompt);
        String evidenceText = q.textOf("evidence");
        Evidence evidence = evidenceText == null ? null : new Evidence(QuestionFile.UNKNOWN_SENTENCE, evidenceText);
        List<String[]> answers = new ArrayList<>();
        for (El a : q.all("answer")) {
            String fraction = a.attrs.getOrDefault("fraction", "0");
            String text = plain(a, a.textOf("text") != null ? a.textOf("text") : a.text.toString());
            answers.add(new String[] { fraction, text == null ? "" : text.strip(), String.valueOf(a.line) });
        }
        switch (type) {
            case "multichoice" -> {
                boolean single = !"false".equalsIgnoreCase(String.valueOf(q.textOf("single")).strip());
                List<String> choices = new ArrayList<>();
                List<String> right = new ArrayList<>();
                for (String[] a : answers) {
                    choices.add(a[1]);
                    if (fraction(a, key) > 0) {
                        right.add(a[1]);
                    }
                }
                return new Question(key, single ? QuestionType.MULTIPLE_CHOICE : QuestionType.MULTIPLE_RESPONSE, skill,
                        prompt, List.of(), choices, right, explanation, evidence);
            }
            case "truefalse" -> {
                String right = null;
                for (String[] a : answers) {
                    if (fraction(a, key) > 0) {
                        right = a[1].equalsIgnoreCase("true") ? QuestionRules.TRUE_FALSE.get(0)
                                : QuestionRules.TRUE_FALSE.get(1);
                    }
                }
                if (right == null) {
                    throw new FormatException(line, "Soal benar/salah \"" + key + "\" tanpa jawaban benar.");
                }
                return new Question(key, QuestionType.TRUE_FALSE, skill, prompt, List.of(), QuestionRules.TRUE_FALSE,
                        List.of(right), explanation, evidence);
            }
            case "shortanswer" -> {
                List<String> accepted = new ArrayList<>();
                for (String[] a : answers) {
                    if (fraction(a, key) >= 100) {
                        accepted.add(a[1]);
                    }
                }
                // Moodle's own gap is five underscores or more; ours is four.
                String gapped = prompt.contains(QuestionRules.GAP) ? prompt.replaceFirst("_{4,}", QuestionRules.GAP)
                        : prompt + " " + QuestionRules.GAP;
                return new Question(key, QuestionType.CLOZE, skill, gapped, List.of(), List.of(), accepted,
                        explanation, evidence);
            }
            case "matching" -> {
                List<String> items = new ArrayList<>();
                List<String> answer = new ArrayList<>();
                List<String> extra = new ArrayList<>();
                for (El s : q.all("subquestion")) {
                    String item = plain(s, s.textOf("text") == null ? "" : s.textOf("text"));
                    String match = s.textOf("answer");
                    if (match == null || match.isBlank()) {
                        throw new FormatException(s.line, "Pasangan soal menjodohkan \"" + key + "\" kosong.");
                    }
                    if (item == null || item.isBlank()) {
                        extra.add(match.strip());
                    } else {
                        items.add(item.strip());
                        answer.add(match.strip());
                    }
                }
                List<String> choices = new ArrayList<>();
                for (String a : answer) {
                    if (!choices.contains(a)) {
                        choices.add(a);
                    }
                }
                choices.addAll(extra);
                return new Question(key, QuestionType.MATCHING, skill, prompt, items, choices, answer, explanation,
                        evidence);
            }
            case "numerical" -> {
                List<String> exact = new ArrayList<>();
                for (El a : q.all("answer")) {
                    double fraction = fraction(new String[] { a.attrs.getOrDefault("fraction", "0"), "",
                        String.valueOf(a.line) }, key);
                    String value = a.textOf("text") == null ? a.text.toString().strip() : a.textOf("text").strip();
                    if (fraction < 100 || value.equals("*")) {
                        continue;
                    }
                    String tolerance = a.textOf("tolerance");
                    try {
                        Double.parseDouble(value);
                        if (tolerance != null && !tolerance.isBlank() && Double.parseDouble(tolerance.strip()) != 0) {
                            return null;
                        }
                    } catch (NumberFormatException e) {
                        throw new FormatException(a.line, "Soal numerik \"" + key + "\": \"" + value
                                + "\" bukan angka.");
                    }
                    if (!exact.contains(value)) {
                        exact.add(value);
                    }
                }
                if (exact.isEmpty()) {
                    return null;
                }
                String gapped = prompt.contains(QuestionRules.GAP) ? prompt.replaceFirst("_{4,}", QuestionRules.GAP)
                        : prompt + " " + QuestionRules.GAP;
                return new Question(key, QuestionType.CLOZE, skill, gapped, List.of(), List.of(), exact, explanation,
                        evidence);
            }
            case "ordering" -> {
                List<String> choices = new ArrayList<>();
                List<String[]> sorted = new ArrayList<>(answers);
                for (String[] a : answers) {
                    choices.add(a[1]);
                    fraction(a, key);
                }
                sorted.sort((x, y) -> Double.compare(Double.parseDouble(x[0]), Double.parseDouble(y[0])));
                return new Question(key, QuestionType.ORDERING, skill, prompt, List.of(), choices,
                        sorted.stream().map(a -> a[1]).toList(), explanation, evidence);
            }
            default -> throw new FormatException(line, "Jenis soal Moodle \"" + type + "\" tidak didukung; yang bisa: "
                    + "multichoice, truefalse, shortanswer, matching, ordering.");
        }
    }

    private static double fraction(String[] a, String key) throws FormatException {
        try {
            return Double.parseDouble(a[0]);
        } catch (NumberFormatException e) {
            throw new FormatException(Integer.parseInt(a[2]), "Soal \"" + key + "\": fraction=\"" + a[0]
                    + "\" bukan angka.");
        }
    }

    /** Text of an element whose format is HTML made plain (tags removed, entities read); other formats as they are. */
    private static String plain(El element, String text) {
        if (text == null) {
            return null;
        }
        String format = element == null ? "" : element.attrs.getOrDefault("format", "");
        if (!format.equals("html") && !format.equals("moodle_auto_format")) {
            return text;
        }
        return HtmlText.plain(text);
    }

    private static El parse(String xml) throws FormatException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(new StringReader(xml));
            List<El> stack = new ArrayList<>();
            El root = null;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Map<String, String> attrs = new LinkedHashMap<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        El el = new El(r.getLocalName(), r.getLocation().getLineNumber(), attrs, new StringBuilder(),
                                new ArrayList<>());
                        if (stack.isEmpty()) {
                            root = el;
                        } else {
                            stack.get(stack.size() - 1).children.add(el);
                        }
                        stack.add(el);
                    }
                    case XMLStreamConstants.END_ELEMENT -> stack.remove(stack.size() - 1);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) {
                            stack.get(stack.size() - 1).text.append(r.getText());
                        }
                    }
                    default -> {
                    }
                }
            }
            if (root == null) {
                throw new FormatException(1, "Berkas kosong.");
            }
            return root;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
            String why = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[[^]]*]\\s*"
                    + "Message: ", "");
            throw new FormatException(line, "XML tidak dapat dibaca: " + why.strip());
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // nothing left to read
                }
            }
        }
    }
}
