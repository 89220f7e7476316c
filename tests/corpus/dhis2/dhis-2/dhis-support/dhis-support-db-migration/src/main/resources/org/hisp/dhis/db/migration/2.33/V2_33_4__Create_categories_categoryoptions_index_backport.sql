-- Drops the index for in_categories_categoryoptions_coid that was just created for backporting purposes
DROP INDEX IF EXISTS in_categories_categoryoptions_coid_bp;
