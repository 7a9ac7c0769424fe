-- Accounts, articles and the record of imported seed files.
-- Written in the SQL that H2 2.x and PostgreSQL 15 both accept: Flyway runs it unchanged on both.

create table account (
    id            bigint       not null primary key,
    username      varchar(32)  not null,
    display_name  varchar(100) not null,
    password_hash varchar(100) not null,
    role          varchar(16)  not null,
    created_at    timestamp(6) with time zone not null,
    constraint uk_account_username unique (username)
);
create sequence account_seq start with 1 increment by 50;

-- One row, locked while an account is registered, so that two app nodes cannot both make a "first" teacher.
create table registration_lock (
    id integer not null primary key
);
insert into registration_lock (id) values (1);

create table article (
    id           bigint        not null primary key,
    title        varchar(300)  not null,
    source       varchar(500),
    body         varchar(200000) not null,
    words        integer       not null,
    sentences    integer       not null,
    content_hash varchar(64)   not null,
    owner_id     bigint        references account (id),
    created_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null
);
create sequence article_seq start with 1 increment by 50;
create index ix_article_owner on article (owner_id);

-- seeds/*.txt already imported: a second start changes nothing, a changed file updates its article,
-- and an article a teacher deleted is not brought back (article_id is then null).
create table seed_file (
    name         varchar(255) not null primary key,
    content_hash varchar(64)  not null,
    article_id   bigint,
    imported_at  timestamp(6) with time zone not null
);
