package id.simak.classroom;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the class pages, used in templates as {@code {kelas:key}}; Indonesian in
 * {@code messages/kelas.properties}, English in {@code messages/kelas_en.properties}.
 */
@MessageBundle(value = "kelas", locale = "id")
public interface ClassMessages {

    @Message
    String nav();

    @Message
    String teacher_title();

    @Message
    String back_to_teacher();

    @Message
    String back_to_classes();

    @Message
    String create_title();

    @Message
    String field_name();

    @Message
    String field_name_hint();

    @Message
    String create_submit();

    @Message
    String my_classes();

    @Message
    String no_classes_teacher();

    @Message
    String archived_tag();

    @Message
    String code_label();

    @Message
    String member_count(Integer count);

    @Message
    String assignment_count(int count);

    @Message
    String code_title();

    @Message
    String code_hint();

    @Message
    String code_copy();

    @Message
    String code_copied();

    @Message
    String code_copy_failed();

    @Message
    String code_new();

    @Message
    String code_new_confirm();

    @Message
    String assignments_title();

    @Message
    String no_assignments_teacher();

    @Message
    String due_label();

    @Message
    String overdue();

    @Message
    String assignment_change();

    @Message
    String field_due_new();

    @Message
    String field_note();

    @Message
    String assignment_save();

    @Message
    String assignment_remove();

    @Message
    String assignment_remove_named(String title);

    @Message
    String assignment_remove_confirm();

    @Message
    String assign_title();

    @Message
    String no_published_sets();

    @Message
    String field_set();

    @Message
    String field_set_choose();

    @Message
    String field_due();

    @Message
    String field_due_hint();

    @Message
    String assign_submit();

    @Message
    String members_title();

    @Message
    String no_members();

    @Message
    String member_remove();

    @Message
    String member_remove_named(String name);

    @Message
    String member_remove_confirm();

    @Message
    String settings_title();

    @Message
    String rename_submit();

    @Message
    String archive();

    @Message
    String restore();

    @Message
    String archive_hint();

    @Message
    String delete();

    @Message
    String delete_confirm();

    @Message
    String learner_title();

    @Message
    String teacher_note();

    @Message
    String join_title();

    @Message
    String field_code();

    @Message
    String field_code_hint();

    @Message
    String join_submit();

    @Message
    String no_classes_learner();

    @Message
    String teacher_label();

    @Message
    String no_assignments_learner();

    @Message
    String archived_learner();

    @Message
    String take();

    @Message
    String take_named(String title);

    @Message
    String retake();

    @Message
    String retake_named(String title);

    @Message
    String done_result(int percent, int correct, int total, String date);

    @Message
    String done_late();

    @Message
    String withdrawn_tag();

    @Message
    String withdrawn_learner();

    @Message
    String withdrawn_teacher();

    @Message
    String leave();

    @Message
    String leave_confirm();

    @Message
    String flash_created();

    @Message
    String flash_renamed();

    @Message
    String flash_archived();

    @Message
    String flash_restored();

    @Message
    String flash_deleted();

    @Message
    String flash_code_changed();

    @Message
    String flash_member_removed();

    @Message
    String flash_assigned();

    @Message
    String flash_assignment_changed();

    @Message
    String flash_assignment_removed();

    @Message
    String flash_joined();

    @Message
    String flash_already_member();

    @Message
    String flash_left();
}
