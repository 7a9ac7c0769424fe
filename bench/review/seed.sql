-- Bench data for bench/review/run.sh, run with H2's RunScript on the stopped app's database file after the
-- accounts bench-ulas (daily review) and bench-maju (progress) were registered through the API.
-- bench-ulas: 250 cards in review, all due (the most overdue an hour ago), with mixed skills.
-- bench-maju: 1,000 cards and 20,000 reviews over the last 400 days (20 a card, as each card's review_count says),
-- 100 of the cards due now.
-- Ids start far above what the app's sequences hand out, so the app's own inserts never collide with them.

insert into card (id, owner_id, kind, question_id, article_id, skill, word, root, synonyms, sentence_index, sentence,
    phase, step, due, stability, difficulty, ease, interval_days, reps, lapses, last_review, created_at, suspended)
select 10000000 + x, (select id from account where username = 'bench-ulas'), 'WORD', null, null,
    array['ROOT_WORD', 'SYNONYM', 'CONTEXT_VOCAB', 'DATE', 'PLACE', 'PERSON', 'NUMBER'][mod(x, 7) + 1],
    'katauji' || x, 'uji', '["coba","periksa"]', 0, 'Ini kalimat dengan katauji' || x || ' di tengahnya.',
    'REVIEW', 0, current_timestamp - (60 + x) * interval '1' minute, 2.0 + mod(x * 37, 300) / 10.0,
    3.0 + mod(x * 13, 60) / 10.0, 2.5, 5 + mod(x, 20), 3 + mod(x, 5), mod(x, 3),
    current_timestamp - (10 + mod(x, 20)) * interval '1' day, current_timestamp - 60 * interval '1' day, false
from system_range(1, 250);

insert into card (id, owner_id, kind, question_id, article_id, skill, word, root, synonyms, sentence_index, sentence,
    phase, step, due, stability, difficulty, ease, interval_days, reps, lapses, last_review, created_at, suspended,
    review_count)
select 20000000 + x, (select id from account where username = 'bench-maju'), 'WORD', null, null,
    array['ROOT_WORD', 'SYNONYM', 'CONTEXT_VOCAB', 'DATE', 'PLACE', 'PERSON', 'NUMBER'][mod(x, 7) + 1],
    'katamaju' || x, 'maju', '["depan"]', 0, 'Ini kalimat dengan katamaju' || x || ' di tengahnya.',
    'REVIEW', 0, current_timestamp + (mod(x, 10) * 3 - 3) * interval '1' day - interval '1' hour,
    5.0 + mod(x * 37, 600) / 10.0, 3.0 + mod(x * 13, 60) / 10.0, 2.5, 10 + mod(x, 30), 20, mod(x, 4),
    current_timestamp - (1 + mod(x, 10)) * interval '1' day, current_timestamp - 400 * interval '1' day, false,
    20
from system_range(1, 1000);

-- Review i of card c: card c's reviews spread over 400 days; rating mostly Good, some Again and Easy.
insert into review_log (id, card_id, owner_id, rating, reviewed_at, duration_ms, client_review_id, retrievability,
    phase_before, step_before, due_before, stability_before, difficulty_before, ease_before, interval_before,
    reps_before, lapses_before, last_review_before, phase_after, step_after, due_after, stability_after,
    difficulty_after, ease_after, interval_after, reps_after, lapses_after)
select 30000000 + x, 20000000 + 1 + mod(x, 1000), (select id from account where username = 'bench-maju'),
    case when mod(x * 7, 10) = 0 then 1 when mod(x * 7, 10) = 9 then 4 else 3 end,
    current_timestamp - 400 * interval '1' day + (x / 1000) * interval '20' day + mod(x, 1000) * interval '1' minute,
    4000 + mod(x, 5000), null, 0.85 + mod(x, 10) / 100.0,
    case when x < 1000 then 'NEW' else 'REVIEW' end, 0,
    current_timestamp - 400 * interval '1' day + (x / 1000) * interval '20' day,
    case when x < 1000 then 0 else 3.0 + (x / 1000) end, case when x < 1000 then 0 else 5.0 end, 2.5,
    case when x < 1000 then 0 else 20 end, x / 1000, 0,
    case when x < 1000 then null else current_timestamp - 420 * interval '1' day + (x / 1000) * interval '20' day end,
    'REVIEW', 0, current_timestamp - 380 * interval '1' day + (x / 1000) * interval '20' day,
    4.0 + (x / 1000), 5.0, 2.5, 20, x / 1000 + 1, 0
from system_range(0, 19999);
