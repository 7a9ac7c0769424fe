package id.simak.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one Indonesian news text into an {@link ArticleAnalysis}; thread-safe, build once and reuse. */
public final class ArticleAnalyzer {

    private final PosTagger tagger;
    private final NameFinder finder;

    private final CountryNames countries = new CountryNames();
    private final PlaceExtractor placeExtractor = new PlaceExtractor(countries);
    private final PersonExtractor personExtractor;
    private final NumberExtractor numberExtractor = new NumberExtractor(placeExtractor);
    private final VocabularyExtractor vocabulary;
    private final Lexicon lexicon;

    /** An analyzer with the shared default models ({@link PosTagger#loadDefault()}, {@link NameFinder#loadDefault()}). */
    public ArticleAnalyzer(Lexicon lexicon) {
        this(lexicon, PosTagger.loadDefault(), NameFinder.loadDefault());
    }

    /** An analyzer with these models; either may be null, and the rules then work without it. */
    public ArticleAnalyzer(Lexicon lexicon, PosTagger tagger, NameFinder finder) {
        this.tagger = tagger;
        this.finder = finder;
        this.personExtractor = new PersonExtractor(countries, lexicon);
        this.vocabulary = new VocabularyExtractor(lexicon);
        this.lexicon = lexicon;
    }

