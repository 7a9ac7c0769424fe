-- Authoring: a teacher accepts (reviews) questions, edits sets and publishes them.
-- edited_at: when a teacher last changed the set; a generated draft with it set is the teacher's and is never
-- regenerated behind their back. published_at: when the set was last published.
alter table quiz_question add column reviewed boolean default false not null;
alter table question_set add column edited_at timestamp(6) with time zone;
alter table question_set add column published_at timestamp(6) with time zone;
