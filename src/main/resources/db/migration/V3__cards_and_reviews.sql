-- A learner's flashcards and the log of every review.
-- A card is a question the learner met (kind QUESTION) or a word they chose in the reader (kind WORD); its
-- scheduler state (id.simak.srs.CardState) is kept column by column. review_log keeps the state before and
-- after every review, so progress can compute true retention (rating of cards reviewed in phase REVIEW),
-- forecasts (card.due) and mastery per skill (card.skill, card.stability), and undo can restore a card.

create table card (
    id             bigint        not null primary key,
    owner_id       bigint        not null references account (id) on delete cascade,
    kind           varchar(16)   not null,
    question_id    bigint        references quiz_question (id) on delete cascade,
    article_id     bigint        references article (id) on delete cascade,
    skill          varchar(24)   not null,
    word           varchar(100),
    root           varchar(100),
    synonyms       varchar(4000),
    sentence_index integer,
    sentence       varchar(4000),
    phase          varchar(16)   not null,
    step           integer       not null,
    due            timestamp(6) with time zone not null,
    stability      double precision not null,
    difficulty     double precision not null,
    ease           double precision not null,
    interval_days  integer       not null,
    reps           integer       not null,
    lapses         integer       not null,
    last_review    timestamp(6) with time zone,
    created_at     timestamp(6) with time zone not null,
    constraint uk_card_question unique (owner_id, question_id),
    constraint uk_card_word unique (owner_id, word)
);
create sequence card_seq start with 1 increment by 50;
create index ix_card_owner_due on card (owner_id, due);
create index ix_card_question on card (question_id);
create index ix_card_article on card (article_id);

create table review_log (
    id                 bigint        not null primary key,
    card_id            bigint        not null references card (id) on delete cascade,
    owner_id           bigint        not null references account (id) on delete cascade,
    rating             integer       not null,
    reviewed_at        timestamp(6) with time zone not null,
    duration_ms        bigint        not null,
    client_review_id   varchar(64),
    retrievability     double precision not null,
    phase_before       varchar(16)   not null,
    step_before        integer       not null,
    due_before         timestamp(6) with time zone not null,
    stability_before   double precision not null,
    difficulty_before  double precision not null,
    ease_before        double precision not null,
    interval_before    integer       not null,
    reps_before        integer       not null,
    lapses_before      integer       not null,
    last_review_before timestamp(6) with time zone,
    phase_after        varchar(16)   not null,
    step_after         integer       not null,
    due_after          timestamp(6) with time zone not null,
    stability_after    double precision not null,
    difficulty_after   double precision not null,
    ease_after         double precision not null,
    interval_after     integer       not null,
    reps_after         integer       not null,
    lapses_after       integer       not null,
    constraint uk_review_log_client unique (owner_id, client_review_id)
);
create sequence review_log_seq start with 1 increment by 50;
create index ix_review_log_owner_time on review_log (owner_id, reviewed_at);
create index ix_review_log_card on review_log (card_id);
