-- rename dataelementcategoryoption to categoryoption
alter table if exists dataelementcategoryoption rename to categoryoption;

-- rename dataelementcategory to category
alter table if exists dataelementcategory rename to category;