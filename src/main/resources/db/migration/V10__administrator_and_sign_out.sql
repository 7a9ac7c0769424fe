-- Issue 12: only an administrator may change roles. The administrator is a teacher with admin = true; the
-- oldest teacher account (the first account registered, unless it was demoted) becomes the administrator.
-- Written in the SQL that H2 2.x and PostgreSQL 15 both accept.
alter table account add column admin boolean default false not null;
update account set admin = true where id = (select min(id) from account where role = 'TEACHER');

-- Issue 12: logging out ends the session on the server. A login cookie issued at or before signed_out_at is
-- refused (id.simak.account.SignedOutSessions), so a saved copy of the cookie stops working.
alter table account add column signed_out_at timestamp(6) with time zone;
