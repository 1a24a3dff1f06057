-- Connector definitions owned by agencies, with every version kept.
create table connectors (
    id           varchar(64)   primary key,
    agency_id    varchar(64)   not null,
    name         varchar(256)  not null,
    kind         varchar(16)   not null,
    format       varchar(64),
    settings     ${text}       not null,
    credentials  ${text},
    enabled      boolean       not null,
    deleted      boolean       not null,
    version      integer       not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index connectors_agency on connectors (agency_id);

create table connector_versions (
    connector_id  varchar(64)  not null references connectors (id) on delete cascade,
    version       integer      not null,
    change        varchar(16)  not null,
    snapshot      ${text}      not null,
    changed_by    varchar(256),
    changed_at    timestamp with time zone not null,
    primary key (connector_id, version)
);

alter table dead_letters add column resolved_by varchar(256);
alter table dead_letters add column resolved_at timestamp with time zone;
alter table dead_letters add column replayed_as varchar(64);

-- the audit chain now also records admins' actions (DEAD_LETTER_REPLAYED…), longer names than disclosures had
alter table disclosures alter column action set data type varchar(32);

-- where a polling connector got to (an HTTP source's since-cursor), so a restart goes on from there
create table connector_cursors (
    connector_id  varchar(64)   primary key,
    cursor_value  varchar(1024) not null,
    updated_at    timestamp with time zone not null
);
