-- One school on H2 (issue 14, item 5): the same school as school.sql, in H2's SQL, for 500 learners in 15
-- classes (two of 40), 500 cards and about 2,000 review logs each. Run by bench/school/generate-h2.sh with H2's
-- RunScript into a stopped app's data folder, after the app has made the schema and registered the account
-- bench-pw (whose bcrypt hash every generated account shares, so they sign in with its password). Pseudo-random
-- figures come from the ids (H2 may evaluate RAND() more than once per row), so a run is reproducible.
-- The learners' count, classes and cards per learner are the constants 500, 15 and 500 below.

create local temporary table bench_now as select cast(current_timestamp as timestamp(6) with time zone) as t;

insert into account (id, username, display_name, password_hash, role, created_at, admin)
select 1000000 + x, 'murid' || x, 'Murid ' || x, (select password_hash from account where username = 'bench-pw'),
       'LEARNER', dateadd('DAY', -200, (select t from bench_now)), false
from system_range(1, 500);
insert into account (id, username, display_name, password_hash, role, created_at, admin)
select 1100000 + x, 'guru' || x, 'Guru ' || x, (select password_hash from account where username = 'bench-pw'),
       'TEACHER', dateadd('DAY', -210, (select t from bench_now)), false
from system_range(1, 5);
insert into api_token (id, account_id, token_hash, name, created_at, expires_at)
select a.id, a.id, lower(rawtohex(hash('SHA-256', cast('smk_bench_' || a.username as varbinary)))), 'bench',
       (select t from bench_now), dateadd('YEAR', 1, (select t from bench_now))
from account a where a.id > 1000000;

insert into article (id, title, source, body, words, sentences, content_hash, owner_id, created_at, updated_at)
select 1000000 + x, 'Artikel sekolah ' || x, null,
       repeat('Pemerintah daerah meresmikan jembatan baru di desa itu pada hari Senin. ', 40), 440, 40,
       'h' || x, 1100001, dateadd('DAY', -200, (select t from bench_now)), dateadd('DAY', -200, (select t from bench_now))
from system_range(1, 200);
insert into question_set (id, article_id, owner_id, title, status, origin, created_at, updated_at, published_at)
select 1000000 + x, 1000000 + x, 1100001, 'Soal artikel sekolah ' || x, 'PUBLISHED', 'AUTHORED',
       dateadd('DAY', -200, (select t from bench_now)), dateadd('DAY', -200, (select t from bench_now)),
       dateadd('DAY', -200, (select t from bench_now))
from system_range(1, 200);
insert into quiz_question (id, set_id, position, question_key, type, skill, prompt, items, choices, answer,
                           explanation, reviewed)
select 1000000 + (a.x - 1) * 20 + k.x, 1000000 + a.x, k.x, 'q' || k.x, 'MULTIPLE_CHOICE',
       case mod(a.x + k.x, 8) when 0 then 'DATE' when 1 then 'PLACE' when 2 then 'PERSON' when 3 then 'NUMBER'
            when 4 then 'MAIN_IDEA' when 5 then 'CAUSE' when 6 then 'AGENT' else 'QUOTE' end,
       'Pertanyaan ' || k.x || ' tentang artikel ' || a.x || '?', '[]',
       '["Senin","Selasa","Rabu","Kamis"]', '["Senin"]', 'Kalimat pertama.', true
from system_range(1, 200) a, system_range(0, 19) k;

insert into classroom (id, teacher_id, name, join_code, archived, created_at, updated_at)
select 1000000 + x, 1100001 + mod(x - 1, 5), 'Kelas ' || x, 'S' || lpad(cast(x as varchar), 7, '0'), false,
       dateadd('DAY', -190, (select t from bench_now)), dateadd('DAY', -190, (select t from bench_now))
from system_range(1, 15);
-- Classes 1 and 2 take 40 learners each, the other 13 share the remaining 420.
insert into class_member (id, class_id, learner_id, joined_at)
select 1000000 + x, 1000000 + case when x <= 80 then (x - 1) / 40 + 1 else 3 + mod(x - 81, 13) end, 1000000 + x,
       dateadd('DAY', -180, (select t from bench_now))
from system_range(1, 500);
insert into class_assignment (id, class_id, set_id, due_at, created_at, updated_at)
select 1000000 + c.x * 10 + j.x, 1000000 + c.x, 1000000 + 1 + mod(c.x * 7 + j.x * 31, 200),
       dateadd('DAY', 3 - j.x * 14, (select t from bench_now)),
       dateadd('DAY', -100, (select t from bench_now)), dateadd('DAY', -100, (select t from bench_now))
from system_range(1, 15) c, system_range(0, 4) j;

-- Attempts: per member and assigned set a whole-set attempt for 85 %, finished for 75 %, a second try for 10 %.
create local temporary table bench_attempt as
select 1000000 + m.learner_id - 1000000 + (a.id - 1000000) * 1000 + t.x * 100000000 as id,
       m.learner_id, a.set_id, a.due_at, t.x as try,
       mod(m.learner_id * 7919 + a.set_id * 104729 + t.x * 15485863, 1000) as u
