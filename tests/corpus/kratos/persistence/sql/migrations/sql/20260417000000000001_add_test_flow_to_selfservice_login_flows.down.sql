ALTER TABLE selfservice_login_flows DROP COLUMN test_flow;
