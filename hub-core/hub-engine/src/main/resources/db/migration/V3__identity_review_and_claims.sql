-- Records the hub could not link to one learner with certainty wait here for an admin.
create table identity_reviews (
    id           varchar(64)  primary key,
    document_id  varchar(64)  not null references documents (id) on delete cascade,
    agency_id    varchar(64)  not null,
    record_ids   ${text}      not null,
    reason       ${text}      not null,
    candidates   ${text}      not null,
    status       varchar(16)  not null,
    created_at   timestamp with time zone not null,
    resolved_at  timestamp with time zone,
    resolved_by  varchar(256),
    learner_id   varchar(64)
);
create index identity_reviews_status on identity_reviews (status);

-- one-time codes an agency gives a learner to claim a document's records; only their hash is kept
create table claim_codes (
    code_hash    char(64)     primary key,
    document_id  varchar(64)  not null references documents (id) on delete cascade,
    agency_id    varchar(64)  not null,
    expires_at   timestamp with time zone not null,
    used_at      timestamp with time zone,
    used_by      varchar(64)
);
