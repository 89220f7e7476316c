-- Queries of Jellyseerr (https://github.com/fallenbagel/jellyseerr @ 368ecf87), TypeORM query
-- builder and repository calls as TypeORM renders them for PostgreSQL ($n parameters).

-- server/entity/Media.ts:48 getRelatedMedia: media of a page of TMDB ids, with the user's watchlist
SELECT "media".*, "watchlist".*
FROM "media" "media"
LEFT JOIN "watchlist" "watchlist" ON "watchlist"."mediaId"="media"."id"
  AND ("media"."id"= "watchlist"."mediaId" and "watchlist"."requestedById" = $1)
WHERE "media"."tmdbId" in ($2, $3, $4, $5, $6);

-- server/entity/Media.ts:73 getMedia: findOne({ where: { tmdbId, mediaType } })
SELECT "Media".* FROM "media" "Media"
WHERE (("Media"."tmdbId" = $1) AND ("Media"."mediaType" = $2))
LIMIT 1;

-- server/routes/request.ts:125 GET /request (pending requests of every user, newest first)
SELECT "request".*, "media".*, "requestedBy"."id", "requestedBy"."email"
FROM "media_request" "request"
LEFT JOIN "media" "media" ON "media"."id"="request"."mediaId"
LEFT JOIN "season_request" "seasons" ON "seasons"."requestId"="request"."id"
LEFT JOIN "user" "modifiedBy" ON "modifiedBy"."id"="request"."modifiedById"
LEFT JOIN "user" "requestedBy" ON "requestedBy"."id"="request"."requestedById"
WHERE "request"."status" IN ($1)
  AND (("request"."is4k" = false AND "media"."status" IN ($2, $3)) OR ("request"."is4k" = true AND "media"."status4k" IN ($2, $3)))
ORDER BY "request"."id" DESC
LIMIT 10 OFFSET 0;

-- server/routes/request.ts:125 the same for one user's requests (requestedBy filter)
SELECT "request".*, "media".*
FROM "media_request" "request"
LEFT JOIN "media" "media" ON "media"."id"="request"."mediaId"
LEFT JOIN "user" "requestedBy" ON "requestedBy"."id"="request"."requestedById"
WHERE "request"."status" IN ($1, $2)
  AND "requestedBy"."id" = $3
ORDER BY "request"."id" DESC
LIMIT 10 OFFSET 0;
