\set c random(1000001, 1000042)
select owner_id, count(*), sum(case when reviewed_at >= now() - interval '7 days' then 1 else 0 end) from review_log where owner_id = any(array(select learner_id from class_member where class_id = :c)) group by owner_id;
select owner_id, id, phase, step, due, stability, difficulty, ease, interval_days, reps, lapses, last_review from card where owner_id = any(array(select learner_id from class_member where class_id = :c)) and phase <> 'NEW';
