package id.simak.quiz;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.security.identity.SecurityIdentity;

import id.simak.account.Account;
import id.simak.article.Article;
import id.simak.generate.Question;
import id.simak.quiz.format.AnkiText;
import id.simak.quiz.format.CsvQuestions;
import id.simak.quiz.format.FormatException;
import id.simak.quiz.format.GiftFormat;
import id.simak.quiz.format.MoodleXml;
import id.simak.quiz.format.QuestionFile;
import id.simak.quiz.format.SimakYaml;
import id.simak.quiz.format.SkippedQuestion;
import id.simak.web.ApiException;
import id.simak.web.Problem;
import id.simak.web.SimakConfig;
import id.simak.web.TextRules;

/**
 * A teacher's question sets as files: export in the Simak set format, GIFT, Moodle XML or as an Anki text file;
 * import from the Simak format, GIFT, Moodle XML or CSV into a new set or one of the teacher's own sets.
 */
@Path("/api")
@RolesAllowed("TEACHER")
@SecurityRequirement(name = "basic")
@Tag(name = "Berkas soal")
public class ExchangeResource {

    @Inject
    QuestionSetFiles files;

    @Inject
    SimakConfig config;

    @Inject
    SecurityIdentity identity;

    @Inject
    DraftWorker worker;

    /** The formats of export, with their content type and file name ending. */
    enum ExportFormat {
        SIMAK("application/yaml; charset=UTF-8", ".yaml"),
        GIFT("text/plain; charset=UTF-8", ".gift.txt"),
        MOODLE("application/xml; charset=UTF-8", ".moodle.xml"),
        ANKI("text/tab-separated-values; charset=UTF-8", ".anki.txt");

        final String contentType;
        final String ending;

        ExportFormat(String contentType, String ending) {
            this.contentType = contentType;
            this.ending = ending;
        }
    }

    /** A question of the file left out, as the API answers it: its line, its type in the file, its name, why. */
    public record Skipped(int line, String type, String label, String name, String reason) {}

    /**
     * What an import did, as the API answers it: {@code imported} questions are in the set, {@code skipped} ones
     * (types Simak does not take) were left out; {@code summary} says both in one sentence.
     */
    public record Imported(long setId, String setKey, String title, boolean created, int added, int updated,
            int removed, int unchanged, int imported, List<Skipped> skipped, String summary) {}

    /** Problem JSON of a malformed file, with the line where the problem is. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FileProblem(String type, String title, int status, String detail, String instance, int line) {}

    /** A file refused while importing, carried out of the transaction so that it is rolled back. */
    static final class FileRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FileRefused(FormatException cause) {
            super(cause.getMessage(), cause);
        }

