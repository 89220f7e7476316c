-- Queries of the Next.js subscription-payments starter (https://github.com/vercel/nextjs-subscription-payments
-- @ bdd0813) and of the Supabase services it relies on.
-- The app's supabase-js calls (utils/supabase/queries.ts) go through PostgREST; they are transcribed
-- as the tables, filters and orders PostgREST queries, with the row-level-security policy of the
-- signed-in user (auth.uid() = user_id) written as a parameter. The auth queries are GoTrue's
-- (supabase/auth internal/models/*.go), the storage one supabase/storage's object listing.

-- utils/supabase/queries.ts getSubscription: subscriptions(*, prices(*, products(*))), status in (trialing, active)
SELECT s.*, p.*, pr.*
FROM public.subscriptions s
LEFT JOIN public.prices p ON p.id = s.price_id
LEFT JOIN public.products pr ON pr.id = p.product_id
WHERE s.user_id = $1 AND s.status IN ('trialing', 'active');

-- utils/supabase/queries.ts getProducts: products(*, prices(*)) active, ordered by metadata->index
SELECT pr.*, p.*
FROM public.products pr
LEFT JOIN public.prices p ON p.product_id = pr.id AND p.active = true
WHERE pr.active = true
ORDER BY pr.metadata->'index', p.unit_amount;

-- utils/supabase/queries.ts getUserDetails: users.select('*').single() under RLS auth.uid() = id
SELECT * FROM public.users WHERE id = $1;

-- supabase/auth internal/models/user.go FindUserByEmailAndAudience (sign-in with password)
SELECT * FROM auth.users
WHERE instance_id = $1 and LOWER(email) = $2 and aud = $3 and is_sso_user = false
LIMIT 1;

-- supabase/auth internal/models/user.go:784 (refresh token grant)
SELECT * FROM auth.refresh_tokens WHERE token = $1 LIMIT 1 FOR UPDATE SKIP LOCKED;

-- supabase/auth internal/models/user.go:833 FindUsersInAudience (admin user list, filtered)
SELECT * FROM auth.users
WHERE instance_id = $1 and aud = $2
  AND (email LIKE $3 OR raw_user_meta_data->>'full_name' ILIKE $3)
ORDER BY created_at DESC LIMIT 50;

-- supabase/storage: objects of a bucket under a prefix (the list endpoint)
SELECT id, name, metadata, updated_at FROM storage.objects
WHERE bucket_id = $1 AND name LIKE $2
ORDER BY name ASC LIMIT 100;