    private static final Pattern ESCAPED_MARK = Pattern.compile("\\\\([\"“”'‘’])");
    // "<span;>Salah satunya, ...": a broken tag left by the page's editor, which no writer meant; whole tags a teacher
    // pasted ("<b>tebal</b>") stay as written, shown as text.
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]{0,9};[^<>\\n]{0,40}>");
    // "Bupati Bondowoso KH.Salwa Arifin": a title's full stop glued to the name it goes with.
    private static final Pattern GLUED_TITLE = Pattern.compile("(?<![\\p{L}.])(KH|Hj|Dr|Drs|Dra|Ir|Prof|dr|drg)\\.(?=\\p{Lu}\\p{Ll}{2,}\\s)");
    // "sebanyak 27. 690 orang", "Rp135. 449.985": a page's stray space after a thousands point splits one figure in two.
    private static final Pattern SPLIT_FIGURE = Pattern.compile("(?<![\\d.,])(\\d{1,3})\\. (\\d{3}(?:\\.\\d{3})*)(?=[\\s.,;:)]|$)(?!\\s*\\p{Lu})");

    /**
     * The text with a page's slips of form mended: escaped quotation marks, a figure split by a space, markup, a title
     * glued to its name, a closing quotation mark glued to the next word.
     */
    private static String mended(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        t = ESCAPED_MARK.matcher(t).replaceAll("$1");
        t = SPLIT_FIGURE.matcher(t).replaceAll("$1.$2");
        t = HTML_TAG.matcher(t).replaceAll("");
        return closingMarksApart(GLUED_TITLE.matcher(t).replaceAll("$1. "));
    }

    /** '... tahun 2021"ungkap Budi': a closing quotation mark typed against the verb that attributes the quote. */
    private static String closingMarksApart(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            if (c == '\n') {
                open = false;
            } else if (c == '"') {
                open = !open;
                if (!open && i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1))) {
                    out.append(' ');
                }
            } else if (c == '”' && i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1))) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** Analyses a text; null or empty text gives an empty analysis. */
    public ArticleAnalysis analyze(String text) {
        // ("\”Kami berharap ...,\” katanya": a page's escaped quotation marks are quotation marks)
        String source = SentenceSplitter.joinSoftWraps(text == null ? "" : mended(text));
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(source);
        DatelineParser.Found datelineFound = DatelineParser.find(source);
        Dateline found = datelineFound == null ? null : datelineFound.dateline();
        int datelineSentence = datelineFound == null ? -1 : SentenceSplitter.sentenceAt(spans, datelineFound.start());
        spans = beforeDateline(spans, datelineSentence);
        List<Sentence> sentences = spans.stream().map(SentenceSplitter.Span::sentence).toList();
        String published = found == null || found.date() == null ? publishedOn(sentences) : null;
        Dateline dateline = published == null ? found : found == null ? new Dateline(null, published, null, null)
                : new Dateline(found.place(), published, found.agency(), found.text());

        List<DateExtractor.Found> dates = DateExtractor.extract(spans, dateline);
        // The models read each body and caption sentence once; people, quotes and words share the reading.
        List<TaggedSentence> tagged = read(spans, tagger, finder);
        List<Acronym> acronyms = AcronymExtractor.extract(spans);
        PersonExtractor.People people = personExtractor.extract(spans, tagged, acronyms);
        Set<String> nameWords = people.nameWords();
        List<PlaceExtractor.Found> placeMentions = placeExtractor.mentions(spans, nameWords);
        List<PlaceExtractor.Found> allPlaces = withDatelinePlace(source, datelineFound, datelineSentence,
                placeMentions);
        List<QuoteExtractor.Found> direct = QuoteExtractor.extract(source, spans, people);
        List<QuoteExtractor.Found> quotes = new ArrayList<>(direct);
        quotes.addAll(ReportedSpeech.extract(source, spans, people, direct));
        quotes.sort(java.util.Comparator.comparingInt(QuoteExtractor.Found::start));
        // The dateline's own date is when the story was filed, not when a visit happened.
        List<DateExtractor.Found> storyDates = datelineFound == null ? dates : dates.stream()
                .filter(f -> f.mention().sentence() != datelineSentence || f.start() >= dateline.text().length())
                .toList();
        List<Visit> visits = VisitExtractor.extract(spans, people, placeMentions, storyDates,
                dateline == null ? null : dateline.place());

        List<NumberMention> numbers = new ArrayList<>();
        int d = 0;
        for (SentenceSplitter.Span span : spans) {
            int index = span.sentence().index();
            List<DateExtractor.Found> here = new ArrayList<>();
            while (d < dates.size() && dates.get(d).mention().sentence() < index) {
                d++;
            }
            for (int k = d; k < dates.size() && dates.get(k).mention().sentence() == index; k++) {
                here.add(dates.get(k));
            }
            // A title repeats the body's figures in capitals ("1.250 Warga"); the body says them with units.
            if (span.sentence().isReadable()) {
                numbers.addAll(numberExtractor.extract(span.sentence(), here));
            }
        }

        List<Enumeration> lists = EnumerationExtractor.extract(spans, direct, lexicon);
        // "para anggota Forkopimda (Forum Komunikasi Pimpinan Daerah)": a short form the text spells out is a body.
        Map<String, String> renamed = new HashMap<>();
        List<Person> officeless = PersonExtractor.officeWordsIntoRoles(people.persons(), lexicon, renamed);
        // "Budinya" for "Budi" with the possessive glued on: the person already known.
        Set<String> glued = new java.util.HashSet<>();
        for (Person p : officeless) {
            Person owner = possessorOf(p, officeless);
            if (owner != null) {
                renamed.put(p.name(), owner.name());
                glued.add(p.name());
            }
        }
        List<Person> persons = officeless.stream()
                .filter(p -> acronyms.stream().noneMatch(a -> a.shortForm().equals(p.name())))
                .filter(p -> !glued.contains(p.name())).toList();
        // A speaker or a visitor named by a run of a person's own words ("Suganda", "Rusdi") is that person, under the
        // whole name; this matters most for a name completed from the words of a role ("Dr. Suganda" + "Pandapotan
        // Pasaribu"), which the quotes and visits were read with before.
        Map<String, String> wholeName = new HashMap<>(renamed);
        for (Person p : persons) {
            for (String m : p.mentions()) {
                if (!m.equals(p.name()) && (p.name().endsWith(" " + m) || p.name().startsWith(m + " "))) {
                    wholeName.putIfAbsent(m, p.name());
                }
            }
        }
        // Someone the office words showed to be no person ("Menteri Pengangkutan Sarawak") visits and speaks no more.
        Set<String> nobody = new java.util.HashSet<>();
        for (Person p : people.persons()) {
            if (!renamed.containsKey(p.name()) && persons.stream().noneMatch(q -> q.name().equals(p.name()))) {
                nobody.add(p.name());
            }
        }
        visits = visits.stream().filter(v -> !nobody.contains(v.visitor())).toList();
        // "Menteri Pengangkutan Sarawak, Malaysia, ... kunjungan resmi ke Pontianak": the country of the visitor's
        // office is where they come from, not where they go.
        visits = visits.stream().map(v -> {
            String role = persons.stream().filter(q -> q.name().equals(v.visitor()) || q.mentions().contains(v.visitor()))
                    .map(Person::role).filter(java.util.Objects::nonNull).findFirst().orElse("");
            List<String> places = v.places().stream().filter(pl -> !(" " + role + " ").replaceAll("[,.]", " ")
                    .contains(" " + pl + " ")).toList();
            return places.isEmpty() || places.size() == v.places().size() ? v
                    : new Visit(v.visitor(), places, v.when(), v.sentence(), v.kind());
        }).toList();
        quotes = quotes.stream().map(f -> f.quote().speaker() != null && nobody.contains(f.quote().speaker())
                ? new QuoteExtractor.Found(new Quote(f.quote().text(), null, f.quote().sentence(), f.quote().reported()), f.start(), f.end()) : f).toList();
        visits = visits.stream().map(v -> wholeName.containsKey(v.visitor())
                ? new Visit(wholeName.get(v.visitor()), v.places(), v.when(), v.sentence(), v.kind()) : v).toList();
        List<Quote> quoted = quotes.stream().map(QuoteExtractor.Found::quote).map(q -> q.speaker() != null
                && wholeName.containsKey(q.speaker()) ? new Quote(q.text(), wholeName.get(q.speaker()), q.sentence(), q.reported()) : q).toList();
        return new ArticleAnalysis(
                sentences,
                dateline,
                dates.stream().filter(DateExtractor.Found::reported).map(DateExtractor.Found::mention).toList(),
                PlaceExtractor.distinct(withListedPlaces(allPlaces, lists, sentences)),
                persons,
                visits,
                quoted,
                lists,
                numbers,
                acronyms,
                vocabulary.extract(spans, tagged, nameWords),
                entities(tagged),
                Credits.without(Credits.read(source, lexicon), persons));
    }

    /** Each sentence as the models read it, in the order of {@code spans}. */
    static List<TaggedSentence> read(List<SentenceSplitter.Span> spans, PosTagger tagger, NameFinder finder) {
        List<TaggedSentence> out = new ArrayList<>(spans.size());
        for (SentenceSplitter.Span span : spans) {
            out.add(TaggedSentence.read(span.sentence(), tagger, finder));
        }
        return out;
    }

    private static List<Entity> entities(List<TaggedSentence> tagged) {
        List<Entity> out = new ArrayList<>();
        for (TaggedSentence t : tagged) {
            for (NameFinder.Name name : t.names()) {
                out.add(new Entity(t.text(name), Entity.Kind.valueOf(name.kind().name()), t.sentence().index(),
                        name.probability()));
            }
        }
        return out;
    }

    /** The person whose mention a one-word "name" is with "-nya" glued on ("Budinya" of "Budi"), or null. */
    private static Person possessorOf(Person p, List<Person> all) {
        String name = p.name();
        if (name.contains(" ") || !name.endsWith("nya") || name.length() < 6 || p.role() != null) {
            return null;
        }
        String stem = name.substring(0, name.length() - 3);
        return all.stream().filter(o -> o != p && (o.mentions().contains(stem) || o.name().startsWith(stem + " ")
                || o.name().endsWith(" " + stem))).findFirst().orElse(null);
    }

    /**
     * The story starts at its dateline: a paragraph of whole sentences between the title and the dateline is a
     * photo's caption or a teaser of the page ("BUPATI X melakukan gunting pita ... Senin (31/12). Foto/Nama"),
     * read as a caption, not as the story. The first paragraph (the title) keeps its kind.
     */
    private static List<SentenceSplitter.Span> beforeDateline(List<SentenceSplitter.Span> spans, int datelineSentence) {
        if (datelineSentence <= 0) {
            return spans;
        }
        int storyParagraph = spans.get(datelineSentence).sentence().paragraph();
        int titleParagraph = spans.get(0).sentence().paragraph();
        List<SentenceSplitter.Span> out = new ArrayList<>(spans);
        for (int i = 0; i < datelineSentence; i++) {
            Sentence s = spans.get(i).sentence();
            if (s.kind() == Sentence.Kind.BODY && s.paragraph() != storyParagraph && s.paragraph() != titleParagraph) {
                out.set(i, new SentenceSplitter.Span(new Sentence(s.index(), s.text(), Sentence.Kind.CAPTION, s.paragraph()),
                        spans.get(i).start(), spans.get(i).end()));
            }
        }
        return out;
    }

    /**
     * The dateline's place is a city of the story; when the body never names it again it is listed as the
     * dateline writes it ("MEDAN"), so its text stays the article's own words.
     */
    private List<PlaceExtractor.Found> withDatelinePlace(String source, DatelineParser.Found found, int sentence,
                                                         List<PlaceExtractor.Found> mentions) {
        if (found == null || sentence < 0 || found.dateline().place() == null) {
            return mentions;
        }
        String place = found.dateline().place();
        for (PlaceExtractor.Found f : mentions) {
            if (f.place().text().equalsIgnoreCase(place)) {
                return mentions;
            }
        }
        // The place need not open the dateline ("TEMPO.CO, Brebes -").
        int offset = Math.max(0, found.dateline().text().toLowerCase(Locale.ROOT).indexOf(place.toLowerCase(Locale.ROOT)));
        int from = found.start() + offset;
        String written = source.substring(from, Math.min(source.length(), from + place.length()));
        String code = countries.codeOf(place);
        List<PlaceExtractor.Found> all = new ArrayList<>();
        all.add(new PlaceExtractor.Found(new Place(written, code != null ? Place.Kind.COUNTRY : Place.Kind.CITY, code,
                sentence), sentence, 0, written.length()));
        all.addAll(mentions);
        return all;
    }

    /**
     * "Aceh, Jawa Barat, Jawa Tengah, dan Banten": in a list of names where one is a known place, the others
     * are places of the same kind.
     */
    private static List<PlaceExtractor.Found> withListedPlaces(List<PlaceExtractor.Found> places, List<Enumeration> lists,
                                                               List<Sentence> sentences) {
        List<PlaceExtractor.Found> out = new ArrayList<>(places);
        for (Enumeration list : lists) {
            if (!list.items().stream().allMatch(i -> Character.isUpperCase(i.codePointAt(0)) && i.split(" ").length <= 3)) {
                continue;
            }
            Place.Kind named = kindNamedBefore(list, sentences);
            // The kind most of the known items have: "Papua, Timor Leste, India, Prancis" lists countries.
            Map<Place.Kind, Integer> kinds = new EnumMap<>(Place.Kind.class);
            Place.Kind known = null;
            for (String item : list.items()) {
                for (PlaceExtractor.Found f : places) {
                    if (f.sentence() == list.sentence() && item.equalsIgnoreCase(f.place().text())) {
                        int n = kinds.merge(f.place().kind(), 1, Integer::sum);
                        if (known == null || n > kinds.get(known)) {
                            known = f.place().kind();
                        }
                        break;
                    }
                }
            }
            if (known == null) {
                known = named;
            }
            if (known == null) {
                continue;
            }
            for (String item : list.items()) {
                if (places.stream().noneMatch(f -> f.place().text().equalsIgnoreCase(item))) {
                    out.add(new PlaceExtractor.Found(new Place(item, known, null, list.sentence()), list.sentence(), 0, 0));
                }
            }
        }
        return out;
    }

    // "melanda 9 kecamatan di Kota Medan yakni Medan Johor, ...", "desa-desa yang dikunjungi yaitu Kaliglagah, ...":
    // a noun of places shortly before a list of names says what the names are.
    // A line of the page that only says when the story was published: "06 Oktober 2019 12:45", "Senin, 3 Januari
    // 2011 | 09.30 WIB".
    private static final Pattern PUBLISHED = Pattern.compile("(?iu)\\s*(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)"
            + "\\s*,?\\s*)?\\d{1,2}\\s+(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november"
            + "|desember)\\s+(?:19|20)\\d\\d(?:\\s*[,|\\-–]?\\s*(?:pukul\\s*)?\\d{1,2}[:.]\\d{2}(?:\\s*(?:WIB|WITA|WIT))?)?\\s*");

    /**
     * The day a line of page furniture before the story says it was published, when the dateline gives none: the
     * day the story's "Sabtu (5/10)" and "kemarin" count from. Null when there is no such line.
     */
    static String publishedOn(List<Sentence> sentences) {
        // Among the lines that open the page: the headline, a caption, the date, the dateline's paragraph.
        for (Sentence s : sentences.subList(0, Math.min(4, sentences.size()))) {
            if (!s.isBody() && PUBLISHED.matcher(s.text()).matches()) {
                String value = DateExtractor.valueOf(s.text());
                return value != null && value.matches("\\d{4}-\\d{2}-\\d{2}") ? value : null;
            }
        }
        return null;
    }

    private static final Pattern PLACE_NOUN_BEFORE = Pattern.compile(
            "(?iu)\\b(?<noun>kecamatan|desa|desa-desa|kelurahan|dusun|kampung|kabupaten|kota|provinsi)"
            + "\\b(?:\\s+[\\p{L}\\d()/-]+){0,7}?\\s*[,:]?\\s*(?:yakni|yaitu|ialah|antara lain|meliputi|di antaranya|seperti|:)\\s*$");

    /** The kind of place a noun right before the list names its items as, or null. */
    private static Place.Kind kindNamedBefore(Enumeration list, List<Sentence> sentences) {
        if (list.inQuote() || list.sentence() < 0 || list.sentence() >= sentences.size()) {
            return null;
        }
        String text = sentences.get(list.sentence()).text();
        int at = text.indexOf(list.items().get(0));
        if (at <= 0) {
            return null;
        }
        Matcher m = PLACE_NOUN_BEFORE.matcher(text.substring(Math.max(0, at - 120), at));
        return m.find() ? Place.Kind.CITY : null;
    }

    /** Prints a summary of the analysis of a UTF-8 text file: {@code ArticleAnalyzer path}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ArticleAnalyzer <article.txt>");
            System.exit(2);
        }
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        HunspellLexicon lexicon = HunspellLexicon.loadDefault();
        ArticleAnalyzer analyzer = new ArticleAnalyzer(lexicon);
        long start = System.nanoTime();
        ArticleAnalysis a = analyzer.analyze(text);
        long first = System.nanoTime() - start;
        System.out.println(summary(a));
        System.out.printf(Locale.ROOT, "lexicon loaded in %d ms; first analysis %.1f ms%n", lexicon.loadMillis(), first / 1e6);
    }

    /** A human-readable listing of everything found. */
    public static String summary(ArticleAnalysis a) {
        StringBuilder out = new StringBuilder();
        out.append("sentences: ").append(a.sentences().size()).append('\n');
        for (Sentence s : a.sentences()) {
            if (s.kind() != Sentence.Kind.BODY) {
                out.append("  ").append(s.kind()).append(" #").append(s.index()).append(": ").append(s.text()).append('\n');
            }
        }
        out.append("dateline: ").append(a.dateline()).append('\n');
        section(out, "dates", a.dates());
        section(out, "places", a.places());
        section(out, "people", a.people());
        section(out, "credits", a.credits());
        section(out, "visits", a.visits());
        section(out, "quotes", a.quotes());
        section(out, "lists", a.lists());
        section(out, "numbers", a.numbers());
        section(out, "acronyms", a.acronyms());
        section(out, "entities", a.entities());
        out.append("words: ").append(a.words().size()).append('\n');
        for (WordInfo w : a.words()) {
            out.append("  ").append(w.word()).append(" -> ").append(w.root()).append(" (").append(w.difficulty())
                    .append(") ").append(w.synonyms()).append('\n');
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<?> items) {
        out.append(title).append(": ").append(items.size()).append('\n');
        for (Object item : items) {
            out.append("  ").append(item).append('\n');
        }
    }
}
