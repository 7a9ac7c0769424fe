package id.simak.srs;

/** The learner's answer to a review, graded 1 (Again) to 4 (Easy) as in FSRS and Anki. */
public enum Rating {
    AGAIN, HARD, GOOD, EASY;

    /** The FSRS grade 1..4. */
    public int grade() {
        return ordinal() + 1;
    }

    /** Anything but Again counts as a successful recall. */
    public boolean recalled() {
        return this != AGAIN;
    }

    public static Rating ofGrade(int grade) {
        if (grade < 1 || grade > 4) {
            throw new IllegalArgumentException("grade must be 1..4, was " + grade);
        }
        return values()[grade - 1];
    }
}
