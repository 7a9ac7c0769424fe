package id.simak.quiz.format;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import id.simak.generate.Evidence;
import id.simak.generate.Question;
import id.simak.generate.QuestionType;
import id.simak.generate.Skill;

/**
 * The Simak set file ({@code quizzes/*.yaml}, described in {@code docs/quiz-format.md}): reads any YAML spelling of
 * it with the line of every value, and writes the one canonical spelling, so that a canonical file read and written
 * again is the same, byte for byte.
 */
public final class SimakYaml {

    private static final List<String> SET_KEYS = List.of("id", "title", "article", "status", "questions");
    private static final List<String> QUESTION_KEYS = List.of("id", "type", "skill", "prompt", "items", "choices",
            "answer", "explanation", "evidence");
    private static final Set<String> STATUSES = Set.of(QuestionFile.DRAFT, QuestionFile.PUBLISHED);
    private static final Resolver RESOLVER = new Resolver();
    static final int MAX_TITLE = 300;

    private SimakYaml() {
    }

    // ---------------------------------------------------------------- reading

    /** Reads and checks a set file; nothing is returned unless the whole file is right. */
    public static QuestionFile read(String text) throws FormatException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(4_000_000);
        options.setNestingDepthLimit(20);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            // Where the broken construct began (an unclosed quote or list) names the place to fix better than
            // where the reader gave up, which may be the end of the file.
            int line = e.getContextMark() != null ? e.getContextMark().getLine() + 1
                    : e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            throw new FormatException(line, "YAML tidak dapat dibaca: " + e.getProblem() + context + ".");
        } catch (YAMLException e) {
            throw new FormatException(1, "YAML tidak dapat dibaca: " + e.getMessage() + ".");
        }
        if (root == null) {
            throw new FormatException(1, "Berkas kosong.");
        }
        Map<String, Node> set = mapping(root, SET_KEYS, "Berkas set soal");
        String id = required(set, root, "id");
        QuestionRules.checkSetId(id, line(set.get("id")));
        String title = required(set, root, "title");
        if (title.length() > MAX_TITLE) {
            throw new FormatException(line(set.get("title")), "Judul set lebih dari " + MAX_TITLE + " karakter.");
        }
        String article = optional(set, "article");
        String status = optional(set, "status");
        if (status == null) {
            status = QuestionFile.DRAFT;
        } else if (!STATUSES.contains(status)) {
            throw new FormatException(line(set.get("status")), "Status \"" + status + "\" tidak dikenal: pilih draft "
                    + "atau published.");
        }
        Node questionsNode = set.get("questions");
        if (questionsNode == null) {
            throw new FormatException(line(root), "Berkas tidak punya daftar soal (questions).");
        }
        if (!(questionsNode instanceof SequenceNode seq)) {
            throw new FormatException(line(questionsNode), "\"questions\" harus berupa daftar soal.");
        }
        List<Question> questions = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<Map<String, Integer>> fieldLines = new ArrayList<>();
        for (Node n : seq.getValue()) {
            questions.add(question(n));
            lines.add(line(n));
            Map<String, Integer> fields = new HashMap<>();
            for (NodeTuple t : ((MappingNode) n).getValue()) {
                fields.put(((ScalarNode) t.getKeyNode()).getValue(), line(t.getValueNode()));
            }
            fieldLines.add(fields);
        }
        QuestionRules.check(questions, lines, fieldLines);
        return new QuestionFile(id, title, article, status, questions, lines);
    }

    private static Question question(Node node) throws FormatException {
        Map<String, Node> q = mapping(node, QUESTION_KEYS, "Setiap soal");
        String id = required(q, node, "id");
        QuestionType type = constant(QuestionType.class, required(q, node, "type"), q.get("type"), "Jenis soal");
        Skill skill = constant(Skill.class, required(q, node, "skill"), q.get("skill"), "Keterampilan");
        String prompt = required(q, node, "prompt");
        String evidence = optional(q, "evidence");
        return new Question(id, type, skill, prompt, list(q, "items"), list(q, "choices"), list(q, "answer"),
                optional(q, "explanation"),
                evidence == null ? null : new Evidence(QuestionFile.UNKNOWN_SENTENCE, evidence));
    }

    private static Map<String, Node> mapping(Node node, List<String> allowed, String what) throws FormatException {
        if (!(node instanceof MappingNode map)) {
            throw new FormatException(line(node), what + " harus berupa pasangan kunci: nilai.");
        }
        Map<String, Node> out = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw new FormatException(line(t.getKeyNode()), "Kunci harus berupa teks.");
            }
            String key = k.getValue();
            if (!allowed.contains(key)) {
                throw new FormatException(line(k), "Kunci \"" + key + "\" tidak dikenal; yang boleh: "
                        + String.join(", ", allowed) + ".");
            }
            if (out.put(key, t.getValueNode()) != null) {
                throw new FormatException(line(k), "Kunci \"" + key + "\" muncul dua kali.");
            }
        }
        return out;
    }

    private static String required(Map<String, Node> map, Node owner, String key) throws FormatException {
        String value = optional(map, key);
        if (value == null || value.isBlank()) {
            Node n = map.get(key);
            throw new FormatException(line(n == null ? owner : n), "Nilai \"" + key + "\" wajib diisi.");
        }
        return value;
    }

    private static String optional(Map<String, Node> map, String key) throws FormatException {
        Node n = map.get(key);
        return n == null ? null : scalar(n, key);
    }

    private static String scalar(Node n, String key) throws FormatException {
        if (!(n instanceof ScalarNode s)) {
            throw new FormatException(line(n), "\"" + key + "\" harus berupa teks, bukan daftar atau pasangan.");
        }
        if (Tag.NULL.equals(s.getTag()) || s.getValue().isEmpty() && s.isPlain()) {
            return null;
        }
        return s.getValue();
    }

    private static List<String> list(Map<String, Node> map, String key) throws FormatException {
        Node n = map.get(key);
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof SequenceNode seq)) {
            throw new FormatException(line(n), "\"" + key + "\" harus berupa daftar (baris-baris \"- ...\").");
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            String s = scalar(item, key);
            if (s == null || s.isBlank()) {
                throw new FormatException(line(item), "Isi \"" + key + "\" tidak boleh kosong.");
            }
            out.add(s);
        }
        return out;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, Node node, String what)
            throws FormatException {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                names.add(c.name());
            }
            throw new FormatException(line(node), what + " \"" + value + "\" tidak dikenal; yang ada: "
                    + String.join(", ", names) + ".");
        }
    }

    private static int line(Node n) {
        return n.getStartMark() == null ? 1 : n.getStartMark().getLine() + 1;
    }

    // ---------------------------------------------------------------- writing

    /** The canonical spelling: fixed key order, block lists, plain scalars where YAML reads them back as text. */
    public static String write(QuestionFile file) {
        StringBuilder out = new StringBuilder();
        entry(out, "", "id", file.setId());
        entry(out, "", "title", file.title());
        if (file.article() != null) {
            entry(out, "", "article", file.article());
        }
        entry(out, "", "status", file.status() == null ? QuestionFile.DRAFT : file.status());
        out.append("questions:\n");
        boolean first = true;
        for (Question q : file.questions()) {
            if (!first) {
                out.append('\n');
            }
            first = false;
            out.append("  - ");
            entryValue(out, "id", q.id());
            entry(out, "    ", "type", q.type().name());
            entry(out, "    ", "skill", q.skill().name());
            entry(out, "    ", "prompt", q.prompt());
            sequence(out, "items", q.items());
            sequence(out, "choices", q.choices());
            sequence(out, "answer", q.answer());
            if (q.explanation() != null && !q.explanation().isEmpty()) {
                entry(out, "    ", "explanation", q.explanation());
            }
            if (q.evidence() != null && q.evidence().text() != null && !q.evidence().text().isEmpty()) {
                entry(out, "    ", "evidence", q.evidence().text());
            }
        }
        return out.toString();
    }

    private static void entry(StringBuilder out, String indent, String key, String value) {
        out.append(indent);
        entryValue(out, key, value);
    }

    private static void entryValue(StringBuilder out, String key, String value) {
        out.append(key).append(": ").append(scalar(value)).append('\n');
    }

    private static void sequence(StringBuilder out, String key, List<String> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        out.append("    ").append(key).append(":\n");
        for (String v : values) {
            out.append("      - ").append(scalar(v)).append('\n');
        }
    }

    /** A scalar as written: plain when that reads back as the same text, double-quoted otherwise. */
    static String scalar(String s) {
        return isPlainSafe(s) ? s : quoted(s);
    }

    private static boolean isPlainSafe(String s) {
        if (s.isEmpty() || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) {
            return false;
        }
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(s.charAt(0)) >= 0) {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || s.endsWith(":")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == '\u2028' || c == '\u2029' || c == '\ufeff') {
                return false;
            }
        }
        return Tag.STR.equals(RESOLVER.resolve(NodeId.scalar, s, true));
    }

    private static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == '\u2028' || c == '\u2029'
                            || c == '\ufeff') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
