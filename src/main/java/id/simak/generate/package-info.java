/**
 * Facts to questions: {@link id.simak.generate.QuestionGenerator} turns an
 * {@link id.simak.analysis.ArticleAnalysis} into reading-comprehension and vocabulary questions, one focused class
 * per kind of fact, with {@link id.simak.generate.DistractorPicker} choosing wrong choices of the same kind, and
 * {@link id.simak.generate.AnswerGrader} marks a learner's response; pure Java, deterministic.
 */
package id.simak.generate;
