-- Each agency's list of issuers it trusts; a record's verification says whether its issuer is on the list of
-- the agency that ingested it.
create table trusted_issuers (
    agency_id   varchar(64)   not null,
    issuer_id   varchar(1024) not null,
    name        varchar(512),
    added_by    varchar(256),
    added_at    timestamp with time zone not null,
    primary key (agency_id, issuer_id)
);
