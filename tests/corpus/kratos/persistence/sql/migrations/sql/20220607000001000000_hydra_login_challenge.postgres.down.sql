ALTER TABLE "selfservice_login_flows" DROP COLUMN "oauth2_login_challenge";
ALTER TABLE "selfservice_registration_flows" DROP COLUMN "oauth2_login_challenge";
