-- The ROUND-th review of every generated card whose reps reach ROUND (generate-h2.sh runs it for ROUND 1 to 9,
-- as school.sql does on PostgreSQL, so that a learner's reviews lie in several stretches of the table).
insert into review_log (id, card_id, owner_id, rating, reviewed_at, duration_ms, client_review_id, retrievability,
    phase_before, step_before, due_before, stability_before, difficulty_before, ease_before, interval_before,
    reps_before, lapses_before, last_review_before, phase_after, step_after, due_after, stability_after,
    difficulty_after, ease_after, interval_after, reps_after, lapses_after)
select c.id * 10 + ROUND, c.id, c.owner_id,
       case when ROUND = c.reps and c.phase = 'RELEARNING' then 1
            when v < 80 then 1 when v < 180 then 2 when v < 920 then 3 else 4 end,
       dateadd('DAY', -(c.reps - ROUND) * greatest(1, c.interval_days / 2), c.last_review),
       2000 + v * 14, null,
       case when ROUND = 1 then 0 else 0.75 + v * 0.00024 end,
       case when ROUND = 1 then 'NEW' else 'REVIEW' end, 0,
       dateadd('DAY', -(c.reps - ROUND + 1) * greatest(1, c.interval_days / 2), c.last_review),
       case when ROUND = 1 then 0 else c.stability * ROUND / c.reps end, case when ROUND = 1 then 0 else c.difficulty end,
       2.5, case when ROUND = 1 then 0 else greatest(1, c.interval_days * (ROUND - 1) / c.reps) end,
       ROUND - 1, least(c.lapses, ROUND - 1),
       case when ROUND = 1 then null else dateadd('DAY', -(c.reps - ROUND + 1) * greatest(1, c.interval_days / 2), c.last_review) end,
       case when ROUND = c.reps then c.phase else 'REVIEW' end, 0,
       case when ROUND = c.reps then c.due else dateadd('DAY', -(c.reps - ROUND - 1) * greatest(1, c.interval_days / 2), c.last_review) end,
       c.stability * (ROUND + 1) / (c.reps + 1), c.difficulty, 2.5,
       greatest(1, c.interval_days * ROUND / c.reps), ROUND, least(c.lapses, ROUND)
from (select c.*, mod(c.id * 48271 + ROUND * 7, 1000) as v from card c
      where c.owner_id > 1000000 and c.reps >= ROUND and c.last_review is not null) c;
