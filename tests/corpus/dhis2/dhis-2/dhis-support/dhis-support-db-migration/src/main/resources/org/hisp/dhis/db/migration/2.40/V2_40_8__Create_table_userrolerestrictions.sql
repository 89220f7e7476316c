CREATE TABLE IF NOT EXISTS userrolerestrictions
(
    userroleid integer NOT NULL,
    restriction character varying(255)
);