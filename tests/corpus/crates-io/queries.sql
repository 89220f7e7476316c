-- Queries of crates.io (https://github.com/rust-lang/crates.io @ 57fa0006): its hand-written SQL
-- files, and two diesel queries transcribed as the diesel query builder sends them.

-- crates/crates_io_database/src/models/toplevel.sql (the `{}` is "ORDER BY c.category ASC")
SELECT
  c.id,
  c.category,
  c.slug,
  c.description,
  sum(c2.crates_cnt)::int as crates_cnt,
  c.created_at
FROM categories as c
INNER JOIN categories c2 ON split_part(c2.slug, '::', 1) = c.slug
WHERE split_part(c.slug, '::', 1) = c.slug
GROUP BY c.id
ORDER BY c.category ASC LIMIT $1 OFFSET $2;

-- crates/crates_io_database/src/models/subcategories.sql
SELECT c.id, c.category, c.slug, c.description,
  COALESCE ((
    SELECT sum(c2.crates_cnt)::int
    FROM categories as c2
    WHERE c2.slug = c.slug
    OR c2.slug LIKE c.slug || '::%'
  ), 0) as crates_cnt, c.created_at
FROM categories as c
WHERE c.category ILIKE $1 || '::%'
AND c.category NOT ILIKE $1 || '::%::%';

-- crates/crates_io_database/src/models/krate.rs Crate::by_name (canon_crate_name is a SQL
-- function of the schema)
SELECT crates.id, crates.name, crates.updated_at, crates.created_at, crates.description,
       crates.homepage, crates.documentation, crates.repository
FROM crates
WHERE canon_crate_name(crates.name) = canon_crate_name($1)
LIMIT 1;

-- src/controllers/krate/versions.rs (versions of a crate, newest first, diesel .order(id.desc()))
SELECT versions.id, versions.crate_id, versions.num, versions.updated_at, versions.created_at,
       versions.downloads, versions.yanked
FROM versions
WHERE versions.crate_id = $1
ORDER BY versions.id DESC
LIMIT 100;

-- src/worker/jobs/downloads/update_metadata.sql (writes: measured rolled back)
WITH downloads_batch AS (
    SELECT crate_id, version_id, date, version_downloads.downloads - counted AS downloads
    FROM version_downloads
    INNER JOIN versions ON versions.id = version_id
    WHERE NOT processed AND version_downloads.downloads != counted
    LIMIT $1
), version_downloads_batch AS (
    SELECT version_id, SUM(downloads_batch.downloads) as downloads
    FROM downloads_batch
    GROUP BY version_id
), updated_versions AS (
    UPDATE versions
    SET downloads = versions.downloads + version_downloads_batch.downloads
    FROM version_downloads_batch
    WHERE versions.id = version_downloads_batch.version_id
), crate_downloads_batch AS (
    SELECT crate_id, SUM(downloads_batch.downloads) as downloads
    FROM downloads_batch
    GROUP BY crate_id
), updated_crate_downloads AS (
    UPDATE crate_downloads
    SET downloads = crate_downloads.downloads + crate_downloads_batch.downloads
    FROM crate_downloads_batch
    WHERE crate_downloads.crate_id = crate_downloads_batch.crate_id
), updated_metadata AS (
    UPDATE metadata
    SET total_downloads = metadata.total_downloads + sum.downloads
    FROM (
        SELECT COALESCE(SUM(downloads), 0) as downloads
        FROM downloads_batch
    ) sum
    WHERE sum.downloads > 0
), sorted_downloads_batch AS (
    SELECT downloads_batch.*
    FROM version_downloads
    JOIN downloads_batch using (version_id, date)
    ORDER BY version_id, date
    FOR UPDATE
), updated_version_downloads AS (
    UPDATE version_downloads
    SET counted = version_downloads.counted + sorted_downloads_batch.downloads
    FROM sorted_downloads_batch
    WHERE version_downloads.version_id = sorted_downloads_batch.version_id
        AND version_downloads.date = sorted_downloads_batch.date
)
SELECT COUNT(*) AS count FROM downloads_batch;
