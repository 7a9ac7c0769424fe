package id.simak.classroom;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import id.simak.quiz.SetAssignments;

/** Tells the quiz feature which classes a set is assigned to, and removes those assignments when asked. */
@ApplicationScoped
public class AssignedSets implements SetAssignments {

    @Override
    public List<String> classesWith(long setId) {
        return Assignment.<Assignment>find("select a from Assignment a join fetch a.classroom c where a.set.id = ?1 "
                + "order by lower(c.name), c.id", setId).list().stream().map(a -> a.classroom.name).toList();
    }

    @Override
    public int removeAll(long setId) {
        return (int) Assignment.delete("set.id", setId);
    }
}
