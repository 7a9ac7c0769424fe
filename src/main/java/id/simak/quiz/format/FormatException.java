package id.simak.quiz.format;

/** A file that cannot be imported: the line (1-based) where the problem is and what is wrong, in Indonesian. */
public class FormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String problem;

    public FormatException(int line, String problem) {
        super("Baris " + line + ": " + problem);
        this.line = line;
        this.problem = problem;
    }

    /** The 1-based line of the file where the problem was found. */
    public int line() {
        return line;
    }

    /** What is wrong, without the line. */
    public String problem() {
        return problem;
    }
}
