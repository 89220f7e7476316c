-- join, filter on the other side: needs orders (account_id)
SELECT o.id, o.total FROM orders o JOIN accounts a ON a.id = o.account_id WHERE a.id = $1;

-- UPDATE by a foreign-key column: needs order_items (order_id)
UPDATE order_items SET qty = qty + 1 WHERE order_id = $1;

-- DELETE by a foreign-key column: needs crm."Contact" ("AccountId")
DELETE FROM crm."Contact" WHERE "AccountId" = $1;

-- a view: the index goes on its base table, orders (status)
SELECT id, total FROM recent_orders WHERE status = $1 AND created_at >= $2 ORDER BY created_at LIMIT 20;

-- a partitioned table's parent: readings (sensor_id)
SELECT avg(value) FROM readings WHERE sensor_id = $1;

-- schema-qualified, quoted, mixed-case names: crm."Contact" ("EmailAddress")
SELECT "Id", "LastSeenAt" FROM crm."Contact" WHERE "EmailAddress" = $1;

-- three tables: accounts (name), orders (account_id), order_items (order_id)
SELECT a.name, o.id, i.sku, i.qty
FROM accounts a JOIN orders o ON o.account_id = a.id JOIN order_items i ON i.order_id = o.id
WHERE a.name = $1;
