package id.simak.quiz.format;

/** HTML of another program's question (Moodle's html format) made plain text: tags removed, entities read. */
final class HtmlText {

    private HtmlText() {
    }

    static String plain(String html) {
        String t = html.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</p>\\s*<p[^>]*>", "\n")
                .replaceAll("<[^>]+>", "");
        return t.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").strip();
    }
}
