-- Question sets as files: the stable id of a set that came from (or goes to) a file, such as the id of a
-- quizzes/*.yaml set or the Simak category of a GIFT or Moodle XML file. Null for sets without one.
-- Unique across all sets, so a file always finds the one set it describes; several nulls are allowed
-- (H2 and PostgreSQL alike).

alter table question_set add column set_key varchar(100);
create unique index uk_question_set_key on question_set (set_key);
