\set l random(1000001, 1010000)
select * from learner_parameters where account_id = :l;
select count(*) from review_log where owner_id = :l and phase_before = 'NEW' and reviewed_at >= now() - interval '16 hours';
select id, phase, step, due, stability, difficulty, ease, interval_days, reps, lapses, last_review, skill, article_id, created_at from card where owner_id = :l and phase <> 'NEW' and due <= now() and suspended = false;
select id, phase, step, due, stability, difficulty, ease, interval_days, reps, lapses, last_review, skill, article_id, created_at from card where owner_id = :l and phase = 'NEW' and suspended = false order by created_at, id limit 20;
select * from review_log where owner_id = :l and reviewed_at = (select max(reviewed_at) from review_log where owner_id = :l) order by id desc limit 1;
select count(*) from card where owner_id = :l and phase = 'NEW' and suspended = false;
