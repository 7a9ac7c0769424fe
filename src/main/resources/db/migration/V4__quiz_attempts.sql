-- A learner's attempts at a question set and each answer they gave.
-- An attempt keeps its own list of questions (all of the set's, or only the ones answered wrong before, for
-- "Ulangi yang salah"), so a set edited later does not change an attempt under way.

create table quiz_attempt (
    id             bigint  not null primary key,
    set_id         bigint  not null references question_set (id) on delete cascade,
    account_id     bigint  not null references account (id) on delete cascade,
    retry_of       bigint  references quiz_attempt (id) on delete set null,
    question_count integer not null,
    correct_count  integer not null,
    started_at     timestamp(6) with time zone not null,
    finished_at    timestamp(6) with time zone
);
create sequence quiz_attempt_seq start with 1 increment by 50;
create index ix_quiz_attempt_account_set on quiz_attempt (account_id, set_id);

create table attempt_question (
    attempt_id  bigint  not null references quiz_attempt (id) on delete cascade,
    position    integer not null,
    question_id bigint  not null references quiz_question (id) on delete cascade,
    primary key (attempt_id, position)
);

create table attempt_answer (
    id          bigint         not null primary key,
    attempt_id  bigint         not null references quiz_attempt (id) on delete cascade,
    question_id bigint         not null references quiz_question (id) on delete cascade,
    response    varchar(20000) not null,
    correct     boolean        not null,
    time_ms     bigint         not null,
    answered_at timestamp(6) with time zone not null,
    constraint uk_attempt_answer unique (attempt_id, question_id)
);
create sequence attempt_answer_seq start with 1 increment by 50;
create index ix_attempt_answer_question on attempt_answer (question_id);
