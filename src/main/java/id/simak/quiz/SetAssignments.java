package id.simak.quiz;

import java.util.List;

/**
 * The classes a set is assigned to, so that unpublishing an assigned set can ask its teacher what happens to the
 * assignments. Implemented downstream (by the classroom feature), so the quiz feature never calls the features
 * that use it.
 */
public interface SetAssignments {

    /** The names of the classes the set is assigned to, in name order; empty when it is assigned to none. */
    List<String> classesWith(long setId);

    /** Deletes every assignment of the set; answers how many there were. */
    int removeAll(long setId);
}
