-- DHIS2-18549

alter table eventchangelog rename eventproperty to eventfield;