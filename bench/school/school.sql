-- A synthetic school on PostgreSQL (issue 14, item 5), set-based: one psql session, generate_series and
-- INSERT ... SELECT. Run by bench/school/generate.sh on a database whose schema Flyway has just created (the
-- app started once on it); psql variables: learners (10000), classes (300), cards (cards per learner, 500).
-- Everything generated has ids from 1,000,000 up, so it never meets what the app made itself (the seed
-- articles); the sequences are moved past it at the end.
--
-- What it makes, for L learners:
--   L learners murid1..murid<L> and L/100 teachers guru1.., each with the API token smk_bench_<username>
--   (stored as its SHA-256, as the app does) and the password Kilat-Hujan-8472-Merah;
--   200 articles, each with a published question set of 20 questions (4,000 questions);
--   the classes: the first ones with 40 learners, the rest with L/classes or so; 5 sets assigned to each class;
--   per learner and assigned set one whole-set attempt (85 %; 75 % of them finished, 10 % with a second try),
--   with its questions and answers;
--   per learner <cards> cards (60 % question cards, 40 % word cards), 20 % never reviewed, the rest in FSRS
--   states: stability 1.6 to 148 days, the last review somewhere in the card's interval or up to 8 % past it,
--   so that each learner has some 40 cards due now (plus learning cards due within the hour);
--   per reviewed card 1 to 9 reviews (reps), about 2,000 per learner: L x 2,000 review logs in all.
-- The big tables (card, review_log) are loaded with their indexes and constraints dropped, which are made again
-- afterwards under the same names (the schema stays exactly Flyway's), then everything is ANALYZEd.
\set ON_ERROR_STOP on
\timing on
set maintenance_work_mem = '1GB';
set max_parallel_workers_per_gather = 0;
set max_parallel_maintenance_workers = 0;
set synchronous_commit = off;
select setseed(0.14);
create temporary table bench_now as select date_trunc('minute', now()) as t;

-- Accounts: learners, then teachers. One bcrypt hash for all (pgcrypto, dropped again at the end).
create extension if not exists pgcrypto;
create temporary table bench_pw as select crypt('Kilat-Hujan-8472-Merah', gen_salt('bf', 10)) as h;
insert into account (id, username, display_name, password_hash, role, created_at, admin)
select 1000000 + l, 'murid' || l, 'Murid ' || l, (select h from bench_pw), 'LEARNER',
       (select t from bench_now) - interval '200 days', false
from generate_series(1, :learners) l;
insert into account (id, username, display_name, password_hash, role, created_at, admin)
select 1100000 + g, 'guru' || g, 'Guru ' || g, (select h from bench_pw), 'TEACHER',
       (select t from bench_now) - interval '210 days', false
from generate_series(1, greatest(1, :learners / 100)) g;
insert into api_token (id, account_id, token_hash, name, created_at, expires_at)
select a.id, a.id, encode(sha256(convert_to('smk_bench_' || a.username, 'UTF8')), 'hex'), 'bench',
       (select t from bench_now), (select t from bench_now) + interval '1 year'
from account a where a.id > 1000000;

-- Articles, their question sets and questions.
insert into article (id, title, source, body, words, sentences, content_hash, owner_id, created_at, updated_at)
select 1000000 + a, 'Artikel sekolah ' || a, null,
       repeat('Pemerintah daerah meresmikan jembatan baru di desa itu pada hari Senin. ', 40), 440, 40,
       md5('artikel' || a), 1100001, (select t from bench_now) - interval '200 days', (select t from bench_now) - interval '200 days'
from generate_series(1, 200) a;
insert into question_set (id, article_id, owner_id, title, status, origin, created_at, updated_at, published_at)
select 1000000 + a, 1000000 + a, 1100001, 'Soal artikel sekolah ' || a, 'PUBLISHED', 'AUTHORED',
       (select t from bench_now) - interval '200 days', (select t from bench_now) - interval '200 days',
       (select t from bench_now) - interval '200 days'
from generate_series(1, 200) a;
insert into quiz_question (id, set_id, position, question_key, type, skill, prompt, items, choices, answer,
                           explanation, reviewed)
select 1000000 + (a - 1) * 20 + k, 1000000 + a, k, 'q' || k, 'MULTIPLE_CHOICE',
       (array['DATE','PLACE','PERSON','NUMBER','MAIN_IDEA','CAUSE','AGENT','QUOTE'])[1 + (a + k) % 8],
       'Pertanyaan ' || k || ' tentang artikel ' || a || '?', '[]',
       '["Senin","Selasa","Rabu","Kamis"]', '["Senin"]', 'Kalimat pertama.', true
from generate_series(1, 200) a, generate_series(0, 19) k;

-- Classes, members, assignments.
insert into classroom (id, teacher_id, name, join_code, archived, created_at, updated_at)
select 1000000 + c, 1100000 + 1 + (c - 1) % greatest(1, :learners / 100), 'Kelas ' || c, 'S' || lpad(c::text, 7, '0'), false,
       (select t from bench_now) - interval '190 days', (select t from bench_now) - interval '190 days'
from generate_series(1, :classes) c;
-- The first classes take 40 learners each (up to 40 % of the learners), the others share the rest.
create temporary table bench_member as
select l, case when l <= full40 then (l - 1) / 40 + 1
               else full40 / 40 + 1 + (l - full40 - 1) % (:classes - full40 / 40) end as c
from generate_series(1, :learners) l,
     (select least((:classes / 7) * 40, (:learners * 4 / 10) / 40 * 40) as full40) f;
insert into class_member (id, class_id, learner_id, joined_at)
select 1000000 + l, 1000000 + c, 1000000 + l, (select t from bench_now) - interval '180 days' from bench_member;
insert into class_assignment (id, class_id, set_id, due_at, created_at, updated_at)
select 1000000 + c * 10 + j, 1000000 + c, 1000000 + 1 + (c * 7 + j * 31) % 200,
       (select t from bench_now) - (j * 14 - 3) * interval '1 day',
       (select t from bench_now) - interval '100 days', (select t from bench_now) - interval '100 days'
from generate_series(1, :classes) c, generate_series(0, 4) j;

-- Attempts: one whole-set attempt per learner and assigned set for 85 %, finished for 75 %, and a second
-- whole-set attempt for 10 %.
create temporary table bench_attempt as
select row_number() over () + 1000000 as id, l, set_id, due_at, try, u
from (select m.l, a.set_id, a.due_at, t.try, random() as u, random() as taken
      from bench_member m join class_assignment a on a.class_id = 1000000 + m.c
           cross join generate_series(1, 2) t(try)) x
where (try = 1 and taken < 0.85) or (try = 2 and taken < 0.10);
insert into quiz_attempt (id, set_id, account_id, retry_of, question_count, correct_count, started_at, finished_at)
select id, set_id, 1000000 + l, null, 20, case when u < 0.75 then 8 + (id % 13)::int else 0 end,
       due_at - interval '2 days' + try * interval '1 day' + (id % 40) * interval '1 hour',
       case when u < 0.75 then due_at - interval '2 days' + try * interval '1 day' + (id % 40) * interval '1 hour'
                               + interval '9 minutes' end
from bench_attempt;
insert into attempt_question (attempt_id, position, question_id)
select a.id, k, 1000000 + (a.set_id - 1000001) * 20 + k
from bench_attempt a, generate_series(0, 19) k;
insert into attempt_answer (id, attempt_id, question_id, response, correct, time_ms, answered_at)
select a.id * 20 + k, a.id, 1000000 + (a.set_id - 1000001) * 20 + k,
       case when (a.id + k) % 13 < 8 then '["Senin"]' else '["Rabu"]' end, (a.id + k) % 13 < 8,
       4000 + (a.id * 7 + k * 131) % 20000,
       q.started_at + k * interval '25 seconds'
from bench_attempt a join quiz_attempt q on q.id = a.id, generate_series(0, 19) k
where a.u < 0.75 or k < 7;

-- The big tables: drop their indexes and constraints (remembered), load, make them again.
create temporary table bench_ddl as
select 1 as ord, format('alter table %s drop constraint %I', conrelid::regclass, conname) as drop_sql,
       format('alter table %s add constraint %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) as make_sql,
       case contype when 'p' then 1 when 'u' then 2 else 3 end as make_ord
from pg_constraint where conrelid in ('card'::regclass, 'review_log'::regclass) and contype in ('p', 'u', 'f')
union all
select 2, format('drop index %s', indexrelid::regclass), pg_get_indexdef(indexrelid), 4
from pg_index where indrelid in ('card'::regclass, 'review_log'::regclass)
  and indexrelid not in (select conindid from pg_constraint where conindid <> 0);
-- review_log's constraints first (its foreign key needs card's primary key), then card's; the indexes last.
select drop_sql from bench_ddl order by ord, (drop_sql like 'alter table review_log%') desc \gexec

insert into card (id, owner_id, kind, question_id, article_id, skill, word, root, synonyms, sentence_index, sentence,
                  phase, step, due, stability, difficulty, ease, interval_days, reps, lapses, last_review, created_at,
                  suspended, note, review_count)
select id, owner_id, kind, question_id, article_id, skill, word, root, null, sentence_index, sentence,
       phase, 0,
       case when phase = 'NEW' then created
            when phase = 'REVIEW' then last_review + interval_days * interval '1 day'
            else (select t from bench_now) + (u2 * 2 - 1) * interval '1 hour' end,
       stability, difficulty, 2.5, interval_days, reps, lapses, last_review, created, u3 < 0.01, null, reps
from (
  select c.*, case when phase = 'NEW' then null
                   when phase = 'REVIEW' then (select t from bench_now) - u2 * 1.08 * interval_days * interval '1 day'
                   else (select t from bench_now) - interval '10 minutes' end as last_review,
         (select t from bench_now) - interval '170 days' + k * interval '5 minutes' as created
  from (
    select b.*, case when phase = 'NEW' then 0 else greatest(1, round(stability))::int end as interval_days,
           case when phase = 'NEW' then 0 else 1 + floor(random() * 9)::int end as reps,
           case when phase = 'NEW' then 0 else floor(random() * 3)::int end as lapses
    from (
      select 1000000 + (l - 1) * :cards + k + 1 as id, 1000000 + l as owner_id, l, k,
             case when k < :cards * 6 / 10 then 'QUESTION' else 'WORD' end as kind,
             case when k < :cards * 6 / 10 then 1000000 + (l * 37 + k * 13) % 4000 end as question_id,
             1000001 + case when k < :cards * 6 / 10 then ((l * 37 + k * 13) % 4000) / 20 else (l + k) % 200 end as article_id,
             case when k < :cards * 6 / 10
                  then (array['DATE','PLACE','PERSON','NUMBER','MAIN_IDEA','CAUSE','AGENT','QUOTE'])[1 + (1 + ((l * 37 + k * 13) % 4000) / 20 + (l * 37 + k * 13) % 20) % 8]
                  else 'ROOT_WORD' end as skill,
             case when k >= :cards * 6 / 10 then 'kata' || k end as word,
             case when k >= :cards * 6 / 10 then 'akar' || k end as root,
             case when k >= :cards * 6 / 10 then k % 40 end as sentence_index,
             case when k >= :cards * 6 / 10 then 'Kalimat dengan kata' || k || ' di dalamnya.' end as sentence,
             case when p < 0.20 then 'NEW' when p < 0.24 then 'LEARNING' when p < 0.26 then 'RELEARNING' else 'REVIEW' end as phase,
             case when p < 0.20 then 0 else exp(0.5 + random() * 4.5) end as stability,
             case when p < 0.20 then 0 else 1 + random() * 9 end as difficulty,
             u2, u3
      from (select l, k, random() as p, random() as u2, random() as u3
            from generate_series(1, :learners) l, generate_series(0, :cards - 1) k) r
    ) b
  ) c
) d;

-- Reviews: the i-th review of every card whose reps reach i, one round at a time, so that a learner's reviews
-- lie in several stretches of the table as they would after months of use (not all in one).
select format($f$
insert into review_log (id, card_id, owner_id, rating, reviewed_at, duration_ms, client_review_id, retrievability,
    phase_before, step_before, due_before, stability_before, difficulty_before, ease_before, interval_before,
    reps_before, lapses_before, last_review_before, phase_after, step_after, due_after, stability_after,
    difficulty_after, ease_after, interval_after, reps_after, lapses_after)
select c.id * 10 + %1$s, c.id, c.owner_id,
       case when %1$s = c.reps and c.phase = 'RELEARNING' then 1
            when c.v < 0.08 then 1 when c.v < 0.18 then 2 when c.v < 0.92 then 3 else 4 end,
       c.last_review - (c.reps - %1$s) * greatest(1, c.interval_days / 2) * interval '1 day',
       2000 + floor(c.v * 14000)::bigint, null,
       case when %1$s = 1 then 0 else 0.75 + c.v * 0.24 end,
       case when %1$s = 1 then 'NEW' else 'REVIEW' end, 0,
       c.last_review - (c.reps - %1$s + 1) * greatest(1, c.interval_days / 2) * interval '1 day',
       case when %1$s = 1 then 0 else c.stability * %1$s / c.reps end, case when %1$s = 1 then 0 else c.difficulty end,
       2.5, case when %1$s = 1 then 0 else greatest(1, c.interval_days * (%1$s - 1) / c.reps) end,
       %1$s - 1, least(c.lapses, %1$s - 1),
       case when %1$s = 1 then null else c.last_review - (c.reps - %1$s + 1) * greatest(1, c.interval_days / 2) * interval '1 day' end,
       case when %1$s = c.reps then c.phase else 'REVIEW' end, 0,
       case when %1$s = c.reps then c.due else c.last_review - (c.reps - %1$s - 1) * greatest(1, c.interval_days / 2) * interval '1 day' end,
       c.stability * (%1$s + 1) / (c.reps + 1), c.difficulty, 2.5,
       greatest(1, c.interval_days * %1$s / c.reps), %1$s, least(c.lapses, %1$s)
from (select c.*, random() as v from card c
      where c.owner_id > 1000000 and c.reps >= %1$s and c.last_review is not null) c
$f$, i) from generate_series(1, 9) i \gexec

select make_sql from bench_ddl order by make_ord, (make_sql like 'alter table card%') desc \gexec

-- Sequences past every generated id (Hibernate's pooled ids hand out up to 50 below the sequence's value).
select format('select setval(%L, greatest((select coalesce(max(id), 0) from %I), 1) + 100)', seq, tbl)
from (values ('account_seq', 'account'), ('article_seq', 'article'), ('question_set_seq', 'question_set'),
             ('quiz_question_seq', 'quiz_question'), ('classroom_seq', 'classroom'),
             ('class_member_seq', 'class_member'), ('class_assignment_seq', 'class_assignment'),
             ('quiz_attempt_seq', 'quiz_attempt'), ('attempt_answer_seq', 'attempt_answer'), ('card_seq', 'card'),
             ('review_log_seq', 'review_log'), ('api_token_seq', 'api_token')) s(seq, tbl) \gexec
drop extension pgcrypto;
vacuum analyze;
select (select count(*) from account where role = 'LEARNER') as learners, (select count(*) from classroom) as classes,
       (select count(*) from card) as cards, (select count(*) from review_log) as review_logs,
       (select count(*) from quiz_attempt) as attempts, (select count(*) from attempt_answer) as answers,
       pg_size_pretty(pg_database_size(current_database())) as database_size;
