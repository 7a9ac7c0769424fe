-- Issue 14, item 5 (docs/benchmarks.md, "A school's worth of data"): the class report counted every review of each
-- learner (about 80,000 index entries for a class of 40 on a school's data) to show their total. Each card now
-- keeps how many reviews its log holds, changed in the transaction that writes or takes back a review (the card
-- row is written then anyway), so the total is a sum over the learner's cards, which the report reads already.
-- A card's reviews go only with the card or by an undo, so the count cannot drift when an article, a set or a
-- question is deleted (their cards and logs go together by the foreign keys' cascade).
alter table card add column review_count integer default 0 not null;
merge into card c using (select card_id, count(*) as n from review_log group by card_id) x on c.id = x.card_id
    when matched then update set review_count = x.n;
