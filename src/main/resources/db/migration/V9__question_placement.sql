-- Issue 11: every generated question carries where it stands in the article and how good and how hard the
-- generator takes it to be; a question a teacher writes or imports leaves them empty (additive, nullable).
alter table quiz_question add column paragraph integer;
alter table quiz_question add column difficulty varchar(8);
alter table quiz_question add column score double precision;
