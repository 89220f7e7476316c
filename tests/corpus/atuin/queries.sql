-- Queries of the atuin sync server (https://github.com/atuinsh/atuin @ 824c8716), copied from
-- crates/atuin-server-postgres/src/lib.rs (sqlx, $n parameters as sent).

-- get_session
select id, user_id, token from sessions where token = $1;

-- get_user
select id, username, email, password from users where username = $1;

-- get_session_user
select users.id, users.username, users.email, users.password from users
inner join sessions
on users.id = sessions.user_id
and sessions.token = $1;

-- next_records
select client_id, host, idx, timestamp, version, tag, data, cek from store
        where user_id = $1
        and tag = $2
        and host = $3
        and idx >= $4
        order by idx asc
        limit $5;

-- status (cached)
select host, tag, idx from store_idx_cache where user_id = $1;

-- status (STATUS_SQL, without the cache)
select host, tag, max(idx) from store where user_id = $1 group by host, tag;
