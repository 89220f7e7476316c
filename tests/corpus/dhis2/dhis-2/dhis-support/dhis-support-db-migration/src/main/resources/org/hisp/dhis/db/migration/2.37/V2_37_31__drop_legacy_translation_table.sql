drop table if exists objecttranslation;
drop table if exists translation;