package id.simak.classroom;

/** Lets tests of other packages take a set as {@link AssignmentLifecycleTest} does. */
public final class AssignmentLifecycleTestAccess {

    private AssignmentLifecycleTestAccess() {
    }

    /** Takes the whole set through the API, answering every question rightly. */
    public static void finishRightly(String learner, long setId) {
        AssignmentLifecycleTest.finishRightly(learner, setId);
    }
}
