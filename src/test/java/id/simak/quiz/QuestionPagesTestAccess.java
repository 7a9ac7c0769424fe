package id.simak.quiz;

/** Lets the browser tests make the set of seven questions {@link QuestionPagesTest} uses. */
public final class QuestionPagesTestAccess {

    private QuestionPagesTestAccess() {
    }

    public static long setOfSeven(String teacher) {
        return QuestionPagesTest.setOfSeven(teacher);
    }
}
