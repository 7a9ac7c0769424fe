-- Each learner's own FSRS-6 parameters, fitted to their review log once they have enough reviews.
-- parameters: the 21 weights, comma-separated; changed: whether the fit beat the parameters in use (if not,
-- the old ones are kept and only the attempt is recorded).

create table learner_parameters (
    account_id        bigint         not null primary key references account (id) on delete cascade,
    parameters        varchar(1000)  not null,
    changed           boolean        not null,
    reviews_used      integer        not null,
    items_used        integer        not null,
    fitted_parameters integer        not null,
    log_loss          double precision,
    previous_log_loss double precision,
    fitted_at         timestamp(6) with time zone not null
);
