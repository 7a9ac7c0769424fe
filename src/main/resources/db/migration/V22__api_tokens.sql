-- Issue 14, item 1: API tokens. A client trades a user name and password for a bearer token once
-- (POST /api/tokens) and sends the token on every call instead of the password, so no call pays for bcrypt.
-- Only the SHA-256 of the token is kept (the token is 256 random bits: a fast hash is enough, nothing to
-- guess). Deleting an account deletes its tokens. Numbered 22: V21 belongs to another branch.
-- Written in the SQL that H2 2.x and PostgreSQL 15 both accept.
create table api_token (
    id           bigint       not null primary key,
    account_id   bigint       not null references account (id) on delete cascade,
    token_hash   varchar(64)  not null,
    name         varchar(100) not null,
    created_at   timestamp(6) with time zone not null,
    expires_at   timestamp(6) with time zone not null,
    last_used_at timestamp(6) with time zone,
    constraint uk_api_token_hash unique (token_hash)
);
create sequence api_token_seq start with 1 increment by 50;
create index ix_api_token_account on api_token (account_id);
