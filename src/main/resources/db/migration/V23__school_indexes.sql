-- Issue 14, item 5 (a school's worth of data, docs/benchmarks.md): the progress page reads every review of the
-- learner (when, the rating, the phase before) in time order; with 20,000,000 review logs a learner's ~2,000 lie
-- on ~2,000 pages of the table. An index that holds those columns answers it from the index alone (PostgreSQL's
-- index-only scan), and also the day's new-card count of the review queue and the class report's counts. It
-- starts with (owner_id, reviewed_at), so it replaces ix_review_log_owner_time for every query that used it.
create index ix_review_log_owner_progress on review_log (owner_id, reviewed_at, rating, phase_before);
drop index ix_review_log_owner_time;
