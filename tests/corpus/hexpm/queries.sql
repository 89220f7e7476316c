-- Queries of hex.pm (https://github.com/hexpm/hexpm @ dee4f9b2), Ecto queries of
-- lib/hexpm/repository/package.ex and releases, transcribed as Ecto's Postgres adapter renders them.

-- package.ex:130 all/… sorted by downloads: the page of ids first (package_downloads is a
-- materialized view), then the packages
SELECT p0."id", p0."name", p0."repository_id", p0."meta", p0."inserted_at", p0."updated_at"
FROM "packages" AS p0
INNER JOIN (SELECT sp0."id" AS "id", sp1."downloads" AS "downloads"
            FROM "packages" AS sp0
            LEFT OUTER JOIN "package_downloads" AS sp1 ON (sp0."id" = sp1."package_id") AND (sp1."view" = $1)
            WHERE (sp0."repository_id" = $2)
            ORDER BY sp1."downloads" DESC NULLS LAST
            LIMIT $3 OFFSET $4) AS s1 ON s1."id" = p0."id"
ORDER BY s1."downloads" DESC NULLS LAST;

-- package.ex:363 name_query (search by name with a wildcard)
SELECT p0."id", p0."name", p0."meta" FROM "packages" AS p0
WHERE (p0."repository_id" = $1) AND (p0."name" LIKE lower($2))
ORDER BY p0."name" LIMIT 30;

-- package.ex:353 description_query (full-text search on meta->'description')
SELECT p0."id", p0."name", p0."meta" FROM "packages" AS p0
WHERE (p0."repository_id" = $1)
  AND (to_tsvector('english', regexp_replace((p0."meta"->'description')::text, '/', ' ')) @@ to_tsquery('english', $2))
LIMIT 30;

-- lib/hexpm/repository/releases.ex get(package, version)
SELECT r0."id", r0."package_id", r0."version", r0."inner_checksum", r0."meta", r0."inserted_at"
FROM "releases" AS r0
WHERE ((r0."package_id" = $1) AND (r0."version" = $2));

-- lib/hexpm/repository/owners.ex all(package): a package's owners
SELECT u0."id", u0."username", p1."level"
FROM "users" AS u0
INNER JOIN "package_owners" AS p1 ON u0."id" = p1."user_id"
WHERE (p1."package_id" = $1);
