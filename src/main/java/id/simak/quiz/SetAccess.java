package id.simak.quiz;

import id.simak.account.Account;

/**
 * Who may use a question set: one rule, used wherever a set is published, assigned, exported, tried as a draft
 * or turned into cards. A set belongs to its owner; a set without an owner to its article's owner; a
 * <em>shared</em> set (one that comes with Simak: the draft of an article from {@code seeds/}, a set from
 * {@code quizzes/}) belongs to every teacher.
 */
public final class SetAccess {

    private SetAccess() {
    }

    /**
     * Whether the set comes with Simak: it has no owner, and either no article or an article without an owner
     * (one imported from {@code seeds/}).
     */
    public static boolean isShared(QuestionSet set) {
        return set.owner == null && (set.article == null || set.article.owner == null);
    }

    /**
     * Whether the account may manage the set: change, publish, unpublish, assign it to a class, see its answers,
     * and export or try it as a draft. A teacher may manage their own sets, the ownerless sets of their articles,
     * and every shared set.
     */
    public static boolean mayManage(Account actor, QuestionSet set) {
        if (actor == null || !actor.isTeacher()) {
            return false;
        }
        if (set.owner != null) {
            return set.owner.id.equals(actor.id);
        }
        // A set without an owner belongs to its article's owner; with neither, it is shared.
        return isShared(set) || set.article.owner.id.equals(actor.id);
    }

    /** Whether the account may read the set's questions with their answers (export): a published set, or one they manage. */
    public static boolean mayExport(Account actor, QuestionSet set) {
        return actor != null && actor.isTeacher()
                && (set.status == QuestionSet.Status.PUBLISHED || mayManage(actor, set));
    }
}
