-- CreateIndex
CREATE INDEX "memberships_user_id_idx" ON "memberships"("user_id");