        FormatException format() {
            return (FormatException) getCause();
        }
    }

    /**
     * A file is held to the rules of the forms ({@link TextRules}): no control character, bidi override or lone
     * surrogate in its title or any text of a question, and no text of only invisible characters.
     */
    static void refuseHiddenCharacters(QuestionFile file) throws FormatException {
        String title = TextRules.problem(file.title());
        if (title != null) {
            throw new FormatException(1, "Judul set: " + title);
        }
        for (int i = 0; i < file.questions().size(); i++) {
            Question q = file.questions().get(i);
            int line = file.lines() != null && i < file.lines().size() ? file.lines().get(i) : 1;
            List<String> texts = new ArrayList<>();
            texts.add(q.id());
            texts.add(q.prompt());
            texts.add(q.explanation());
            texts.add(q.evidence() == null ? null : q.evidence().text());
            texts.addAll(q.items());
            texts.addAll(q.choices());
            texts.addAll(q.answer());
            for (String text : texts) {
                String problem = TextRules.problem(text);
                if (problem != null) {
                    throw new FormatException(line, "Soal \"" + q.id() + "\": " + problem);
                }
            }
        }
    }

    /** A file of more questions than a set may hold is refused whole, at the first question too many. */
    static void refuseTooMany(QuestionFile file, int max) throws FormatException {
        int count = file.questions().size();
        if (count > max) {
            int line = file.lines() != null && file.lines().size() > max ? file.lines().get(max) : 1;
            throw new FormatException(line, "Berkas berisi " + count + " soal; satu impor paling banyak " + max
                    + " soal. Bagi berkasnya menjadi beberapa set.");
        }
    }

    @GET
    @Path("/export/{setId}")
    @Transactional
    @Produces({ "application/yaml", MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML, "text/tab-separated-values" })
    @Operation(summary = "Unduh set soal sebagai berkas (hanya guru)",
            description = "format=simak (YAML Simak, lihat docs/quiz-format.md), gift (GIFT Moodle), moodle (Moodle "
                    + "XML) atau anki (teks bertab untuk Anki). setId adalah id angka set atau id stabilnya "
                    + "(misalnya seed-ktt-china-asia-tengah). Guru boleh mengunduh setnya sendiri, set bawaan dan "
                    + "set yang sudah diterbitkan.")
    @APIResponse(responseCode = "200", description = "Berkasnya, dengan Content-Disposition untuk diunduh")
    @APIResponse(responseCode = "400", description = "Format tidak dikenal")
    @APIResponse(responseCode = "403", description = "Bukan guru, atau rancangan milik guru lain")
    @APIResponse(responseCode = "404", description = "Set tidak ada")
    @APIResponse(responseCode = "409", description = "Set bawaan dari quizzes/ sedang disiapkan setelah aplikasi "
            + "dinyalakan (Set soal sedang disiapkan, dengan Retry-After)")
    public Response export(@PathParam("setId") String setId,
            @Parameter(description = "simak, gift, moodle atau anki") @QueryParam("format") String format) {
        ExportFormat f = exportFormat(format);
        QuestionSet set = find(setId);
        Account me = me();
        if (!SetAccess.mayExport(me, set)) {
            throw ApiException.forbidden("Set ini rancangan milik guru lain.");
        }
        QuestionFile file = QuestionSetFiles.toFile(set);
        String body = switch (f) {
            case SIMAK -> SimakYaml.write(file);
            case GIFT -> GiftFormat.write(file);
            case MOODLE -> MoodleXml.write(file);
            case ANKI -> AnkiText.write(file, "Simak::" + set.title);
        };
        String name = file.setId().replaceAll("[^A-Za-z0-9._-]", "_") + f.ending;
        return Response.ok(body.getBytes(StandardCharsets.UTF_8), f.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @POST
    @Path("/import")
    @Transactional
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Impor berkas soal ke set milik guru (hanya guru)",
            description = "Isi permintaan adalah berkasnya (UTF-8). format=simak, gift, moodle atau csv. Set tujuan: "
                    + "setId bila diberikan; bila tidak, set dengan id stabil dari berkas (id berkas Simak, kategori "
                    + "simak/<id> di GIFT dan Moodle XML); bila tidak ada, set impor guru untuk artikel articleId. "
                    + "Soal dengan id yang sama diperbarui, soal baru ditambahkan, soal yang tidak ada lagi dihapus. "
                    + "Soal GIFT dan Moodle XML yang jenisnya tidak ada di Simak (esai, deskripsi, cloze, calculated, "
                    + "numerik dengan toleransi) dilewati dan disebut di skipped (baris, jenis, nama, alasan); soal "
                    + "numerik dengan jawaban pasti menjadi soal isian; nama soal yang sama dipakai dua kali menjadi "
                    + "dua soal. Berkas yang rusak, atau tanpa satu soal pun yang bisa diimpor, ditolak seluruhnya "
                    + "dengan 400 yang menyebut barisnya (line).")
    @RequestBody(description = "Berkas soal")
    @APIResponse(responseCode = "201", description = "Set baru dibuat")
    @APIResponse(responseCode = "200", description = "Set yang ada diperbarui")
    @APIResponse(responseCode = "400", description = "Berkas rusak (problem JSON dengan line) atau artikel tidak jelas")
    @APIResponse(responseCode = "403", description = "Bukan guru, atau set milik guru lain / set bawaan")
    @APIResponse(responseCode = "404", description = "Artikel atau set tidak ada")
    public Response importFile(@QueryParam("format") String format,
            @Parameter(description = "Artikel set baru") @QueryParam("articleId") Long articleId,
            @Parameter(description = "Set milik Anda yang diperbarui") @QueryParam("setId") String setId,
            @HeaderParam("Content-Type") String contentType, byte[] body) {
        String fmt = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        if (!List.of("simak", "gift", "moodle", "csv").contains(fmt)) {
            throw ApiException.invalid("format", "Format impor harus simak, gift, moodle atau csv.");
        }
        QuestionFile file;
        try {
            String text = decode(body == null ? new byte[0] : body, contentType);
            file = switch (fmt) {
                case "simak" -> SimakYaml.read(text);
                case "gift" -> GiftFormat.read(text);
                case "moodle" -> MoodleXml.read(text);
                default -> CsvQuestions.read(text);
            };
            refuseHiddenCharacters(file);
            refuseTooMany(file, Math.min(config.limits().questionsPerImport(), config.limits().questionsPerSet()));
        } catch (FormatException e) {
            throw new FileRefused(e);
        }
        Account me = me();
        QuestionSet set = null;
        if (setId != null && !setId.isBlank()) {
            set = find(setId);
        } else if (file.setId() != null) {
            set = QuestionSet.byKey(file.setId());
            if (set == null && file.setId().matches("set-\\d{1,18}")) {
                // The export of a set without a stable id names it by its number.
                set = QuestionSet.findById(Long.parseLong(file.setId().substring(4)));
            }
            if (set == null && worker.filesPending()) {
                // It may be a shipped set's id whose start-up import has not run yet: taking the id now would make
                // the teacher the owner of the shipped set.
                throw QuestionDrafts.filesPreparing();
            }
        }
        if (set != null) {
            if (set.owner == null) {
                throw ApiException.forbidden("Set \"" + set.title + "\" adalah set bawaan; ubah berkasnya di folder "
                        + "quizzes/.");
            }
            if (!set.owner.id.equals(me.id)) {
                throw ApiException.forbidden("Set \"" + set.title + "\" milik guru lain.");
            }
        }
        Article article = articleFor(set, articleId, file);
        String key = set != null ? set.key
                : file.setId() != null ? file.setId() : "impor-" + me.id + "-" + article.id;
        if (set == null) {
            set = QuestionSet.byKey(key);
            if (set != null && (set.owner == null || !set.owner.id.equals(me.id))) {
                throw ApiException.forbidden("Set \"" + set.title + "\" milik guru lain.");
            }
        }
        List<Question> questions;
        try {
            questions = files.resolveEvidence(file, article);
        } catch (FormatException e) {
            throw new FileRefused(e);
        }
        String title = file.title() != null ? file.title() : set != null ? set.title : article.title + " (impor)";
        if (title.length() > 300) {
            title = title.substring(0, 299) + "…";
        }
        QuestionSet.Status status = "simak".equals(fmt)
                ? (QuestionFile.PUBLISHED.equals(file.status()) ? QuestionSet.Status.PUBLISHED : QuestionSet.Status.DRAFT)
                : set != null ? set.status : QuestionSet.Status.DRAFT;
        QuestionSetFiles.Outcome o = files.apply(set, key, title, status, article, me, QuestionSet.Origin.AUTHORED,
                questions);
        List<Skipped> skipped = file.skipped().stream()
                .map(k -> new Skipped(k.line(), k.kind(), k.label(), k.name(), k.why())).toList();
        Imported answer = new Imported(o.setId(), o.setKey(), o.title(), o.created(), o.added(), o.updated(),
                o.removed(), o.unchanged(), questions.size(), skipped,
                SkippedQuestion.summary(questions.size(), file.skipped()));
        return Response.status(o.created() ? 201 : 200).entity(answer).build();
    }

    @ServerExceptionMapper
    public Response refused(FileRefused e, UriInfo uri) {
        FormatException f = e.format();
        FileProblem p = new FileProblem("about:blank", "Berkas tidak valid", 400, f.getMessage(),
                uri.getPath(), f.line());
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private Article articleFor(QuestionSet set, Long articleId, QuestionFile file) {
        if (set != null && set.article != null) {
            if (articleId != null && !articleId.equals(set.article.id)) {
                throw ApiException.invalid("articleId", "Set ini milik artikel lain (" + set.article.id + ").");
            }
            return set.article;
        }
        if (articleId != null) {
            Article a = Article.findById(articleId);
            if (a == null) {
                throw ApiException.notFound("Artikel " + articleId + " tidak ada.");
            }
            return a;
        }
        Article a = QuizFileImporter.articleOf(file.article());
        if (a == null) {
            throw ApiException.invalid("articleId", "Sebutkan artikel set ini: articleId wajib diisi.");
        }
        return a;
    }

    private static ExportFormat exportFormat(String format) {
        try {
            return ExportFormat.valueOf(format == null ? "" : format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("format", "Format ekspor harus simak, gift, moodle atau anki.");
        }
    }

    private QuestionSet find(String setId) {
        QuestionSet set = setId.matches("\\d{1,18}") ? QuestionSet.findById(Long.parseLong(setId))
                : QuestionSet.byKey(setId);
        if (set == null && worker.filesPending() && !setId.matches("\\d{1,18}")) {
            // Asked for by its file's id (seed-ktt-china-asia-tengah) before the start-up import stored it.
            throw QuestionDrafts.filesPreparing();
        }
        if (set == null) {
            throw ApiException.notFound("Set soal " + setId + " tidak ada.");
        }
        return set;
    }

    private Account me() {
        return Account.findByUsername(identity.getPrincipal().getName());
    }

    /** The body in the charset its Content-Type names, UTF-8 when it names none; a byte-order mark is dropped. */
    private static String decode(byte[] bytes, String contentType) throws FormatException {
        Charset charset = StandardCharsets.UTF_8;
        if (contentType != null) {
            try {
                String named = MediaType.valueOf(contentType).getParameters().get("charset");
                if (named != null) {
                    charset = Charset.forName(named.strip());
                }
            } catch (IllegalArgumentException e) {
                throw new FormatException(1, "Content-Type \"" + contentType + "\" tidak dikenal.");
            }
        }
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\ufeff") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new FormatException(1, "Berkas bukan teks " + charset.name() + "; simpan ulang sebagai UTF-8.");
        }
    }
}
