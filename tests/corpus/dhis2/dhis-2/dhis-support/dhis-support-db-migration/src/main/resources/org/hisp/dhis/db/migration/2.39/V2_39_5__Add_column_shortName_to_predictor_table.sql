alter table predictor
    add column if not exists shortname character varying(50);
