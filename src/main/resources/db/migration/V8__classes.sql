-- Classes: a teacher's class with its join code, the learners who joined it, and the question sets assigned to it
-- with a due date. A report joins class_member to a learner's attempts (by learner_id = account id) and
-- class_assignment to the set (set_id = question_set id). Plain SQL that H2 2.x and PostgreSQL 15 both accept.

create table classroom (
    id          bigint       not null primary key,
    teacher_id  bigint       not null references account (id) on delete cascade,
    name        varchar(100) not null,
    join_code   varchar(8)   not null,
    archived    boolean      not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    constraint uk_classroom_join_code unique (join_code)
);
create sequence classroom_seq start with 1 increment by 50;
create index ix_classroom_teacher on classroom (teacher_id);

create table class_member (
    id          bigint not null primary key,
    class_id    bigint not null references classroom (id) on delete cascade,
    learner_id  bigint not null references account (id) on delete cascade,
    joined_at   timestamp(6) with time zone not null,
    constraint uk_class_member unique (class_id, learner_id)
);
create sequence class_member_seq start with 1 increment by 50;
create index ix_class_member_learner on class_member (learner_id);

create table class_assignment (
    id          bigint not null primary key,
    class_id    bigint not null references classroom (id) on delete cascade,
    set_id      bigint not null references question_set (id) on delete cascade,
    due_at      timestamp(6) with time zone not null,
    note        varchar(500),
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    constraint uk_class_assignment unique (class_id, set_id)
);
create sequence class_assignment_seq start with 1 increment by 50;
create index ix_class_assignment_set on class_assignment (set_id);
