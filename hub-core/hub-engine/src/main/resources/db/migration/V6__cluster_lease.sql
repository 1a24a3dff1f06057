-- Leader election among hub replicas: one row per lease. The holder renews it before it expires; another
-- instance takes it over only once it has expired (times are the database's, so pods' clocks need not agree).
create table cluster_leases (
    name        varchar(64)   primary key,
    holder      varchar(256)  not null,
    expires_at  timestamp with time zone not null
);