from class_member m join class_assignment a on a.class_id = m.class_id, system_range(1, 2) t
where m.id > 1000000
  and ((t.x = 1 and mod(m.learner_id * 31 + a.set_id * 17, 100) < 85)
    or (t.x = 2 and mod(m.learner_id * 13 + a.set_id * 29, 100) < 10));
insert into quiz_attempt (id, set_id, account_id, retry_of, question_count, correct_count, started_at, finished_at)
select id, set_id, learner_id, null, 20, case when u < 750 then 8 + mod(id, 13) else 0 end,
       dateadd('HOUR', mod(id, 40), dateadd('DAY', try - 2, due_at)),
       case when u < 750 then dateadd('MINUTE', 9, dateadd('HOUR', mod(id, 40), dateadd('DAY', try - 2, due_at))) end
from bench_attempt;
insert into attempt_question (attempt_id, position, question_id)
select a.id, k.x, 1000000 + (a.set_id - 1000001) * 20 + k.x
from bench_attempt a, system_range(0, 19) k;
insert into attempt_answer (id, attempt_id, question_id, response, correct, time_ms, answered_at)
select a.id * 20 + k.x, a.id, 1000000 + (a.set_id - 1000001) * 20 + k.x,
       case when mod(a.id + k.x, 13) < 8 then '["Senin"]' else '["Rabu"]' end, mod(a.id + k.x, 13) < 8,
       4000 + mod(a.id * 7 + k.x * 131, 20000), dateadd('SECOND', k.x * 25, q.started_at)
from bench_attempt a join quiz_attempt q on q.id = a.id, system_range(0, 19) k
where a.u < 750 or k.x < 7;

-- Cards: 60 % question cards, 40 % word cards; p (per mille) picks the phase: 20 % new, 4 % learning,
-- 2 % relearning, the rest in review.
create local temporary table bench_card as
select 1000000 + (l.x - 1) * 500 + k.x + 1 as id, 1000000 + l.x as owner_id, l.x as l, k.x as k,
       mod((l.x * 500 + k.x) * 2654435761, 1000003) / 1000003.0 as p,
       mod((l.x * 500 + k.x) * 40503, 999983) / 999983.0 as u2,
       mod((l.x * 500 + k.x) * 69069, 1000033) / 1000033.0 as u3,
       mod((l.x * 500 + k.x) * 1103515245, 1000037) / 1000037.0 as u4
from system_range(1, 500) l, system_range(0, 499) k;
insert into card (id, owner_id, kind, question_id, article_id, skill, word, root, synonyms, sentence_index, sentence,
                  phase, step, due, stability, difficulty, ease, interval_days, reps, lapses, last_review, created_at,
                  suspended, note, review_count)
select id, owner_id, kind, question_id, article_id, skill, word, root, null, sentence_index, sentence, phase, 0,
       case when phase = 'NEW' then created
            when phase = 'REVIEW' then dateadd('DAY', interval_days, last_review)
            else dateadd('SECOND', cast((u2 * 2 - 1) * 3600 as int), (select t from bench_now)) end,
       stability, difficulty, 2.5, interval_days, reps, lapses, last_review, created, u3 < 0.01, null, reps
from (
  select c.*, case when phase = 'NEW' then null
                   when phase = 'REVIEW' then dateadd('SECOND', -cast(u2 * 1.08 * interval_days * 86400 as bigint), (select t from bench_now))
                   else dateadd('MINUTE', -10, (select t from bench_now)) end as last_review
  from (
    select b.*, case when phase = 'NEW' then 0 else greatest(1, cast(round(stability) as int)) end as interval_days,
           case when phase = 'NEW' then 0 else 1 + mod(id * 7, 9) end as reps,
           case when phase = 'NEW' then 0 else mod(id * 11, 3) end as lapses
    from (
      select id, owner_id, l, k, u2, u3,
             dateadd('MINUTE', k * 5, dateadd('DAY', -170, (select t from bench_now))) as created,
             case when k < 300 then 'QUESTION' else 'WORD' end as kind,
             case when k < 300 then 1000000 + mod(l * 37 + k * 13, 4000) end as question_id,
             1000001 + case when k < 300 then mod(l * 37 + k * 13, 4000) / 20 else mod(l + k, 200) end as article_id,
             case when k >= 300 then 'ROOT_WORD' else
               case mod(1 + mod(l * 37 + k * 13, 4000) / 20 + mod(l * 37 + k * 13, 20), 8) when 0 then 'DATE'
                    when 1 then 'PLACE' when 2 then 'PERSON' when 3 then 'NUMBER' when 4 then 'MAIN_IDEA'
                    when 5 then 'CAUSE' when 6 then 'AGENT' else 'QUOTE' end end as skill,
             case when k >= 300 then 'kata' || k end as word,
             case when k >= 300 then 'akar' || k end as root,
             case when k >= 300 then mod(k, 40) end as sentence_index,
             case when k >= 300 then 'Kalimat dengan kata' || k || ' di dalamnya.' end as sentence,
             case when p < 0.20 then 'NEW' when p < 0.24 then 'LEARNING' when p < 0.26 then 'RELEARNING'
                  else 'REVIEW' end as phase,
             case when p < 0.20 then 0 else exp(0.5 + u4 * 4.5) end as stability,
             case when p < 0.20 then 0 else 1 + u3 * 9 end as difficulty
      from bench_card
    ) b
  ) c
) d;
drop table bench_card;
