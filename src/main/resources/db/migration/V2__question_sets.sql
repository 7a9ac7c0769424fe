-- Question sets (the draft the generator makes for each article, and the teachers' own sets) and their questions.
-- List-valued fields (items, choices, answer) are JSON arrays in text columns, the same on H2 and PostgreSQL.

create table question_set (
    id           bigint       not null primary key,
    article_id   bigint       references article (id) on delete cascade,
    owner_id     bigint       references account (id),
    title        varchar(300) not null,
    status       varchar(16)  not null,
    origin       varchar(16)  not null,
    source_hash  varchar(64),
    created_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null
);
create sequence question_set_seq start with 1 increment by 50;
create index ix_question_set_article on question_set (article_id);

create table quiz_question (
    id                bigint        not null primary key,
    set_id            bigint        not null references question_set (id) on delete cascade,
    position          integer       not null,
    question_key      varchar(64)   not null,
    type              varchar(24)   not null,
    skill             varchar(24)   not null,
    prompt            varchar(4000) not null,
    items             varchar(20000) not null,
    choices           varchar(20000) not null,
    answer            varchar(20000) not null,
    explanation       varchar(4000),
    evidence_sentence integer,
    evidence_text     varchar(4000),
    constraint uk_quiz_question_key unique (set_id, question_key)
);
create sequence quiz_question_seq start with 1 increment by 50;
