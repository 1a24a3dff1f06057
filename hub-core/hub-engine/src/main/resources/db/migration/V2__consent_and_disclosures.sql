-- Learners' grants to employers, their history, and the hash-chained disclosure log.

create table grants (
    id                varchar(64)   primary key,
    learner_id        varchar(64)   not null references learners (id) on delete cascade,
    employer_id       varchar(64)   not null,
    scope             varchar(16)   not null,
    kinds             varchar(128),
    purpose           varchar(1024),
    include_earnings  boolean       not null,
    one_time          boolean       not null,
    expires_at        timestamp with time zone,
    status            varchar(16)   not null,
    version           integer       not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);
create index grants_learner on grants (learner_id);
create index grants_employer on grants (employer_id, status);

create table grant_records (
    grant_id   varchar(64) not null references grants (id) on delete cascade,
    record_id  varchar(64) not null,
    primary key (grant_id, record_id)
);

-- every version of every grant, for the learner's history
create table grant_history (
    grant_id    varchar(64)  not null references grants (id) on delete cascade,
    version     integer      not null,
    change      varchar(16)  not null,
    snapshot    ${text}      not null,
    changed_at  timestamp with time zone not null,
    primary key (grant_id, version)
);

-- append-only; each entry's hash covers its content and the previous entry's hash
create table disclosures (
    seq          bigint       primary key,
    occurred_at  timestamp with time zone not null,
    action       varchar(16)  not null,
    learner_id   varchar(64),
    employer_id  varchar(64),
    actor        varchar(256),
    grant_id     varchar(64),
    record_ids   ${text},
    context      ${text},
    prev_hash    char(64)     not null,
    hash         char(64)     not null
);
create index disclosures_learner on disclosures (learner_id, seq);

-- the head of the chain, locked while appending so that entries are strictly sequential
create table disclosure_head (
    id    integer   primary key,
    seq   bigint    not null,
    hash  char(64)  not null
);
insert into disclosure_head (id, seq, hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
