-- Queries of Trigger.dev (https://github.com/triggerdotdev/trigger.dev @ b082e443), raw SQL of the
-- webapp's prisma.$queryRaw (${sqlDatabaseSchema} is the default schema, "public").

-- apps/webapp/app/models/task.server.ts getAllTaskIdentifiers
SELECT DISTINCT(slug), "triggerSource"
FROM public."BackgroundWorkerTask"
WHERE "runtimeEnvironmentId" = $1
ORDER BY slug ASC;

-- apps/webapp/app/presenters/v3/DeploymentListPresenter.server.ts:139 (without the Vercel join)
SELECT
  wd."id",
  wd."shortCode",
  wd."version",
  wd."runtime",
  wd."runtimeVersion",
  (SELECT COUNT(*) FROM public."BackgroundWorkerTask" WHERE "BackgroundWorkerTask"."workerId" = wd."workerId") AS "tasksCount",
  wd."environmentId",
  wd."status",
  u."id" AS "userId",
  u."name" AS "userName",
  u."displayName" AS "userDisplayName",
  u."avatarUrl" AS "userAvatarUrl",
  wd."builtAt",
  wd."deployedAt",
  wd."type",
  wd."externalId",
  wd."git"
FROM
  public."WorkerDeployment" as wd
LEFT JOIN
  public."User" as u ON wd."triggeredById" = u."id"
WHERE
  wd."projectId" = $1
  AND wd."environmentId" = $2
ORDER BY
  string_to_array(wd."version", '.')::int[] DESC
LIMIT $3 OFFSET $4;

-- apps/webapp/app/presenters/v3/TestPresenter.server.ts #getTasks (dev environment)
WITH workers AS (
    SELECT
          bw.*,
          ROW_NUMBER() OVER(ORDER BY string_to_array(bw.version, '.')::int[] DESC) AS rn
    FROM
          public."BackgroundWorker" bw
    WHERE "runtimeEnvironmentId" = $1
  ),
  latest_workers AS (SELECT * FROM workers WHERE rn = 1)
  SELECT bwt.id, version, slug, "filePath", bwt."friendlyId", bwt."triggerSource"
  FROM latest_workers
  JOIN public."BackgroundWorkerTask" bwt ON bwt."workerId" = latest_workers.id
  WHERE bwt."triggerSource" NOT IN ('AGENT', 'WEBHOOK')
  ORDER BY slug ASC;

-- apps/webapp/app/presenters/v3/DeploymentListPresenter.server.ts:307 (page of a version)
SELECT COUNT(*) as count
FROM public."WorkerDeployment"
WHERE "projectId" = $1
  AND "environmentId" = $2
  AND string_to_array(version, '.')::int[] > string_to_array($3, '.')::int[];
