alter table datastatistics
    add column if not exists passivedashboardviews double precision;
