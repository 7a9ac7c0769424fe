-- Issue 13: a learner's home shows the article last read. The reader records it on the account (no foreign key:
-- a deleted article is simply not shown). Written in the SQL that H2 2.x and PostgreSQL 15 both accept.
alter table account add column last_article_id bigint;
alter table account add column last_article_at timestamp(6) with time zone;
