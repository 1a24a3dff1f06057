-- Records, originals and dead letters. ${binary} and ${text} are set per database by StoreSchema
-- (H2: blob/clob, PostgreSQL: bytea/text) so that one set of migrations serves both.

create table organizations (
    id          varchar(64)  primary key,
    type        varchar(16)  not null,
    name        varchar(512) not null,
    created_at  timestamp with time zone not null
);

create table learners (
    id            varchar(64)  primary key,
    display_name  varchar(512),
    given_name    varchar(256),
    family_name   varchar(256),
    birth_date    date,
    created_at    timestamp with time zone not null
);

-- one email belongs to one learner: documents are linked by it
create table learner_emails (
    email       varchar(320) primary key,
    learner_id  varchar(64)  not null references learners (id) on delete cascade
);

-- identifiers per issuing system, e.g. (FICE:001334, studentId, 12345)
create table learner_identifiers (
    id_system   varchar(512) not null,
    id_type     varchar(64)  not null,
    id_value    varchar(512) not null,
    learner_id  varchar(64)  not null references learners (id) on delete cascade,
    primary key (id_system, id_type, id_value)
);

-- original bytes, content-addressed: the same bytes are kept once
create table originals (
    sha256      char(64)  primary key,
    size_bytes  bigint    not null,
    content     ${binary} not null
);

create table documents (
    id            varchar(64)   primary key,
    agency_id     varchar(64)   not null,
    connector_id  varchar(128),
    sha256        char(64)      not null references originals (sha256),
    media_type    varchar(255),
    file_name     varchar(1024),
    format        varchar(64),
    status        varchar(16)   not null,
    received_at   timestamp with time zone not null,
    verification  ${text},
    warnings      ${text},
    constraint documents_once_per_agency unique (agency_id, sha256)
);
create index documents_status on documents (status);

create table records (
    id                   varchar(64)  primary key,
    document_id          varchar(64)  not null references documents (id) on delete cascade,
    position             integer      not null,
    learner_id           varchar(64)  references learners (id) on delete set null,
    agency_id            varchar(64)  not null,
    kind                 varchar(16)  not null,
    schema_version       varchar(16)  not null,
    verification_status  varchar(16)  not null,
    created_at           timestamp with time zone not null,
    body                 ${text}      not null
);
create index records_learner on records (learner_id);
create index records_document on records (document_id);

create table dead_letters (
    id            varchar(64)  primary key,
    document_id   varchar(64)  not null references documents (id) on delete cascade,
    agency_id     varchar(64)  not null,
    connector_id  varchar(128),
    stage         varchar(16)  not null,
    reason        ${text}      not null,
    status        varchar(16)  not null,
    created_at    timestamp with time zone not null
);
create index dead_letters_agency on dead_letters (agency_id, status);
