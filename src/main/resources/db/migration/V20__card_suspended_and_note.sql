-- A learner manages her cards (the card browser, /ulasan/kartu and GET /api/cards): a suspended card is never
-- shown for review until resumed, and a card may carry the learner's own note (a meaning, a hint) on its back.
-- Numbered 20 so that migrations added on other branches meanwhile (V11 ...) come before it.
alter table card add column suspended boolean default false not null;
alter table card add column note varchar(1000);
create index ix_card_owner_phase on card (owner_id, phase, created_at);
