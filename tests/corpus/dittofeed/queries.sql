-- Queries of Dittofeed (https://github.com/dittofeed/dittofeed @ 52b2bee9), PostgreSQL side: drizzle
-- `sql` templates and drizzle query-builder calls as drizzle-orm renders them ($n parameters).

-- packages/backend-lib/src/computedProperties/periods.ts getPeriodsByComputedPropertyId
SELECT DISTINCT ON ("ComputedPropertyPeriod"."workspaceId", "ComputedPropertyPeriod"."type", "ComputedPropertyPeriod"."computedPropertyId")
  "ComputedPropertyPeriod"."type",
  "ComputedPropertyPeriod"."computedPropertyId",
  "ComputedPropertyPeriod"."version",
  MAX("ComputedPropertyPeriod"."to") OVER (
    PARTITION BY "ComputedPropertyPeriod"."workspaceId", "ComputedPropertyPeriod"."type", "ComputedPropertyPeriod"."computedPropertyId"
  ) as "maxTo"
FROM "ComputedPropertyPeriod"
WHERE ("ComputedPropertyPeriod"."workspaceId" = CAST($1 AS UUID) and "ComputedPropertyPeriod"."step" = $2)
ORDER BY
  "ComputedPropertyPeriod"."workspaceId",
  "ComputedPropertyPeriod"."type",
  "ComputedPropertyPeriod"."computedPropertyId",
  "ComputedPropertyPeriod"."to" DESC;

-- packages/backend-lib/src/resources.ts:71 (names of a workspace's declarative message templates)
select "name" from "MessageTemplate"
where ("MessageTemplate"."workspaceId" = $1 and "MessageTemplate"."resourceType" = $2);

-- packages/backend-lib/src/resources.ts:86 (names of a workspace's declarative journeys)
select "name" from "Journey"
where ("Journey"."workspaceId" = $1 and "Journey"."resourceType" = $2);

-- packages/backend-lib/src/journeys.ts:1310 (delete a message template; measured rolled back)
delete from "MessageTemplate"
where ("MessageTemplate"."id" = $1 and "MessageTemplate"."workspaceId" = $2);
