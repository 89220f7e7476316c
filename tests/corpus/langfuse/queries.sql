-- Queries of Langfuse (https://github.com/langfuse/langfuse @ 62751446), PostgreSQL side: raw SQL
-- of prisma.$queryRaw, and Prisma Client calls as the Prisma engine sends them.

-- packages/shared/src/server/ingestion/modelMatch.ts (findModelInPostgres)
SELECT
  id,
  created_at AS "createdAt",
  updated_at AS "updatedAt",
  project_id AS "projectId",
  model_name AS "modelName",
  match_pattern AS "matchPattern",
  start_date AS "startDate",
  input_price AS "inputPrice",
  output_price AS "outputPrice",
  total_price AS "totalPrice",
  unit,
  tokenizer_id AS "tokenizerId",
  tokenizer_config AS "tokenizerConfig"
FROM
  models
  WHERE (project_id = $1
  OR project_id IS NULL)
AND $2 ~ match_pattern
ORDER BY
  project_id ASC,
  start_date DESC NULLS LAST
LIMIT 1;

-- packages/shared/src/server/repositories/comments.ts (getObjectIdsByCommentCount)
SELECT object_id
FROM comments
WHERE project_id = $1 AND object_type = $2::"CommentObjectType"
GROUP BY object_id
HAVING COUNT(*) >= $3;

-- packages/shared/src/server/repositories/comments.ts (getObjectIdsByCommentContent, "contains")
SELECT DISTINCT object_id
FROM comments
WHERE project_id = $1
  AND object_type = $2::"CommentObjectType"
  AND to_tsvector('english', content) @@ plainto_tsquery('english', $3);

-- web/src/features/public-api/server/apiAuth.ts:107 prisma.apiKey.findUnique({ where: { publicKey } })
SELECT "public"."api_keys"."id", "public"."api_keys"."created_at", "public"."api_keys"."note",
       "public"."api_keys"."public_key", "public"."api_keys"."hashed_secret_key",
       "public"."api_keys"."project_id"
FROM "public"."api_keys"
WHERE ("public"."api_keys"."public_key" = $1 AND 1=1) LIMIT $2 OFFSET $3;

-- packages/shared/src/server/services/PromptService/index.ts:106 prisma.prompt.findFirst({ where: { projectId, name, version } })
SELECT "public"."prompts"."id", "public"."prompts"."name", "public"."prompts"."version",
       "public"."prompts"."prompt", "public"."prompts"."config", "public"."prompts"."labels"
FROM "public"."prompts"
WHERE ("public"."prompts"."project_id" = $1 AND "public"."prompts"."name" = $2
       AND "public"."prompts"."version" = $3)
LIMIT $4 OFFSET $5;
