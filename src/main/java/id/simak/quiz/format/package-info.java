/**
 * Question sets as files: the Simak set file (YAML, {@code quizzes/*.yaml}), GIFT and Moodle XML both ways, an
 * Anki text export and a CSV import for spreadsheets.
 *
 * <p>Pure Java like {@code generate}: nothing from Quarkus or JPA; SnakeYAML (through Jackson's YAML module) reads
 * YAML with line numbers, the JDK's StAX reads and writes XML. Every reader parses the whole file and checks it
 * with {@link id.simak.quiz.format.QuestionRules} before returning, so a malformed file is refused as a whole with a
 * {@link id.simak.quiz.format.FormatException} naming the line and what is wrong, in Indonesian. Questions are
 * {@link id.simak.generate.Question} records; an evidence sentence read from a file has index
 * {@link id.simak.quiz.format.QuestionFile#UNKNOWN_SENTENCE} until the importer finds it in the article.
 */
package id.simak.quiz.format;
