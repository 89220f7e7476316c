-- Queries of Harbor (https://github.com/goharbor/harbor @ c50c7ddd), raw SQL of its Go DAOs
-- (beego ORM `?` placeholders sent as $n by the pgx driver).

-- src/pkg/rbac/dao/dao.go:158
SELECT rper.role_type, rper.role_id, ppo.scope, ppo.resource, ppo.action, ppo.effect
FROM role_permission AS rper LEFT JOIN permission_policy ppo ON (rper.permission_policy_id=ppo.id)
where rper.role_type=$1 and rper.role_id=$2;

-- src/pkg/task/dao/task.go:231
select status, count(*) as count from task where execution_id=$1 group by status;

-- src/pkg/task/dao/task.go:245
select max(end_time) from task where execution_id = $1;

-- src/pkg/task/dao/task.go:295
select distinct execution_id from task where vendor_type =$1 and status = $2;

-- src/pkg/user/dao/dao.go:135
select * from harbor_user where username like $1 and deleted = false order by length(username), username asc limit $2;

-- src/pkg/audit/dao/dao.go:105
SELECT count(1) cnt FROM audit_log WHERE op_time < NOW() - $1 * interval '1 hour';

-- src/pkg/member/dao/dao.go:120
SELECT COUNT(1) FROM project_member WHERE project_id = $1;
