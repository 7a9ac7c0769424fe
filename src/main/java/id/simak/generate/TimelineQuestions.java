package id.simak.generate;

import id.simak.analysis.DateMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Puts the dated events of the article on a timeline: one ordering question and one date-to-event matching. */
final class TimelineQuestions {

    private final ArticleContext ctx;
    private final DateQuestions dates;

    TimelineQuestions(ArticleContext ctx, DateQuestions dates) {
        this.ctx = ctx;
        this.dates = dates;
    }

    private record Dated(String key, String when, String event, int sentence) {}

    List<Question> generate() {
        List<Dated> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DateMention d : ctx.analysis.dates()) {
            String key = IndonesianDates.sortKey(d.value());
            String event = dates.askable(d) ? dates.event(d) : null;
            if (key != null && event != null && seen.add(key)) {
                events.add(new Dated(key, DateQuestions.answerText(d), AnswerText.capitalize(event), d.sentence()));
            }
        }
        // "April 2023" and "12 April 2023" cannot be put in order: the coarser date leaves the timeline.
        events.removeIf(e -> events.stream().anyMatch(o -> o != e && o.key().startsWith(e.key())));
        if (events.size() < 3) {
            return List.of();
        }
        events.sort(Comparator.comparing(Dated::key));
        List<String> ordered = events.stream().map(Dated::event).toList();
        List<String> whens = events.stream().map(Dated::when).toList();
        StringBuilder why = new StringBuilder("Menurut teks: ");
        for (int i = 0; i < events.size(); i++) {
            why.append(i == 0 ? "" : "; ").append(events.get(i).when()).append(" — ").append(events.get(i).event());
        }
        why.append('.');
        Evidence evidence = ctx.evidence(events.get(0).sentence());
        List<Question> out = new ArrayList<>();
        out.add(Drafts.of(QuestionType.ORDERING, Skill.DATE,
                "Urutkan peristiwa berikut dari yang paling awal sampai yang paling akhir.", List.of(),
                ctx.picker.shuffle(ordered, "timeline" + ordered), ordered, why.toString(), evidence, Difficulty.HARD, 0.45));
        out.add(Drafts.of(QuestionType.MATCHING, Skill.DATE, "Cocokkan setiap peristiwa dengan waktunya.", ordered,
                ctx.picker.shuffle(whens, "timeline-match" + whens), whens, why.toString(), evidence, Difficulty.MEDIUM, 0.4));
        return out;
    }
}
